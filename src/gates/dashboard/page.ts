// The dashboard's page, styles and script. The page holds no data: the script fetches it from /api/ (same origin)
// and builds the DOM with textContent only, so nothing from the store is ever parsed as HTML.
import { VERSION } from '../../version.js';

function shell(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="stylesheet" href="/ui/app.css">
<link rel="icon" href="data:,">
</head>
<body>
${body}
</body>
</html>
`;
}

export function dashboardPage(): string {
  return shell(
    'Tosei dashboard',
    `<header class="top">
  <h1>Tosei</h1>
  <nav aria-label="Views">
    <a href="#/" data-view="posture">Posture</a>
    <a href="#/findings" data-view="findings">Findings</a>
    <a href="#/frameworks" data-view="frameworks">Frameworks</a>
    <a href="#/runs" data-view="runs">Run Task runs</a>
    <a href="#/exceptions" data-view="exceptions">Exceptions</a>
  </nav>
  <form method="post" action="/ui/logout"><button type="submit">Sign out</button></form>
</header>
<form id="scope" class="scope" aria-label="Scope">
  <label>Account <select name="account"><option value="">all</option></select></label>
  <label>Region <select name="region"><option value="">all</option></select></label>
  <label>Gate <select name="source"><option value="">all</option></select></label>
</form>
<main id="view" tabindex="-1" aria-live="polite"><p>Loading…</p></main>
<footer>Tosei ${VERSION} · read-only view of the evaluation store</footer>
<script src="/ui/app.js" defer></script>`,
  );
}

export function loginPage(problem?: string): string {
  return shell(
    'Sign in · Tosei',
    `<main class="login">
  <h1>Tosei dashboard</h1>
  <form method="post" action="/ui/login">
    <label for="token">API token</label>
    <input id="token" name="token" type="password" autocomplete="current-password" required autofocus>
    <button type="submit">Sign in</button>
  </form>
  ${problem ? `<p role="alert" class="problem">${problem}</p>` : ''}
</main>`,
  );
}

export const DASHBOARD_STYLES = `
:root { color-scheme: light dark; --fg: #1b1f24; --bg: #ffffff; --muted: #57606a; --line: #d0d7de; --accent: #0a58ca;
  --critical: #8b0000; --high: #c62828; --medium: #b26a00; --low: #2e6da4; --info: #57606a; --ok: #1a7f37; }
@media (prefers-color-scheme: dark) { :root { --fg: #e6edf3; --bg: #0d1117; --muted: #9da7b3; --line: #30363d; --accent: #6cb6ff;
  --critical: #ff7b72; --high: #ffa198; --medium: #e3b341; --low: #79c0ff; --info: #9da7b3; --ok: #56d364; } }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, sans-serif; color: var(--fg); background: var(--bg); }
.top { display: flex; gap: 1.5rem; align-items: center; padding: .5rem 1rem; border-bottom: 1px solid var(--line); flex-wrap: wrap; }
.top h1 { font-size: 1.2rem; margin: 0; }
nav { display: flex; gap: 1rem; flex: 1; }
nav a { color: var(--accent); text-decoration: none; padding: .25rem 0; }
nav a[aria-current="page"] { border-bottom: 2px solid var(--accent); font-weight: 600; }
a:focus-visible, button:focus-visible, select:focus-visible, input:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
.scope { display: flex; gap: 1rem; padding: .5rem 1rem; flex-wrap: wrap; }
main { padding: 0 1rem 2rem; }
footer { padding: 1rem; color: var(--muted); border-top: 1px solid var(--line); }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: .35rem .5rem; border-bottom: 1px solid var(--line); vertical-align: top; }
.cards { display: flex; gap: 1rem; flex-wrap: wrap; margin: 1rem 0; }
.card { border: 1px solid var(--line); border-radius: 6px; padding: .5rem 1rem; min-width: 8rem; }
.card strong { display: block; font-size: 1.5rem; }
.sev-critical { color: var(--critical); } .sev-high { color: var(--high); } .sev-medium { color: var(--medium); }
.sev-low { color: var(--low); } .sev-info { color: var(--info); } .status-COMPLIANT { color: var(--ok); }
.chart { max-width: 100%; height: auto; }
.chart rect.critical { fill: var(--critical); } .chart rect.high { fill: var(--high); } .chart rect.medium { fill: var(--medium); }
.chart rect.low { fill: var(--low); } .chart rect.info { fill: var(--info); } .chart text { fill: var(--muted); font-size: 10px; }
.filters { display: flex; gap: .75rem; flex-wrap: wrap; margin: 1rem 0; }
.pager { display: flex; gap: 1rem; align-items: center; margin: 1rem 0; }
.login { max-width: 22rem; margin: 4rem auto; display: block; }
.login form { display: flex; flex-direction: column; gap: .5rem; }
.problem { color: var(--high); }
.muted { color: var(--muted); }
.state-PASS { color: var(--ok); } .state-FAIL { color: var(--high); } .state-UNKNOWN { color: var(--medium); } .state-NOT_COVERED { color: var(--muted); }
.states { display: flex; gap: .75rem; flex-wrap: wrap; margin: .5rem 0 1rem; padding: 0; list-style: none; }
@media print { .top nav, .scope, .pager, form { display: none; } }
`;

// Plain browser JS (ES2020), served as /ui/app.js.
export const DASHBOARD_SCRIPT = String.raw`'use strict';
(function () {
  const view = document.getElementById('view');
  const scope = document.getElementById('scope');
  const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'];

  function el(tag, attributes, children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attributes || {})) {
      if (value === undefined || value === null) continue;
      if (key === 'text') node.textContent = String(value);
      else node.setAttribute(key, String(value));
    }
    for (const child of children || []) node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    return node;
  }

  function scopeQuery() {
    const query = new URLSearchParams();
    for (const [key, value] of new FormData(scope)) if (value) query.set(key, String(value));
    return query;
  }

  async function api(path, query) {
    const response = await fetch('/api/' + path + (query && String(query) ? '?' + query : ''), { headers: { accept: 'application/json' }, credentials: 'same-origin' });
    if (response.status === 401) { location.href = '/ui/login'; throw new Error('signed out'); }
    if (!response.ok) throw new Error('the server answered ' + response.status);
    return response.json();
  }

  function table(headers, rows) {
    return el('table', {}, [
      el('thead', {}, [el('tr', {}, headers.map((header) => el('th', { scope: 'col', text: header })))]),
      el('tbody', {}, rows),
    ]);
  }

  function resourceLink(key, label) {
    return el('a', { href: '#/resource/' + encodeURIComponent(key), text: label });
  }

  function chart(posture) {
    const ns = 'http://www.w3.org/2000/svg';
    const width = Math.max(320, posture.length * 24 + 40);
    const height = 180;
    const max = Math.max(1, ...posture.map((day) => SEVERITIES.reduce((sum, severity) => sum + (day.bySeverity[severity] || 0), 0)));
    const svg = document.createElementNS(ns, 'svg');
    svg.setAttribute('class', 'chart');
    svg.setAttribute('viewBox', '0 0 ' + width + ' ' + height);
    // Drawn at its own size (a day is a 24 px column), shrunk only to fit a narrow window.
    svg.setAttribute('width', String(width));
    svg.setAttribute('height', String(height));
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', 'Non-compliant resources by severity per day');
    posture.forEach((day, index) => {
      let y = height - 20;
      for (const severity of SEVERITIES) {
        const count = day.bySeverity[severity] || 0;
        if (!count) continue;
        const barHeight = ((height - 40) * count) / max;
        y -= barHeight;
        const rect = document.createElementNS(ns, 'rect');
        rect.setAttribute('x', String(30 + index * 24));
        rect.setAttribute('y', String(y));
        rect.setAttribute('width', '18');
        rect.setAttribute('height', String(barHeight));
        rect.setAttribute('class', severity);
        const title = document.createElementNS(ns, 'title');
        title.textContent = day.day + ': ' + count + ' ' + severity;
        rect.append(title);
        svg.append(rect);
      }
      const label = document.createElementNS(ns, 'text');
      label.setAttribute('x', String(30 + index * 24));
      label.setAttribute('y', String(height - 5));
      label.textContent = day.day.slice(5);
      svg.append(label);
    });
    return svg;
  }

  async function postureView() {
    const query = scopeQuery();
    const [summary, posture] = await Promise.all([api('summary', query), api('posture', new URLSearchParams([...query, ['days', '30']]))]);
    const cards = el('div', { class: 'cards' }, SEVERITIES.map((severity) => el('div', { class: 'card sev-' + severity, 'data-severity': severity }, [el('strong', { text: summary.failingBySeverity[severity] || 0 }), severity])));
    const statuses = Object.entries(summary.byStatus).map(([status, count]) => el('tr', {}, [el('td', { class: 'status-' + status, text: status }), el('td', { 'data-status': status, text: count })]));
    const days = posture.posture.map((day) => el('tr', {}, [el('td', { text: day.day }), ...SEVERITIES.map((severity) => el('td', { text: day.bySeverity[severity] || 0 }))]));
    return [
      el('h2', { text: 'Posture' }),
      el('p', { class: 'muted', text: 'Failing findings now, by severity (latest verdict of each rule and resource).' }),
      cards,
      table(['Status', 'Latest verdicts'], statuses),
      el('h3', { text: 'Non-compliant resources per day (last ' + posture.days + ' days)' }),
      posture.posture.length ? chart(posture.posture) : el('p', { class: 'muted', text: 'No non-compliant evaluations in this period.' }),
      el('details', {}, [el('summary', { text: 'The same as a table' }), table(['Day', ...SEVERITIES], days)]),
    ];
  }

  async function findingsView(parameters) {
    const query = scopeQuery();
    for (const key of ['status', 'severity', 'rule', 'q', 'offset']) if (parameters.get(key)) query.set(key, parameters.get(key));
    if (!parameters.has('status')) query.set('status', 'NON_COMPLIANT');
    const page = await api('findings', query);
    const filters = el('form', { class: 'filters', role: 'search' }, [
      el('label', {}, ['Status ', select('status', ['', 'NON_COMPLIANT', 'INSUFFICIENT_DATA', 'COMPLIANT', 'NOT_APPLICABLE', 'ERROR'], query.get('status') || '')]),
      el('label', {}, ['Severity ', select('severity', [''].concat(SEVERITIES), query.get('severity') || '')]),
      el('label', {}, ['Rule ', el('input', { name: 'rule', value: query.get('rule') || '', size: 28 })]),
      el('label', {}, ['Search ', el('input', { name: 'q', type: 'search', value: query.get('q') || '' })]),
      el('button', { type: 'submit', text: 'Filter' }),
    ]);
    filters.addEventListener('submit', (event) => {
      event.preventDefault();
      const next = new URLSearchParams();
      for (const [key, value] of new FormData(filters)) if (value) next.set(key, String(value));
      if (!next.has('status')) next.set('status', '');
      location.hash = '#/findings?' + next;
    });
    const rows = page.findings.map((finding) =>
      el('tr', { 'data-rule': finding.ruleId }, [
        el('td', { class: 'sev-' + finding.severity, text: finding.severity }),
        el('td', { text: finding.status + (finding.suppressed ? ' (suppressed)' : '') }),
        el('td', { text: finding.ruleId }),
        el('td', {}, [resourceLink(finding.resourceKey, finding.resourceId), el('div', { class: 'muted', text: finding.resourceType })]),
        el('td', { text: finding.message }),
        el('td', { text: [finding.account, finding.region].filter(Boolean).join(' / ') }),
      ]),
    );
    const pager = el('div', { class: 'pager' }, [el('span', { text: page.total === 0 ? 'No findings' : (page.offset + 1) + '\u2013' + (page.offset + page.findings.length) + ' of ' + page.total + (page.totalIsLowerBound ? ' or more' : '') })]);
    const move = (offset, label) => {
      const next = new URLSearchParams(query);
      next.set('offset', String(offset));
      pager.append(el('a', { href: '#/findings?' + next, text: label }));
    };
    if (page.offset > 0) move(Math.max(0, page.offset - page.limit), 'Previous');
    if (page.offset + page.findings.length < page.total || (page.totalIsLowerBound && page.findings.length === page.limit)) move(page.offset + page.limit, 'Next');
    return [el('h2', { text: 'Findings' }), filters, table(['Severity', 'Status', 'Rule', 'Resource', 'Message', 'Account / region'], rows), pager];
  }

  function select(name, values, chosen) {
    const node = el('select', { name }, values.map((value) => el('option', { value, text: value || 'any' })));
    node.value = chosen;
    return node;
  }

  async function resourceView(key) {
    const data = await api('resources', new URLSearchParams([['key', key]]));
    const first = data.latest[0];
    const latest = data.latest.map((finding) => el('tr', {}, [el('td', { class: 'sev-' + finding.severity, text: finding.severity }), el('td', { text: finding.ruleId }), el('td', { class: 'status-' + finding.status, text: finding.status }), el('td', { text: finding.message }), el('td', { text: finding.since })]));
    const timeline = data.timeline.map((entry) => el('tr', { 'data-source': entry.source }, [el('td', { text: entry.at }), el('td', { text: entry.source }), el('td', { text: entry.resourceKey }), el('td', { text: entry.ruleId }), el('td', { class: 'status-' + entry.status, text: entry.status }), el('td', { text: entry.message })]));
    const remediations = data.remediations.map((execution) =>
      el('tr', {}, [
        el('td', { text: execution.startedAt }),
        el('td', { text: execution.runbook + ' (' + execution.mode + ', attempt ' + execution.attempt + ')' }),
        el('td', { text: execution.status + (execution.reevaluationStatus ? ' \u2192 ' + execution.reevaluationStatus : '') }),
        el('td', {}, [el('ol', {}, (execution.steps || []).map((step) => el('li', { text: [step.name, step.status, step.error].filter(Boolean).join(' \u00b7 ') })))]),
      ]),
    );
    return [
      el('h2', { text: first ? first.resourceId : key }),
      el('p', { class: 'muted', text: first ? [first.resourceType, first.resourceArn, first.account, first.region].filter(Boolean).join(' \u00b7 ') : 'Nothing is recorded for this resource.' }),
      el('h3', { text: 'Current findings' }),
      table(['Severity', 'Rule', 'Status', 'Message', 'Since'], latest),
      el('h3', { text: 'Timeline across gates' }),
      ...(data.keys.length > 1 ? [el('p', { class: 'muted', text: 'Known to the gates as ' + data.keys.join(' \u00b7 ') })] : []),
      table(['When', 'Gate', 'Seen as', 'Rule', 'Status', 'Message'], timeline),
      el('h3', { text: 'Remediation' }),
      remediations.length ? table(['Started', 'Runbook', 'Outcome', 'Steps'], remediations) : el('p', { class: 'muted', text: 'No remediation ran on this resource.' }),
    ];
  }

  async function runsView() {
    const data = await api('runs', new URLSearchParams([['source', 'run-task'], ['limit', '50']]));
    const rows = data.runs.map((run) =>
      el('tr', {}, [
        el('td', { text: run.startedAt }),
        el('td', { text: [run.metadata.organization, run.metadata.workspace].filter(Boolean).join(' / ') }),
        el('td', { text: [run.metadata.runId, run.metadata.stage].filter(Boolean).join(' \u00b7 ') }),
        el('td', { text: Object.entries(run.counts).map(([status, count]) => status + ' ' + count).join(', ') }),
      ]),
    );
    return [el('h2', { text: 'Run Task runs' }), rows.length ? table(['Started', 'Workspace', 'Run', 'Outcomes'], rows) : el('p', { class: 'muted', text: 'No run task has run yet.' })];
  }

  const STATES = ['PASS', 'FAIL', 'UNKNOWN', 'NOT_COVERED'];
  const stateLabel = (state) => state.replace('_', ' ');
  const frameworkPath = (id) => '#/frameworks/' + encodeURIComponent(id);
  const controlPath = (id, control) => frameworkPath(id) + '/controls/' + encodeURIComponent(control);

  function stateTotals(totals) {
    return el('ul', { class: 'states' }, STATES.map((state) => el('li', { class: 'card state-' + state, 'data-state': state }, [el('strong', { text: totals[state] }), stateLabel(state)])));
  }

  async function frameworksView() {
    const data = await api('frameworks');
    const rows = data.frameworks.map((framework) =>
      el('tr', { 'data-framework': framework.id }, [
        el('td', {}, [el('a', { href: frameworkPath(framework.id), text: framework.title })]),
        ...STATES.map((state) => el('td', { class: 'state-' + state, 'data-state': state, text: framework.totals[state] })),
        el('td', { text: framework.totals.controls }),
      ]),
    );
    return [
      el('h2', { text: 'Frameworks' }),
      el('p', { class: 'muted', text: 'Each framework\u2019s controls judged from the latest verdict of every rule and resource in the store, as tosei report --framework judges them (the scope above does not apply).' }),
      table(['Framework', ...STATES.map(stateLabel), 'Controls'], rows),
    ];
  }

  async function frameworkView(id, parameters) {
    const report = await api('frameworks/' + encodeURIComponent(id));
    const only = parameters.get('state');
    const controls = report.controls.filter((control) => !only || control.state === only);
    const rows = controls.map((control) =>
      el('tr', { 'data-control': control.id }, [
        el('td', {}, [control.state === 'NOT_COVERED' ? control.id : el('a', { href: controlPath(id, control.id), text: control.id })]),
        el('td', { text: control.title }),
        el('td', { class: 'state-' + control.state, 'data-state': control.state, text: stateLabel(control.state) }),
        el('td', { text: control.reason }),
        el('td', { text: control.rules.join(', ') }),
      ]),
    );
    const filter = el('p', { class: 'filters' }, [el('span', { text: 'Show: ' }), el('a', { href: frameworkPath(id), text: 'every control' }), ...STATES.map((state) => el('a', { href: frameworkPath(id) + '?state=' + state, 'aria-current': only === state ? 'true' : undefined, text: stateLabel(state) }))]);
    return [
      el('h2', { text: report.framework.title }),
      el('p', { class: 'muted', text: report.totals.controls + ' controls, judged from ' + report.source + '.' }),
      stateTotals(report.totals),
      filter,
      table(['Control', 'Title', 'State', 'Why', 'Rules'], rows),
    ];
  }

  async function controlView(id, control, parameters) {
    const query = new URLSearchParams();
    for (const key of ['status', 'offset']) if (parameters.get(key)) query.set(key, parameters.get(key));
    const page = await api('frameworks/' + encodeURIComponent(id) + '/controls/' + encodeURIComponent(control), query);
    const counts = Object.entries(page.control.counts).map(([status, count]) => {
      const name = status === 'suppressed' ? 'SUPPRESSED' : status;
      const next = new URLSearchParams([['status', name]]);
      return el('a', { href: controlPath(id, control) + '?' + next, 'aria-current': page.status.length === 1 && page.status[0] === name ? 'true' : undefined, text: name + ' ' + count });
    });
    const rows = page.findings.map((finding) =>
      el('tr', { 'data-rule': finding.ruleId }, [
        el('td', {}, [resourceLink(finding.resourceKey, finding.resourceId), el('div', { class: 'muted', text: finding.resourceType })]),
        el('td', { class: 'status-' + finding.status, text: finding.status + (finding.suppressed ? ' (suppressed)' : '') }),
        el('td', { text: finding.ruleId }),
        el('td', { text: finding.message }),
        el('td', { text: [finding.account, finding.region].filter(Boolean).join(' / ') }),
      ]),
    );
    const pager = el('div', { class: 'pager' }, [el('span', { text: page.total === 0 ? 'No verdicts with ' + page.status.join(' or ') : (page.offset + 1) + '\u2013' + (page.offset + page.findings.length) + ' of ' + page.total + ' (' + page.status.join(' or ') + ')' })]);
    const move = (offset, label) => {
      const next = new URLSearchParams(query);
      next.set('offset', String(offset));
      pager.append(el('a', { href: controlPath(id, control) + '?' + next, text: label }));
    };
    if (page.offset > 0) move(Math.max(0, page.offset - page.limit), 'Previous');
    if (page.offset + page.findings.length < page.total) move(page.offset + page.limit, 'Next');
    return [
      el('h2', { text: page.framework.id + ' ' + page.control.id + ': ' + page.control.title }),
      el('p', {}, [el('a', { href: frameworkPath(id), text: '\u2190 ' + page.framework.title })]),
      el('p', {}, [el('strong', { class: 'state-' + page.control.state, 'data-state': page.control.state, text: stateLabel(page.control.state) }), ' \u00b7 ' + page.control.reason + ' \u00b7 rules: ' + page.control.rules.join(', ')]),
      counts.length ? el('p', { class: 'filters' }, [el('span', { text: 'Verdicts: ' }), ...counts]) : el('p', { class: 'muted', text: 'No verdict of these rules is in the store.' }),
      rows.length ? table(['Resource', 'Status', 'Rule', 'Message', 'Account / region'], rows) : el('p', { class: 'muted', text: 'No resources to list.' }),
      pager,
    ];
  }

  async function exceptionsView() {
    const data = await api('exceptions');
    const rows = data.exceptions.map((exception) => el('tr', {}, [el('td', { text: exception.expires }), el('td', { text: exception.rule }), el('td', { text: exception.resource }), el('td', { text: exception.reason || '' })]));
    return [el('h2', { text: 'Exceptions expiring within ' + data.withinDays + ' days' }), rows.length ? table(['Expires', 'Rule', 'Resource', 'Reason'], rows) : el('p', { class: 'muted', text: 'None.' })];
  }

  async function render() {
    const hash = location.hash.replace(/^#/, '') || '/';
    const [path, search] = hash.split('?');
    const parameters = new URLSearchParams(search || '');
    const framework = /^\/frameworks\/([^/]+)(?:\/controls\/([^/]+))?$/.exec(path);
    const name = path.startsWith('/resource/') ? 'resource' : path === '/findings' ? 'findings' : path === '/frameworks' || framework ? 'frameworks' : path === '/runs' ? 'runs' : path === '/exceptions' ? 'exceptions' : 'posture';
    for (const link of document.querySelectorAll('nav a')) {
      if (link.dataset.view === name) link.setAttribute('aria-current', 'page');
      else link.removeAttribute('aria-current');
    }
    try {
      const content =
        name === 'resource' ? await resourceView(decodeURIComponent(path.slice('/resource/'.length)))
        : name === 'findings' ? await findingsView(parameters)
        : framework && framework[2] ? await controlView(decodeURIComponent(framework[1]), decodeURIComponent(framework[2]), parameters)
        : framework ? await frameworkView(decodeURIComponent(framework[1]), parameters)
        : name === 'frameworks' ? await frameworksView()
        : name === 'runs' ? await runsView()
        : name === 'exceptions' ? await exceptionsView()
        : await postureView();
      view.replaceChildren(...content);
      document.title = (content[0] && content[0].textContent ? content[0].textContent + ' \u00b7 ' : '') + 'Tosei dashboard';
    } catch (error) {
      view.replaceChildren(el('p', { role: 'alert', class: 'problem', text: 'Could not load this view: ' + error.message }));
    }
  }

  async function fillScope() {
    const data = await api('facets');
    const fill = (name, values) => {
      const node = scope.elements.namedItem(name);
      for (const value of values) node.append(el('option', { value, text: value }));
    };
    fill('account', data.accounts);
    fill('region', data.regions);
    fill('source', data.sources);
  }

  scope.addEventListener('change', render);
  window.addEventListener('hashchange', render);
  fillScope().then(render, render);
})();
`;
