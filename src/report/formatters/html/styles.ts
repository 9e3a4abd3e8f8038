/** The HTML report's styles: light and dark (prefers-color-scheme), readable contrast, print without controls. */
export const STYLES = `
:root{color-scheme:light dark;--bg:#fff;--fg:#1b1f24;--muted:#57606a;--line:#d0d7de;--panel:#f6f8fa;--bad:#b42318;--good:#1a7f37;--mark:#fff8c5;--link:#0550ae;
--critical:#8b0000;--high:#b42318;--medium:#8a4b00;--low:#0550ae;--info:#57606a}
@media (prefers-color-scheme:dark){:root{--bg:#0d1117;--fg:#e6edf3;--muted:#9da7b3;--line:#30363d;--panel:#161b22;--bad:#ff7b72;--good:#3fb950;--mark:#3b2e00;--link:#79c0ff;
--critical:#ff9492;--high:#ff7b72;--medium:#e3b341;--low:#79c0ff;--info:#9da7b3}}
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;background:var(--bg);color:var(--fg)}
a{color:var(--link)}
header.top,main{max-width:1200px;margin:0 auto;padding:0 1rem}
header.top{padding-top:1rem;border-bottom:1px solid var(--line)}
h1{margin:.2rem 0;font-size:1.6rem}h2{font-size:1.25rem;margin:1.5rem 0 .5rem}h3{font-size:1.05rem}
.meta{color:var(--muted);margin:.2rem 0}
.verdict{font-weight:600}.verdict.bad{color:var(--bad)}.verdict.good{color:var(--good)}
.cards{display:flex;flex-wrap:wrap;gap:1rem}
table.counts{border-collapse:collapse;min-width:14rem;background:var(--panel);border:1px solid var(--line)}
table.counts caption{text-align:left;font-weight:600;padding:.3rem 0}
table.counts th,table.counts td{padding:.25rem .6rem;border-top:1px solid var(--line);text-align:left}
table.counts td{text-align:right;font-variant-numeric:tabular-nums}
.sev{font-weight:600;text-transform:uppercase;font-size:.8rem;letter-spacing:.03em}
.sev-critical{color:var(--critical)}.sev-high{color:var(--high)}.sev-medium{color:var(--medium)}.sev-low{color:var(--low)}.sev-info{color:var(--info)}
.problems{padding-left:1.2rem}.problem .level{font-weight:600;text-transform:uppercase;font-size:.8rem}.problem.error .level{color:var(--bad)}
.filters{display:flex;flex-wrap:wrap;gap:.6rem;align-items:end;background:var(--panel);border:1px solid var(--line);padding:.6rem;border-radius:6px}
.filters label{display:flex;flex-direction:column;font-size:.85rem;color:var(--muted)}
.filters .grow{flex:1 1 14rem}
select,input{font:inherit;color:var(--fg);background:var(--bg);border:1px solid var(--line);border-radius:4px;padding:.25rem .4rem}
:focus-visible{outline:3px solid var(--link);outline-offset:2px}
.file{margin:1rem 0;border:1px solid var(--line);border-radius:6px}
.file>h3{margin:0;padding:.4rem .7rem;background:var(--panel);border-bottom:1px solid var(--line);font-family:ui-monospace,monospace;font-size:.95rem;word-break:break-all}
.resource{padding:.3rem .7rem;border-top:1px solid var(--line)}.resource:first-of-type{border-top:0}
.resource>h4{margin:.3rem 0;font-size:.95rem}.resource>h4 .type{color:var(--muted);font-weight:normal}
.finding{margin:.4rem 0 .8rem;padding-left:.7rem;border-left:4px solid var(--line)}
.finding.failing{border-left-color:var(--bad)}.finding.undecided{border-left-color:var(--medium)}.finding.suppressed{opacity:.85;border-left-style:dashed}
.finding .head{display:flex;flex-wrap:wrap;gap:.5rem;align-items:baseline}
.finding .rule{font-family:ui-monospace,monospace;font-size:.85rem}
.finding .where{color:var(--muted);font-size:.85rem}
.finding .status{font-size:.8rem;border:1px solid var(--line);border-radius:10px;padding:0 .4rem}
.finding p{margin:.25rem 0}
pre.source{margin:.3rem 0;padding:.3rem 0;background:var(--panel);border:1px solid var(--line);border-radius:4px;overflow-x:auto;font-size:.82rem}
pre.source span{display:block;padding:0 .5rem;white-space:pre}
pre.source span.hit{background:var(--mark)}
pre.source b{display:inline-block;min-width:3.5em;color:var(--muted);font-weight:normal;user-select:none}
.fix{font-size:.9rem}
.more{margin:1rem 0}
button{font:inherit;color:var(--fg);background:var(--panel);border:1px solid var(--line);border-radius:4px;padding:.3rem .8rem;cursor:pointer}
@media print{.filters,.more,#shown{display:none}.file{break-inside:avoid-page}body{font-size:11pt}}
`;
