/**
 * What `tosei lsp` shows for a document: the scan's verdicts on the editor's text, as LSP
 * diagnostics. Kept apart from the connection so that it reads as the scan does: the same
 * loaders, rules, settings file and suppressions.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node';
import { ConfigError, parseConfig, type ToseiConfig } from '../config/config.js';
import { evaluateDocument, type ActiveRule } from '../engine/run.js';
import { selectRules } from '../engine/select.js';
import { Suppressions } from '../engine/suppressions.js';
import { loadCloudFormation } from '../inputs/cloudformation/index.js';
import { isMappedType, terraformToDocument } from '../inputs/terraform/index.js';
import { initHclParser } from '../inputs/terraform/hcl/parser.js';
import { loadTerraformDirectory } from '../inputs/terraform/hcl/module.js';
import type { ScanDocument } from '../model/document.js';
import type { Evaluation, ScanProblem, Severity } from '../model/evaluation.js';
import { builtinRules } from '../rules/index.js';
import { LOOKS_LIKE_PLAN, LOOKS_LIKE_TEMPLATE, MAX_INPUT_BYTES } from '../scan/index.js';
import { DOCS_BASE_URL } from '../version.js';

const TEMPLATE_EXTENSIONS = new Set(['.yaml', '.yml', '.json', '.template']);
const CONFIG_NAMES = ['.tosei.yml', '.tosei.yaml'];

/** What the server keeps of a diagnostic to answer hover and code actions. */
export interface FindingData {
  ruleId: string;
  resource: string;
}

/** The settings a document is judged by: `.tosei.yml` from its folder upwards, as `tosei scan` run there reads it. */
export interface DocumentSettings {
  rules: ActiveRule[];
  suppressions: Suppressions;
  configFile?: string;
  /** The settings file could not be read or is wrong: reported, and no rule runs (never a silent pass). */
  error?: string;
}

export type DocumentKind = 'template' | 'terraform' | 'other';

/** Templates by extension (their text decides later); `.tf` files; everything else gets no diagnostics. */
export function documentKind(path: string): DocumentKind {
  if (path.endsWith('.tf')) return 'terraform';
  return TEMPLATE_EXTENSIONS.has(extname(path).toLowerCase()) ? 'template' : 'other';
}

/** The nearest settings file from the document's folder up to the workspace root (to the file system root outside it). */
export function findConfigFile(path: string, workspaceRoot: string | undefined): string | undefined {
  const root = workspaceRoot && isInside(path, workspaceRoot) ? resolve(workspaceRoot) : undefined;
  for (let directory = dirname(resolve(path)); ; directory = dirname(directory)) {
    for (const name of CONFIG_NAMES) if (existsSync(join(directory, name))) return join(directory, name);
    if (directory === root || dirname(directory) === directory) return undefined;
  }
}

function isInside(path: string, directory: string): boolean {
  const rel = relative(resolve(directory), resolve(path));
  return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..';
}

/** The rules and suppressions for a document, read afresh (the settings file may be edited while the server runs). */
export function documentSettings(path: string, workspaceRoot: string | undefined): DocumentSettings {
  const configFile = findConfigFile(path, workspaceRoot);
  let config: ToseiConfig | undefined;
  try {
    if (configFile) config = parseConfig(readFileSync(configFile, 'utf8'), configFile, new Set(builtinRules.map((rule) => rule.meta.id)));
    const rules = selectRules(builtinRules, { only: [], skip: [], parameters: {}, ...(config ? { config } : {}) });
    const suppressions = new Suppressions(config?.exceptions ?? [], configFile ? { configFile, baseDirectory: dirname(configFile) } : {});
    return { rules, suppressions, ...(configFile ? { configFile } : {}) };
  } catch (error) {
    const reason = error instanceof ConfigError ? error.message : `cannot read ${configFile ?? 'the settings file'}: ${(error as Error).message}`;
    return { rules: [], suppressions: new Suppressions(), ...(configFile ? { configFile } : {}), error: reason };
  }
}

/** Loads a template from the editor's text; undefined when the text is not a CloudFormation or SAM template. */
export function loadTemplateText(text: string, path: string): ScanDocument | undefined {
  // As a folder scan does: YAML and JSON that do not look like a template are other files, quietly.
  // Plan JSON is read by `tosei scan` (it is written by Terraform, not edited): not checked here.
  if (LOOKS_LIKE_PLAN.test(text) || !LOOKS_LIKE_TEMPLATE.test(text)) return undefined;
  return loadCloudFormation(text, path, {});
}

/** Diagnostics by path of an open file (a Terraform folder speaks for each of its open files). */
export type DiagnosticsByFile = Map<string, Diagnostic[]>;

/** Diagnostics for a template's text; undefined when it is not a template (its diagnostics are cleared). */
export function analyseTemplate(text: string, path: string, settings: DocumentSettings): Diagnostic[] | undefined {
  const tooLarge = sizeDiagnostic(text);
  if (tooLarge) return [tooLarge];
  const document = loadTemplateText(text, path);
  if (!document) return undefined;
  return diagnosticsOf(document, settings, new Map([[path, text]]), path).get(path) ?? [];
}

/** Diagnostics for the open `.tf` files of a folder, with the editor's buffers in place of the files on disk. */
export async function analyseTerraform(directory: string, buffers: ReadonlyMap<string, string>, settings: DocumentSettings): Promise<DiagnosticsByFile> {
  const result: DiagnosticsByFile = new Map();
  for (const [path, text] of buffers) {
    const tooLarge = sizeDiagnostic(text);
    if (tooLarge) result.set(path, [tooLarge]);
  }
  if (result.size > 0) return result;
  await initHclParser();
  const document = terraformToDocument(loadTerraformDirectory(directory, { overlay: buffers }, isMappedType));
  const byFile = diagnosticsOf(document, settings, buffers, [...buffers.keys()][0] ?? directory);
  for (const path of buffers.keys()) result.set(path, byFile.get(path) ?? []);
  return result;
}

function sizeDiagnostic(text: string): Diagnostic | undefined {
  const size = Buffer.byteLength(text, 'utf8');
  if (size <= MAX_INPUT_BYTES) return undefined;
  return { range: lineRange('', 1), severity: DiagnosticSeverity.Information, source: 'tosei', message: `not checked: ${size} bytes is larger than the ${MAX_INPUT_BYTES}-byte limit of tosei scan` };
}

/**
 * Verdicts and problems of a document, by open file (`texts`, which also give the ranges' lines).
 * Findings in a file that is not open show when it is opened. An error naming something that is
 * not open (a sibling .tf file that does not parse, the folder, the settings file) goes to `owner`
 * at line 1, naming where it is: it stops the whole check, so it is never hidden.
 */
function diagnosticsOf(document: ScanDocument, settings: DocumentSettings, texts: ReadonlyMap<string, string>, owner: string): DiagnosticsByFile {
  const result: DiagnosticsByFile = new Map();
  const add = (file: string, diagnostic: Diagnostic): void => {
    const list = result.get(file);
    if (list) list.push(diagnostic);
    else result.set(file, [diagnostic]);
  };
  const problems: ScanProblem[] = [...document.problems];
  if (settings.error) problems.push({ level: 'error', file: owner, line: 1, message: `settings: ${settings.error}; no rule was run` });
  const parsed = !document.problems.some((problem) => problem.level === 'error');
  if (parsed && !settings.error) {
    const evaluated = evaluateDocument(document, settings.rules, { suppressions: settings.suppressions });
    problems.push(...evaluated.problems, ...settings.suppressions.problems);
    for (const evaluation of evaluated.evaluations) {
      const text = texts.get(evaluation.location.file);
      if (text !== undefined && isShown(evaluation)) add(evaluation.location.file, evaluationDiagnostic(evaluation, text));
    }
  }
  for (const problem of problems) {
    const text = texts.get(problem.file);
    if (text !== undefined) add(problem.file, problemDiagnostic(problem, text));
    else if (problem.level === 'error') add(owner, { ...problemDiagnostic(problem, ''), message: `${problem.file}${problem.line ? `:${problem.line}` : ''}: ${problem.message}` });
  }
  return result;
}

/** Failing and undecided verdicts show; passing, not applicable and suppressed ones do not. */
function isShown(evaluation: Evaluation): boolean {
  return !evaluation.suppressed && (evaluation.status === 'NON_COMPLIANT' || evaluation.status === 'ERROR' || evaluation.status === 'INSUFFICIENT_DATA');
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  critical: DiagnosticSeverity.Error,
  high: DiagnosticSeverity.Error,
  medium: DiagnosticSeverity.Warning,
  low: DiagnosticSeverity.Information,
  info: DiagnosticSeverity.Information,
};

/** A failing (by the rule's severity), crashed (Error) or undecided (Hint, with the reason) verdict. */
function evaluationDiagnostic(evaluation: Evaluation, text: string): Diagnostic {
  const undecided = evaluation.status === 'INSUFFICIENT_DATA';
  const severity = undecided ? DiagnosticSeverity.Hint : evaluation.status === 'ERROR' ? DiagnosticSeverity.Error : SEVERITY[evaluation.severity];
  const message = undecided ? `INSUFFICIENT_DATA: ${evaluation.message}` : evaluation.message;
  const data: FindingData = { ruleId: evaluation.ruleId, resource: evaluation.resource.id };
  return {
    range: lineRange(text, evaluation.location.line ?? 1, evaluation.location.column),
    severity,
    source: 'tosei',
    code: evaluation.ruleId,
    codeDescription: { href: `${DOCS_BASE_URL}/${evaluation.ruleId}.md` },
    message: `${message} (${evaluation.resource.address ?? evaluation.resource.id})`,
    data,
  };
}

function problemDiagnostic(problem: ScanProblem, text: string): Diagnostic {
  return {
    range: lineRange(text, problem.line ?? 1, problem.column),
    severity: problem.level === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    source: 'tosei',
    ...(problem.ruleId ? { code: problem.ruleId } : {}),
    message: problem.message,
  };
}

/** From the column (1-based) to the end of the line, or the whole line when there is no column. */
export function lineRange(text: string, line: number, column?: number): Diagnostic['range'] {
  const lines = text.split('\n');
  const index = Math.min(Math.max(line - 1, 0), Math.max(lines.length - 1, 0));
  const content = (lines[index] ?? '').replace(/\r$/, '');
  const start = column === undefined ? 0 : Math.min(Math.max(column - 1, 0), content.length);
  return { start: { line: index, character: start }, end: { line: index, character: content.length } };
}
