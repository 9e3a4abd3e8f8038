import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ConfigError, parseConfig, type ToseiConfig } from '../config/config.js';
import { renderRuleDoc, renderRuleIndex } from '../docs/rule-docs.js';
import { SEVERITIES, type Severity } from '../model/evaluation.js';
import { FORMATS, formatters, type FormatName } from '../report/index.js';
import { isFailingAt, type FormatContext } from '../report/types.js';
import { builtinRules } from '../rules/index.js';
import { scan, selectRules } from '../scan/index.js';
import { parseParameterFile } from '../scan/template-inputs.js';
import { DOCS_BASE_URL, TOOL, VERSION } from '../version.js';

/** What the CLI may touch of its environment; tests pass their own. */
export interface CliEnvironment {
  cwd: string;
  env: Record<string, string | undefined>;
  stdoutIsTTY: boolean;
  stdout(text: string): void;
  stderr(text: string): void;
}

export const EXIT = { ok: 0, failing: 1, error: 2 } as const;

class UsageError extends Error {}

const USAGE = `Usage: tosei <command> [options]

Commands:
  scan PATH...          scan CloudFormation/SAM templates, Terraform directories and plan JSON
  rules                 list the rules
  rules docs DIR        write one Markdown page per rule into DIR
  export config         write a CloudFormation template with the rules for AWS Config and their remediations
  remediate             fix NON_COMPLIANT resources with SSM Automation runbooks (dry run unless --apply)

Run \`tosei scan --help\` for the scan options.
`;

const SCAN_USAGE = `Usage: tosei scan PATH... [options]

  --format FORMAT             ${FORMATS.join(' | ')} (default text)
  --output FILE               write the report to FILE instead of stdout
  --only ID,...               run only these rules
  --skip ID,...               do not run these rules
  --param RULE_ID.name=value  set a rule parameter (repeatable)
  --config FILE               settings file (default: .tosei.yml or .tosei.yaml if present)
  --parameters FILE           template parameter values (CLI JSON list or {"Key": "Value"})
  --region REGION             value of AWS::Region (and AWS::Partition, AWS::URLSuffix)
  --account-id ID             value of AWS::AccountId
  --var NAME=VALUE            Terraform variable for HCL directories (repeatable)
  --var-file FILE             Terraform variable file (.tfvars or .tfvars.json; repeatable)
  --severity-threshold LEVEL  only failures at or above LEVEL fail the run (${SEVERITIES.join(', ')})
  --soft-fail                 exit 0 even when rules fail (read errors still exit 2)
  --no-color                  no colours in text output (NO_COLOR is honoured too)

Exit status: 0 no failing verdicts, 1 failing verdicts, 2 an input could not be read or bad usage.
`;

const SCAN_OPTIONS = {
  format: { type: 'string' },
  output: { type: 'string', short: 'o' },
  only: { type: 'string', multiple: true },
  skip: { type: 'string', multiple: true },
  param: { type: 'string', multiple: true },
  config: { type: 'string' },
  parameters: { type: 'string' },
  region: { type: 'string' },
  'account-id': { type: 'string' },
  var: { type: 'string', multiple: true },
  'var-file': { type: 'string', multiple: true },
  'severity-threshold': { type: 'string' },
  'soft-fail': { type: 'boolean' },
  'no-color': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} satisfies ParseArgsConfig['options'];

/** Runs the CLI and returns the exit code; never calls process.exit. */
export async function main(argv: readonly string[], io: CliEnvironment): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'scan':
        return await runScan(rest, io);
      case 'rules':
        return runRules(rest, io);
      case 'remediate':
        return (await import('./remediate.js')).runRemediate(rest, io);
      case 'export':
        return (await import('./export.js')).runExport(rest, io);
      case '--version':
      case '-v':
      case 'version':
        io.stdout(`${VERSION}\n`);
        return EXIT.ok;
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        io.stdout(USAGE);
        return command === undefined ? EXIT.error : EXIT.ok;
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (error) {
    if (error instanceof UsageError || error instanceof ConfigError) {
      io.stderr(`tosei: ${error.message}\n`);
      return EXIT.error;
    }
    throw error;
  }
}

function parse<Options extends NonNullable<ParseArgsConfig['options']>>(args: readonly string[], options: Options) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true as const });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

async function runScan(args: readonly string[], io: CliEnvironment): Promise<number> {
  const { values, positionals } = parse(args, SCAN_OPTIONS);
  if (values.help) {
    io.stdout(SCAN_USAGE);
    return EXIT.ok;
  }
  if (positionals.length === 0) throw new UsageError('scan needs at least one PATH (try `tosei scan .`)');
  const format = (values.format ?? 'text') as FormatName;
  if (!FORMATS.includes(format)) throw new UsageError(`unknown format "${format}" (expected ${FORMATS.join(', ')})`);
  const { config, configFile } = loadConfig(values.config, io);
  const threshold = severityOption(values['severity-threshold']) ?? config?.severityThreshold ?? 'info';
  let rules;
  try {
    rules = selectRules(builtinRules, {
      only: splitList(values.only),
      skip: splitList(values.skip),
      parameters: parseParamOptions(values.param ?? []),
      ...(config ? { config } : {}),
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const inputs: { parameters?: Record<string, string>; region?: string; accountId?: string } = {};
  if (values.parameters) {
    try {
      inputs.parameters = parseParameterFile(readFileSync(resolve(io.cwd, values.parameters), 'utf8'), values.parameters);
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
  }
  if (values.region) inputs.region = values.region;
  if (values['account-id']) inputs.accountId = values['account-id'];

  const terraform: { vars?: Record<string, string>; varFiles?: string[] } = {};
  if (values.var) terraform.vars = parseVarOptions(values.var);
  if (values['var-file']) terraform.varFiles = values['var-file'].map((file) => resolve(io.cwd, file));
  const report = await scan({
    terraform,
    paths: positionals.map((path) => resolve(io.cwd, path)),
    rules,
    inputs,
    tool: TOOL,
    ...(config ? { config } : {}),
    ...(configFile ? { configFile } : {}),
  });
  const toFile = values.output !== undefined;
  const context: FormatContext = {
    cwd: io.cwd,
    color: !toFile && !values['no-color'] && wantsColor(io),
    severityThreshold: threshold,
    ruleUrl: (id) => `${DOCS_BASE_URL}/${id}.md`,
  };
  const output = formatters[format](report, context);
  if (toFile) writeFileSync(resolve(io.cwd, values.output as string), output);
  else io.stdout(output);

  if (report.problems.some((problem) => problem.level === 'error')) return EXIT.error;
  const failing = report.evaluations.some((evaluation) => isFailingAt(evaluation, threshold));
  return failing && !values['soft-fail'] ? EXIT.failing : EXIT.ok;
}

function runRules(args: readonly string[], io: CliEnvironment): number {
  const { values, positionals } = parse(args, { format: { type: 'string' }, help: { type: 'boolean', short: 'h' } });
  if (values.help) {
    io.stdout('Usage: tosei rules [--format text|json]\n       tosei rules docs DIR\n');
    return EXIT.ok;
  }
  if (positionals[0] === 'docs') {
    const directory = positionals[1];
    if (!directory) throw new UsageError('rules docs needs a directory');
    const target = resolve(io.cwd, directory);
    mkdirSync(target, { recursive: true });
    for (const rule of builtinRules) writeFileSync(join(target, `${rule.meta.id}.md`), renderRuleDoc(rule));
    writeFileSync(join(target, 'README.md'), renderRuleIndex(builtinRules));
    io.stderr(`wrote ${builtinRules.length} rule pages and README.md to ${directory}\n`);
    return EXIT.ok;
  }
  if (positionals.length > 0) throw new UsageError(`unknown rules subcommand "${positionals[0]}"`);
  if (values.format === 'json') {
    const list = builtinRules.map(({ meta }) => ({
      id: meta.id,
      title: meta.title,
      severity: meta.severity,
      resourceTypes: meta.resourceTypes,
      frameworks: meta.frameworks ?? {},
      managedRule: meta.managedRule ?? null,
      parameters: meta.parameters ?? {},
    }));
    io.stdout(`${JSON.stringify(list, null, 2)}\n`);
    return EXIT.ok;
  }
  if (values.format !== undefined && values.format !== 'text') throw new UsageError(`unknown format "${values.format}" (expected text or json)`);
  const rows = builtinRules.map(({ meta }) => [
    meta.id,
    meta.severity,
    meta.resourceTypes.join(', '),
    Object.entries(meta.frameworks ?? {})
      .map(([framework, controls]) => `${framework} ${controls.join('/')}`)
      .join('; '),
  ]);
  const header = ['RULE', 'SEVERITY', 'RESOURCE TYPES', 'FRAMEWORKS'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: string[]): string => cells.map((cell, column) => (column === cells.length - 1 ? cell : cell.padEnd(widths[column] ?? 0))).join('  ').trimEnd();
  io.stdout(`${[line(header), ...rows.map(line)].join('\n')}\n${builtinRules.length} rules\n`);
  return EXIT.ok;
}

function loadConfig(explicit: string | undefined, io: CliEnvironment): { config?: ToseiConfig; configFile?: string } {
  const candidates = explicit ? [explicit] : ['.tosei.yml', '.tosei.yaml'].filter((name) => existsSync(join(io.cwd, name)));
  const file = candidates[0];
  if (!file) return {};
  let text: string;
  try {
    text = readFileSync(resolve(io.cwd, file), 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read config ${file}: ${(error as Error).message}`);
  }
  return { config: parseConfig(text, file, new Set(builtinRules.map((rule) => rule.meta.id))), configFile: file };
}

function severityOption(value: string | undefined): Severity | undefined {
  if (value === undefined) return undefined;
  if (!(SEVERITIES as readonly string[]).includes(value)) throw new UsageError(`--severity-threshold must be one of ${SEVERITIES.join(', ')}`);
  return value as Severity;
}

function splitList(values: string[] | undefined): string[] {
  return (values ?? []).flatMap((value) => value.split(',')).map((value) => value.trim()).filter(Boolean);
}

/** `--var NAME=VALUE`, repeatable. */
function parseVarOptions(values: readonly string[]): Record<string, string> {
  const result: Record<string, string> = {};
  for (const value of values) {
    const separator = value.indexOf('=');
    if (separator <= 0) throw new UsageError(`--var expects NAME=VALUE, got "${value}"`);
    result[value.slice(0, separator)] = value.slice(separator + 1);
  }
  return result;
}

/** `--param RULE_ID.name=value`, repeatable. */
function parseParamOptions(values: readonly string[]): Record<string, Record<string, string>> {
  const result: Record<string, Record<string, string>> = {};
  for (const value of values) {
    const match = /^([A-Z0-9_]+)\.([A-Za-z0-9_]+)=(.*)$/s.exec(value);
    if (!match) throw new UsageError(`--param expects RULE_ID.name=value, got "${value}"`);
    const [, ruleId, name, parameterValue] = match as unknown as [string, string, string, string];
    (result[ruleId] ??= {})[name] = parameterValue;
  }
  return result;
}

/** Colour on a TTY unless NO_COLOR is set (https://no-color.org); FORCE_COLOR forces it. */
function wantsColor(io: CliEnvironment): boolean {
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0') return true;
  return io.stdoutIsTTY;
}
