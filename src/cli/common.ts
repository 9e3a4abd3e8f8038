/**
 * What the CLI commands share: the environment they may touch, exit codes, argument parsing, and
 * the rule selection and report output of `scan` and `scan aws`.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { parseConfig, type ToseiConfig } from '../config/config.js';
import type { ActiveRule } from '../engine/run.js';
import type { TemplateInputs } from '../inputs/cloudformation/index.js';
import { SEVERITIES, type Severity } from '../model/evaluation.js';
import { FormatError, FORMATS, formatters, type FormatName } from '../report/index.js';
import { applyBaseline, BaselineError, baselineOf, BASELINE_MAX_BYTES, formatBaseline, parseBaseline, type BaselineEntry } from '../report/baseline.js';
import { isFailingAt, type FormatContext, type ScanReport } from '../report/types.js';
import { builtinRules } from '../rules/index.js';
import { selectRules } from '../scan/index.js';
import { parseParameterFile } from '../scan/template-inputs.js';
import { withoutControlChars } from '../report/formatters/shared.js';
import { didYouMean } from '../text/suggest.js';
import { DOCS_BASE_URL } from '../version.js';
import { FRAMEWORK_IDS, parseFrameworkId, type FrameworkId } from '../frameworks/index.js';

/** What the CLI may touch of its environment; tests pass their own. */
export interface CliEnvironment {
  cwd: string;
  env: Record<string, string | undefined>;
  stdoutIsTTY: boolean;
  /** Progress bars are drawn only on a terminal (absent: not a terminal). */
  stderrIsTTY?: boolean;
  /** How long a run goes before its progress shows (absent: PROGRESS_DELAY_MS). */
  progressDelayMs?: number;
  stdout(text: string): void;
  stderr(text: string): void;
}

export const EXIT = { ok: 0, failing: 1, error: 2 } as const;

/** Bad arguments: reported as `tosei: <message>` and the command's usage line, exit 2. */
export class UsageError extends Error {
  constructor(
    message: string,
    /** The command's usage text; its first line is printed under the message. */
    readonly usage?: string,
  ) {
    super(message);
  }
}

/** How a usage error is shown: the message, then the command's usage line and where the rest is. */
export function usageErrorText(error: UsageError, prefix = 'tosei'): string {
  const line = error.usage?.split('\n').find((text) => text.startsWith('Usage:'));
  return `${prefix}: ${error.message}\n${line ? `${line}\n(--help shows every option)\n` : ''}`;
}

/** Parsed options and positionals (strict: an unknown option is a usage error). */
export type ParsedArguments<Options extends NonNullable<ParseArgsConfig['options']>> = ReturnType<typeof parseArgs<{ args: string[]; options: Options; allowPositionals: true; strict: true }>>;

/**
 * Parses a command's arguments; a mistake is a UsageError in plain words (not Node's parser text),
 * with a "did you mean" for a mistyped option and the command's usage line.
 */
export function parse<Options extends NonNullable<ParseArgsConfig['options']>>(args: readonly string[], options: Options, usage?: string): ParsedArguments<Options> {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true as const });
  } catch (error) {
    throw new UsageError(argumentMistake(error as NodeJS.ErrnoException, options), usage);
  }
}

function argumentMistake(error: NodeJS.ErrnoException, options: NonNullable<ParseArgsConfig['options']>): string {
  const quoted = /'([^']+)'/.exec(error.message)?.[1] ?? '';
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION': {
      const names = Object.keys(options).map((name) => `--${name}`);
      const given = quoted.split('=')[0] as string;
      return `unknown option ${given}${given.startsWith('--') ? didYouMean(given, names) : ''}`;
    }
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE': {
      const name = /--[\w-]+/.exec(quoted)?.[0] ?? quoted;
      return /argument missing/.test(error.message) ? `${name} needs a value` : `${name} takes no value`;
    }
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `unexpected argument "${quoted}"`;
    default:
      return error.message;
  }
}

/** The settings file: its contents, its name as given, and its directory (the base of its `file:` globs). */
export interface LoadedConfig {
  config?: ToseiConfig;
  configFile?: string;
  configDirectory?: string;
}

/**
 * Makes `--output FILE` writable before any work is done: its folder is created when missing; a
 * path that is a folder, or a folder that cannot be made, is a usage error in one line. Returns
 * the absolute path.
 */
export function prepareOutput(file: string, io: CliEnvironment, option = '--output'): string {
  const path = resolve(io.cwd, file);
  try {
    if (existsSync(path) && statSync(path).isDirectory()) throw new Error('it is a folder');
    makeFolders(dirname(path));
  } catch (error) {
    throw new UsageError(`cannot write ${option} ${file}: ${plainMessage(error)}`);
  }
  return path;
}

/**
 * `mkdir -p`, one level at a time from the nearest folder that exists. Not `mkdirSync(..., { recursive: true })`:
 * under /proc and other special file systems that call never returns (measured with Node 20).
 */
export function makeFolders(folder: string): void {
  const missing: string[] = [];
  let current = resolve(folder);
  while (!existsSync(current) && dirname(current) !== current) {
    missing.push(current);
    current = dirname(current);
  }
  if (!statSync(current).isDirectory()) throw Object.assign(new Error(`${current} is not a folder`), { code: 'ENOTDIR' });
  for (const path of missing.reverse()) mkdirSync(path);
}

/** A file system error's message without Node's `ENOENT: ` prefix and quoted path (the caller names the file). */
export function plainMessage(error: unknown): string {
  const { code, message } = error as NodeJS.ErrnoException;
  const reason = { EACCES: 'permission denied', EEXIST: 'a file is in the way', ENOTDIR: 'a file is in the way', EROFS: 'read-only file system', ENOSPC: 'no space left' }[code ?? ''];
  return reason ?? message;
}

/** `guardRuleIds`: the Guard rules of this run, which exceptions may name too. */
export function loadConfig(explicit: string | undefined, io: CliEnvironment, guardRuleIds: ReadonlySet<string> = new Set()): LoadedConfig {
  const candidates = explicit ? [explicit] : ['.tosei.yml', '.tosei.yaml'].filter((name) => existsSync(join(io.cwd, name)));
  const file = candidates[0];
  if (!file) return {};
  let text: string;
  try {
    text = readFileSync(resolve(io.cwd, file), 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read config ${file}: ${(error as Error).message}`);
  }
  return { config: parseConfig(text, file, new Set(builtinRules.map((rule) => rule.meta.id)), guardRuleIds), configFile: file, configDirectory: dirname(resolve(io.cwd, file)) };
}

export function severityOption(value: string | undefined): Severity | undefined {
  if (value === undefined) return undefined;
  if (!(SEVERITIES as readonly string[]).includes(value)) throw new UsageError(`--severity-threshold must be one of ${SEVERITIES.join(', ')}`);
  return value as Severity;
}

export function splitList(values: readonly string[] | undefined): string[] {
  return (values ?? []).flatMap((value) => value.split(',')).map((value) => value.trim()).filter(Boolean);
}

/** `--param RULE_ID.name=value`, repeatable. */
export function parseParamOptions(values: readonly string[]): Record<string, Record<string, string>> {
  const result: Record<string, Record<string, string>> = {};
  for (const value of values) {
    const match = /^([A-Z0-9_]+)\.([A-Za-z0-9_]+)=(.*)$/s.exec(value);
    if (!match) throw new UsageError(`--param expects RULE_ID.name=value, got "${value}"`);
    const [, ruleId, name, parameterValue] = match as unknown as [string, string, string, string];
    (result[ruleId] ??= {})[name] = parameterValue;
  }
  return result;
}

/**
 * Colour on a TTY unless NO_COLOR is set (https://no-color.org); FORCE_COLOR forces it, and
 * FORCE_COLOR=0 (or false) turns it off, as Node.js reads it.
 */
export function wantsColor(io: CliEnvironment): boolean {
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  const force = io.env.FORCE_COLOR;
  if (force === '0' || force === 'false') return false;
  if (force !== undefined) return true;
  return io.stdoutIsTTY;
}

/** Options of every command that runs rules and writes a report (`scan`, `scan aws`). */
export const REPORT_OPTIONS = {
  format: { type: 'string' },
  output: { type: 'string', short: 'o' },
  report: { type: 'string', multiple: true },
  only: { type: 'string', multiple: true },
  skip: { type: 'string', multiple: true },
  param: { type: 'string', multiple: true },
  'rules-set': { type: 'string' },
  framework: { type: 'string' },
  config: { type: 'string' },
  'severity-threshold': { type: 'string' },
  'soft-fail': { type: 'boolean' },
  'no-color': { type: 'boolean' },
  'show-suppressed': { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  'ignore-foreign-suppressions': { type: 'boolean' },
  baseline: { type: 'string' },
  'write-baseline': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} satisfies ParseArgsConfig['options'];

export interface ReportOptionValues {
  /** `tosei scan`'s template inputs: ASFF and OCSF name the account and region with them. */
  'account-id'?: string | undefined;
  region?: string | undefined;
  format?: string | undefined;
  output?: string | undefined;
  report?: string[] | undefined;
  only?: string[] | undefined;
  skip?: string[] | undefined;
  param?: string[] | undefined;
  'rules-set'?: string | undefined;
  framework?: string | undefined;
  config?: string | undefined;
  'severity-threshold'?: string | undefined;
  'soft-fail'?: boolean | undefined;
  'no-color'?: boolean | undefined;
  'show-suppressed'?: boolean | undefined;
  quiet?: boolean | undefined;
  'ignore-foreign-suppressions'?: boolean | undefined;
  baseline?: string | undefined;
  'write-baseline'?: string | undefined;
}

export interface ReportSettings extends LoadedConfig {
  format: FormatName;
  /** `--output`, resolved and ready to be written. */
  output?: string;
  /** `--report FORMAT=FILE`: more reports of the same run, each resolved and ready to be written. */
  reports: { format: FormatName; path: string }[];
  threshold: Severity;
  rules: ActiveRule[];
  /** `--baseline`: its entries, read before the scan. */
  baseline?: { file: string; entries: BaselineEntry[] };
  /** `--write-baseline`, resolved and ready to be written. */
  writeBaseline?: string;
}

/** The format, settings file, threshold and rules the options ask for; a UsageError when they are wrong. */
export function reportSettings(values: ReportOptionValues, io: CliEnvironment, guardRuleIds?: ReadonlySet<string>): ReportSettings {
  const format = (values.format ?? 'text') as FormatName;
  if (!FORMATS.includes(format)) throw new UsageError(`unknown format "${format}" (expected ${FORMATS.join(', ')})`);
  const loaded = loadConfig(values.config, io, guardRuleIds);
  const threshold = severityOption(values['severity-threshold']) ?? loaded.config?.severityThreshold ?? 'info';
  const rules = rulesFromOptions(values, loaded.config, guardRuleIds);
  const output = values.output === undefined ? undefined : prepareOutput(values.output, io);
  const reports = (values.report ?? []).map((option) => extraReport(option, io));
  if (values.baseline !== undefined && values['write-baseline'] !== undefined) {
    throw new UsageError('--baseline and --write-baseline do not go together: write the baseline once, then scan with --baseline');
  }
  // Read before the scan: a missing or broken baseline is an error at once, never a run without one.
  const baseline = values.baseline === undefined ? undefined : { file: values.baseline, entries: readBaseline(values.baseline, io) };
  const writeBaseline = values['write-baseline'] === undefined ? undefined : prepareOutput(values['write-baseline'], io, '--write-baseline');
  return { format, threshold, rules, reports, ...loaded, ...(output ? { output } : {}), ...(baseline ? { baseline } : {}), ...(writeBaseline ? { writeBaseline } : {}) };
}

export class ReportWriteError extends Error {}

/** The scanned files' text for reports that quote them (HTML), read once each; only files the run read. */
function sourceReader(files: readonly string[]): (file: string) => string | undefined {
  const scanned = new Set(files);
  const cache = new Map<string, string | undefined>();
  return (file) => {
    // A Terraform module is scanned as its folder; its findings point at the .tf files in it.
    if (!scanned.has(file) && !scanned.has(dirname(file))) return undefined;
    if (!cache.has(file)) {
      let text: string | undefined;
      try {
        text = readFileSync(file, 'utf8');
      } catch {
        text = undefined;
      }
      cache.set(file, text);
    }
    return cache.get(file);
  };
}

function writeReport(path: string, text: string, io: CliEnvironment): void {
  try {
    writeFileSync(path, text);
  } catch (error) {
    throw new ReportWriteError(`cannot write the report to ${relative(io.cwd, path) || path}: ${plainMessage(error)}`);
  }
}

/** `--report FORMAT=FILE`: one run, several reports (SARIF for code scanning beside a Markdown summary). */
function extraReport(option: string, io: CliEnvironment): { format: FormatName; path: string } {
  const separator = option.indexOf('=');
  const format = option.slice(0, Math.max(separator, 0)) as FormatName;
  const file = option.slice(separator + 1);
  if (separator <= 0 || file === '') throw new UsageError(`--report needs FORMAT=FILE, got "${option}"`);
  if (!FORMATS.includes(format)) throw new UsageError(`unknown format "${format}" in --report (expected ${FORMATS.join(', ')})`);
  return { format, path: prepareOutput(file, io) };
}

/** The entries of the `--baseline` file; a BaselineError naming the file when it can not be read or is not a baseline. */
function readBaseline(file: string, io: CliEnvironment): BaselineEntry[] {
  const path = resolve(io.cwd, file);
  let text: string;
  try {
    if (statSync(path).size > BASELINE_MAX_BYTES) throw new Error(`larger than ${BASELINE_MAX_BYTES / 1024 / 1024} MB`);
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new BaselineError(`cannot read baseline ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : plainMessage(error)}`);
  }
  return parseBaseline(text, file);
}

/** What chooses the rules on the command line (`scan`, `scan aws`, `fix`, `export config`). */
export interface RuleOptionValues {
  only?: string[] | undefined;
  skip?: string[] | undefined;
  param?: string[] | undefined;
  'rules-set'?: string | undefined;
  framework?: string | undefined;
}

/** The options' rule set: `--rules-set NAME`, or the set of the framework `--framework ID` names. */
export function ruleSetOption(values: RuleOptionValues): string | undefined {
  const framework = frameworkOption(values.framework);
  if (framework && values['rules-set'] !== undefined) throw new UsageError('--framework and --rules-set do not go together: --framework runs the rules of that framework');
  return framework ?? values['rules-set'];
}

/** `--framework ID` as the user typed it (`cis-3.0`, `fsbp`): the framework's id; a usage error when it names none. */
export function frameworkOption(text: string | undefined): FrameworkId | undefined {
  if (text === undefined) return undefined;
  const id = parseFrameworkId(text);
  if (!id) throw new UsageError(`unknown framework "${text}" (expected one of ${FRAMEWORK_IDS.join(', ')})`);
  return id;
}

/**
 * `--only`, `--skip`, `--param`, `--rules-set` and the config file's rule settings: the rules to run.
 * `otherRuleIds`: Guard rules of the run, which `--only` and `--skip` may name too.
 */
export function rulesFromOptions(values: RuleOptionValues, config: ToseiConfig | undefined, otherRuleIds?: ReadonlySet<string>): ActiveRule[] {
  const ruleSet = ruleSetOption(values);
  const framework = frameworkOption(values.framework);
  let active: ActiveRule[];
  try {
    active = selectRules(builtinRules, {
      only: splitList(values.only),
      skip: splitList(values.skip),
      parameters: parseParamOptions(values.param ?? []),
      ...(config ? { config } : {}),
      ...(ruleSet ? { ruleSet } : {}),
      ...(otherRuleIds ? { otherRuleIds } : {}),
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  // --framework runs exactly the framework's rules: not a rule the settings name outside it.
  return framework ? active.filter((rule) => (rule.rule.meta.frameworks?.[framework]?.length ?? 0) > 0) : active;
}

/** `--parameters`, `--region`, `--account-id`: the values template intrinsics resolve against. */
export function templateInputsFromOptions(values: { parameters?: string | undefined; region?: string | undefined; 'account-id'?: string | undefined }, io: CliEnvironment): TemplateInputs {
  const inputs: TemplateInputs = {};
  if (values.parameters) {
    try {
      inputs.parameters = parseParameterFile(readFileSync(resolve(io.cwd, values.parameters), 'utf8'), values.parameters);
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
  }
  if (values.region) inputs.region = values.region;
  if (values['account-id']) inputs.accountId = values['account-id'];
  return inputs;
}

/**
 * Writes the report to `--output` or stdout and returns the exit status: 2 when an input could not
 * be read, 1 for failing verdicts at or above the threshold (unless `--soft-fail`), else 0.
 * `scanned`: the paths the user asked to scan (absolute), within which a baseline entry not found is fixed.
 */
export function emitReport(report: ScanReport, settings: ReportSettings, values: ReportOptionValues, io: CliEnvironment, scanned?: readonly string[]): number {
  if (settings.baseline) applyBaseline(report, settings.baseline.entries, settings.baseline.file, io.cwd, scanned);
  const toFile = values.output !== undefined;
  const context = reportContext(settings, values, io, report.files);
  let output: string;
  try {
    output = formatters[settings.format](report, context);
    const plain = { ...context, color: false };
    for (const extra of settings.reports) writeReport(extra.path, formatters[extra.format](report, plain), io);
  } catch (error) {
    if (!(error instanceof FormatError || error instanceof ReportWriteError)) throw error;
    io.stderr(`tosei: ${error.message}\n`);
    return EXIT.error;
  }
  if (toFile) {
    try {
      writeFileSync(settings.output ?? resolve(io.cwd, values.output as string), output);
    } catch (error) {
      io.stderr(`tosei: cannot write the report to ${values.output}: ${plainMessage(error)}\n`);
      return EXIT.error;
    }
  } else io.stdout(output);
  if (settings.writeBaseline) return writeBaselineFile(report, settings.writeBaseline, values['write-baseline'] as string, io);
  if (report.problems.some((problem) => problem.level === 'error')) return EXIT.error;
  const failing = report.evaluations.some((evaluation) => isFailingAt(evaluation, settings.threshold));
  return failing && !values['soft-fail'] ? EXIT.failing : EXIT.ok;
}

/** What the formatters of a run's reports know; `files`: the scanned files, which reports that quote them (HTML) may read. */
export function reportContext(settings: ReportSettings, values: ReportOptionValues, io: CliEnvironment, files: readonly string[]): FormatContext {
  const framework = frameworkOption(values.framework);
  return {
    cwd: io.cwd,
    color: values.output === undefined && !values['no-color'] && wantsColor(io),
    severityThreshold: settings.threshold,
    ruleUrl: (id) => `${DOCS_BASE_URL}/${id}.md`,
    ...(values['show-suppressed'] ? { showSuppressed: true } : {}),
    generatedAt: new Date().toISOString(),
    source: sourceReader(files),
    aws: { ...(values['account-id'] ? { accountId: values['account-id'] } : {}), ...(values.region ? { region: values.region } : {}) },
    ...(values.quiet ? { quiet: true } : {}),
    ...(framework ? { framework } : {}),
  };
}

/** `--write-baseline`: today's findings, accepted; exit 0 unless an input could not be read (the baseline would miss its findings). */
function writeBaselineFile(report: ScanReport, path: string, file: string, io: CliEnvironment): number {
  const entries = baselineOf(report.evaluations, io.cwd);
  try {
    writeFileSync(path, formatBaseline(entries));
  } catch (error) {
    io.stderr(`tosei: cannot write the baseline to ${file}: ${plainMessage(error)}\n`);
    return EXIT.error;
  }
  io.stderr(`tosei: wrote ${entries.length} finding${entries.length === 1 ? '' : 's'} to the baseline ${file}\n`);
  return report.problems.some((problem) => problem.level === 'error') ? EXIT.error : EXIT.ok;
}

export interface Progress {
  done: number;
  total: number;
  /** What is being worked on, e.g. a file or `eu-west-1 AWS::EC2::VPC`. */
  task: string;
}

/** A run that takes longer than this shows its progress (on a terminal). */
export const PROGRESS_DELAY_MS = 1000;

/**
 * A one-line progress bar on stderr, redrawn in place; undefined when stderr is not a terminal
 * (CI logs and redirected output stay clean). Nothing is drawn in the first second, so quick
 * runs never flicker.
 */
export function progressBar(io: CliEnvironment, now: () => number = () => performance.now()): { update: (progress: Progress) => void; done: () => void } | undefined {
  if (!io.stderrIsTTY) return undefined;
  const WIDTH = 24;
  const delay = io.progressDelayMs ?? PROGRESS_DELAY_MS;
  const started = now();
  let drawn = false;
  return {
    update({ done, total, task }) {
      if (now() - started < delay) return;
      const filled = total === 0 ? WIDTH : Math.round((done / total) * WIDTH);
      io.stderr(`\r\x1b[2K[${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${done}/${total} ${withoutControlChars(task)}`);
      drawn = true;
    },
    done() {
      if (drawn) io.stderr('\r\x1b[2K');
      drawn = false;
    },
  };
}
