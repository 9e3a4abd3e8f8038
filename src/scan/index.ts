import { readFileSync, statSync } from 'node:fs';
import type { ScanDocument } from '../model/document.js';
import type { Evaluation, ScanProblem, Severity } from '../model/evaluation.js';
import type { ToseiConfig } from '../config/config.js';
import { evaluateDocument, type ActiveRule } from '../engine/run.js';
import { Suppressions } from '../engine/suppressions.js';
import { loadCloudFormation, type TemplateInputs } from '../inputs/cloudformation/index.js';
import { isMappedType, looksLikePlan, readPlan, terraformToDocument } from '../inputs/terraform/index.js';
import { initHclParser } from '../inputs/terraform/hcl/parser.js';
import { loadTerraformDirectory, type TerraformInputs } from '../inputs/terraform/hcl/module.js';
import type { ScanReport } from '../report/types.js';
import type { RuleMeta } from '../rules/types.js';
import { discoverInputs } from './files.js';
import { ITEMS_PROBE_CHARS, loadConfigItemsFile, looksLikeConfigItems, looksLikeConfigItemsText } from '../inputs/config/snapshot.js';
import { guardDocumentEvaluations, guardRuleMeta, type GuardRuleSet } from '../guard/scan.js';


/** Inputs above this size are refused (a 50,000-resource plan JSON is about 110 MB; CloudFormation's own limit is 1 MB). */
export const MAX_INPUT_BYTES = 256 * 1024 * 1024;
/** Cheap test before a full parse, so a directory scan skips other YAML/JSON quietly. */
export const LOOKS_LIKE_TEMPLATE = /(^|[\s{,])"?(Resources|AWSTemplateFormatVersion)"?\s*:/m;

export const NOTHING_TO_SCAN = 'nothing to scan: no CloudFormation or SAM template, Terraform configuration (.tf), plan JSON or Config snapshot here';

/** Terraform plan JSON (`terraform show -json`) names its format version first. */
export const LOOKS_LIKE_PLAN = /^\s*\{\s*"format_version"\s*:[\s\S]*?"(resource_changes|planned_values)"\s*:/;

/** Reads a Terraform plan JSON file; a JSON syntax error names its line. */
function loadPlan(text: string, path: string, explicit: boolean, problems: ScanProblem[]): ScanDocument | undefined {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const offset = Number(/position (\d+)/.exec(message)?.[1] ?? Number.NaN);
    const line = Number.isNaN(offset) ? undefined : text.slice(0, offset).split('\n').length;
    problems.push({ level: 'error', file: path, ...(line ? { line } : {}), message: `invalid plan JSON: ${message}` });
    return undefined;
  }
  if (!looksLikePlan(data)) {
    if (explicit) problems.push({ level: 'error', file: path, line: 1, message: 'not a Terraform plan: no resource_changes' });
    return undefined;
  }
  try {
    return terraformToDocument(readPlan(data, text, path));
  } catch (error) {
    // The plan is read by recursion: nesting deeper than the stack reaches is refused with its line.
    if (!(error instanceof RangeError)) throw error;
    problems.push({ level: 'error', file: path, line: lineNestedDeeperThan(text, DEEPEST_PLAN_NESTING), message: `plan too large: values nested more than ${DEEPEST_PLAN_NESTING} levels deep cannot be read` });
    return undefined;
  }
}

/** Real plans nest a few dozen levels; where a plan the reader could not follow passes this depth is its line. */
const DEEPEST_PLAN_NESTING = 1000;

/** The line where JSON text first opens more than `depth` arrays and objects inside one another (1 when it never does). */
function lineNestedDeeperThan(text: string, depth: number): number {
  let open = 0;
  let line = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) line++;
    else if (c === 34) {
      // Skip the string: up to the quote no backslash escapes.
      for (i++; i < text.length && text.charCodeAt(i) !== 34; i++) if (text.charCodeAt(i) === 92) i++;
    } else if (c === 123 || c === 91) {
      if (++open > depth) return line;
    } else if (c === 125 || c === 93) open--;
  }
  return 1;
}


export interface ScanOptions {
  paths: readonly string[];
  rules: readonly ActiveRule[];
  inputs?: TemplateInputs;
  /** Terraform variables for HCL directories: `--var` and `--var-file`. */
  terraform?: TerraformInputs;
  config?: ToseiConfig;
  configFile?: string;
  /** The settings file's directory: exceptions' `file:` globs are relative to it. */
  configDirectory?: string;
  tool: { name: string; version: string };
  now?: Date;
  /** Guard rule files (`--rules`) evaluated beside the TypeScript rules on templates and plan JSON. */
  guardRules?: GuardRuleSet;
  /** Which Guard rules report (`--only` / `--skip` by rule name); default all. */
  guardRuleSelected?: (ruleId: string) => boolean;
  /**
   * Files named in `paths` that are not templates, plans or snapshots are skipped quietly, and an
   * empty selection is not an error: for hooks that pass every changed file (pre-commit).
   */
  skipOtherFiles?: boolean;
  /** Suppressions written for other scanners (cfn_nag, checkov, tfsec, trivy) are not honoured. */
  ignoreForeignSuppressions?: boolean;
  /**
   * Takes each evaluation as it is made; the report's `evaluations` then stay empty (a report
   * written while the run goes).
   */
  onEvaluation?: (evaluation: Evaluation) => void;
  /** Called before each input is read: how many of how many are done, and the input's path. */
  onProgress?: (progress: { done: number; total: number; task: string }) => void;
}

/** Loads one input file into a document; undefined when it is not an input Tosei reads. */
export function loadInput(path: string, explicit: boolean, inputs: TemplateInputs, problems: ScanProblem[]): ScanDocument | undefined {
  const size = inputSize(path, problems);
  const text = size === undefined ? undefined : readInputText(path, size, explicit, problems);
  return text === undefined ? undefined : loadInputText(text, path, explicit, inputs, problems);
}

/** The file's size; undefined, with an error, when it cannot be read. */
function inputSize(path: string, problems: ScanProblem[]): number | undefined {
  try {
    return statSync(path).size;
  } catch (error) {
    problems.push({ level: 'error', file: path, message: `cannot read: ${(error as Error).message}` });
    return undefined;
  }
}

/** The file's text; undefined, with a problem, when it is too large or cannot be read. */
function readInputText(path: string, size: number, explicit: boolean, problems: ScanProblem[]): string | undefined {
  if (size > MAX_INPUT_BYTES) {
    problems.push({ level: explicit ? 'error' : 'warning', file: path, message: `skipped: ${size} bytes is larger than the ${MAX_INPUT_BYTES}-byte limit` });
    return undefined;
  }
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    problems.push({ level: 'error', file: path, message: `cannot read: ${(error as Error).message}` });
    return undefined;
  }
}

/** A plan or a template from the file's text. */
function loadInputText(text: string, path: string, explicit: boolean, inputs: TemplateInputs, problems: ScanProblem[]): ScanDocument | undefined {
  return reportingAdapterBugs(path, problems, () => {
    if (LOOKS_LIKE_PLAN.test(text)) return loadPlan(text, path, explicit, problems);
    if (!explicit && !LOOKS_LIKE_TEMPLATE.test(text)) return undefined;
    return loadCloudFormation(text, path, inputs, { force: explicit });
  });
}

/** Files that may hold Config items (snapshots, history, select-resource-config output). */
const MAYBE_CONFIG_ITEMS = /\.json(\.gz)?$|\.gz$/i;

/**
 * Files up to this size that may hold Config items are read whole before their start is looked at:
 * a template (CloudFormation's limit is 1 MB) is then read once. A larger file's start is probed
 * first, so a large snapshot is streamed and never held as one string.
 */
const READ_WHOLE_BYTES = 8 * 1024 * 1024;

/**
 * One file of a scan. A file that may hold Config items and is small enough to be a template is
 * read once and told apart by its start; a gzipped or larger one is probed and streamed.
 */
async function loadScanFile(path: string, explicit: boolean, inputs: TemplateInputs, problems: ScanProblem[]): Promise<ScanDocument | undefined> {
  if (!MAYBE_CONFIG_ITEMS.test(path)) return loadInput(path, explicit, inputs, problems);
  const size = inputSize(path, problems);
  if (size === undefined) return undefined;
  if (size > READ_WHOLE_BYTES || /\.gz$/i.test(path)) {
    if (await looksLikeConfigItems(path)) return loadConfigItemsInput(path, problems);
    return loadInput(path, explicit, inputs, problems);
  }
  const text = readInputText(path, size, explicit, problems);
  if (text === undefined) return undefined;
  if (looksLikeConfigItemsText(text.slice(0, ITEMS_PROBE_CHARS))) return loadConfigItemsInput(path, problems);
  return loadInputText(text, path, explicit, inputs, problems);
}

/** Adapters report bad input themselves; an exception reaching here is a bug, reported rather than fatal. */
function reportingAdapterBugs(file: string, problems: ScanProblem[], load: () => ScanDocument | undefined): ScanDocument | undefined {
  try {
    return load();
  } catch (error) {
    problems.push({ level: 'error', file, message: `internal error while reading: ${(error as Error).stack ?? String(error)}` });
    return undefined;
  }
}

/** A Config snapshot / history file (also `.json.gz`) or select-resource-config output, read as a stream. */
async function loadConfigItemsInput(path: string, problems: ScanProblem[]): Promise<ScanDocument | undefined> {
  try {
    return await loadConfigItemsFile(path);
  } catch (error) {
    problems.push({ level: 'error', file: path, message: `internal error while reading: ${(error as Error).stack ?? String(error)}` });
    return undefined;
  }
}

/** Reads a Terraform module directory (HCL) into a document; never throws for a bad input. */
export function loadTerraformInput(directory: string, inputs: TerraformInputs, problems: ScanProblem[]): ScanDocument | undefined {
  return reportingAdapterBugs(directory, problems, () => terraformToDocument(loadTerraformDirectory(directory, inputs, isMappedType)));
}

/** Scans files and directories with the given rules; never throws for a bad input. */
export async function scan(options: ScanOptions): Promise<ScanReport> {
  const problems: ScanProblem[] = [];
  const evaluations: Evaluation[] = [];
  const files: string[] = [];
  const suppressions = new Suppressions(options.config?.exceptions ?? [], {
    ...(options.configFile ? { configFile: options.configFile } : {}),
    ...(options.configDirectory ? { baseDirectory: options.configDirectory } : {}),
    ...(options.now ? { now: options.now } : {}),
    ...(options.ignoreForeignSuppressions ? { ignoreForeign: true } : {}),
  });
  const discovered = discoverInputs(options.paths, (problem) => problems.push(problem), { skipOtherFiles: options.skipOtherFiles ?? false });
  if (discovered.some((input) => input.kind === 'terraform')) await initHclParser();
  const keep = options.onEvaluation ?? ((evaluation: Evaluation) => evaluations.push(evaluation));
  for (const [index, input] of discovered.entries()) {
    options.onProgress?.({ done: index, total: discovered.length, task: input.path });
    const document =
      input.kind === 'terraform'
        ? loadTerraformInput(input.path, options.terraform ?? {}, problems)
        : await loadScanFile(input.path, input.explicit, options.inputs ?? {}, problems);
    if (!document) continue;
    files.push(input.path);
    problems.push(...document.problems);
    // Configuration items are live inventory: rules that need live data run on them.
    // One evaluation at a time (not push(...)): a Config snapshot gives hundreds of thousands, more than a call's arguments.
    const result = evaluateDocument(document, options.rules, { suppressions, now: new Date(), live: document.format === 'config-item', onEvaluation: keep });
    problems.push(...result.problems);
    if (options.guardRules) {
      // A Guard rule may name others of its file (`rule A when B`): the whole set is evaluated, the chosen ones reported.
      const selected = options.guardRuleSelected ?? (() => true);
      const guardProblems: ScanProblem[] = [];
      for (const evaluation of guardDocumentEvaluations(options.guardRules, document, guardProblems)) {
        if (selected(evaluation.ruleId)) keep(suppressions.onGuardVerdict(evaluation, document.graph.get(evaluation.resource.id), document.file));
      }
      problems.push(...guardProblems.filter((problem) => problem.ruleId === undefined || selected(problem.ruleId)));
    }
  }
  // A wrong path in CI must not pass green: nothing scanned at all is an error, once per path.
  if (files.length === 0 && !options.skipOtherFiles && !problems.some((problem) => problem.level === 'error')) {
    for (const path of options.paths) problems.push({ level: 'error', file: path, message: NOTHING_TO_SCAN });
  }
  problems.push(...suppressions.problems, ...suppressions.unused());
  return { tool: options.tool, files, evaluations, problems, rules: reportRules(options) };
}

/** The metadata of every rule a scan with these options runs, by id: known before the scan (a streamed report's head names them). */
export function reportRules(options: Pick<ScanOptions, 'rules' | 'guardRules' | 'guardRuleSelected'>): Record<string, RuleMeta> {
  const rules: Record<string, RuleMeta> = {};
  for (const active of options.rules) rules[active.rule.meta.id] = active.rule.meta;
  if (options.guardRules) {
    for (const [id, meta] of Object.entries(guardRuleMeta(options.guardRules))) if (options.guardRuleSelected?.(id) ?? true) rules[id] = meta;
  }
  return rules;
}

export type { Severity };
// Rule selection lives with the engine (the Lambda gates use it without the scan's inputs); kept here for callers.
export { selectRules, type RuleSelection } from '../engine/select.js';
