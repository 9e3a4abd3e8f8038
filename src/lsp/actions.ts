/** Hover and quick fixes for the findings `tosei lsp` has published. */
import { CodeActionKind, MarkupKind, type CodeAction, type Diagnostic, type Hover } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { fixTemplate } from '../remediate/autofix/fix-template.js';
import { builtinFixes } from '../remediate/fixes/index.js';
import { builtinRules } from '../rules/index.js';
import { DOCS_BASE_URL } from '../version.js';
import type { DocumentSettings, FindingData } from './analyse.js';

const RULES = new Map(builtinRules.map((rule) => [rule.meta.id, rule.meta]));

/** The rule's title, the finding's message and how to fix it, for every finding on the line. */
export function findingHover(diagnostics: readonly Diagnostic[], line: number): Hover | null {
  const here = diagnostics.filter((diagnostic) => diagnostic.data && diagnostic.range.start.line <= line && line <= diagnostic.range.end.line);
  if (here.length === 0) return null;
  const sections = here.map((diagnostic) => {
    const { ruleId } = diagnostic.data as FindingData;
    const meta = RULES.get(ruleId);
    const title = meta ? `**${ruleId}**: ${meta.title}` : `**${ruleId}**`;
    const remediation = meta ? `\n\n**How to fix:** ${meta.remediation}` : '';
    return `${title}\n\n${diagnostic.message}${remediation}\n\n[${ruleId} documentation](${DOCS_BASE_URL}/${ruleId}.md)`;
  });
  return { contents: { kind: MarkupKind.Markdown, value: sections.join('\n\n---\n\n') }, range: (here[0] as Diagnostic).range };
}

/**
 * The edit `tosei fix` would make for one finding, as a quick fix on the buffer; undefined when
 * the rule has no fix or the fix engine refuses (it re-evaluates every rule after the edit).
 */
export function quickFix(document: TextDocument, path: string, finding: FindingData, settings: DocumentSettings): CodeAction | undefined {
  if (!builtinFixes.has(finding.ruleId) || settings.error) return undefined;
  const text = document.getText();
  const result = fixTemplate(text, path, {
    rules: settings.rules,
    suppressions: settings.suppressions,
    select: (candidate) => candidate.ruleId === finding.ruleId && candidate.resource === finding.resource,
  });
  const fixed = result.fixed.find((candidate) => candidate.ruleId === finding.ruleId && candidate.resource === finding.resource);
  if (!fixed || result.output === text) return undefined;
  const replacement = fixed.replacement ? ` (replaces ${fixed.replacement})` : '';
  return {
    title: `Fix ${finding.ruleId} on ${finding.resource}: ${fixed.description}${replacement}`,
    kind: CodeActionKind.QuickFix,
    isPreferred: true,
    edit: { changes: { [document.uri]: [minimalEdit(document, text, result.output)] } },
  };
}

/** One edit covering only what changed between the two texts (the rest of the buffer, and the cursor, stay). */
function minimalEdit(document: TextDocument, before: string, after: string): { range: Diagnostic['range']; newText: string } {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  return { range: { start: document.positionAt(start), end: document.positionAt(before.length - end) }, newText: after.slice(start, after.length - end) };
}
