/**
 * `tosei report --framework ID`: every control of a framework with PASS, FAIL, UNKNOWN or NOT
 * COVERED, judged from a scan's JSON report (`--input`), a live scan (`--live`) or the
 * evaluation store (the default).
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { frameworkReport, type FrameworkReport, type Verdict } from '../frameworks/compliance.js';
import { FRAMEWORK_IDS } from '../frameworks/index.js';
import { STATUSES, type Status } from '../model/evaluation.js';
import { FRAMEWORK_FORMATS, formatFrameworkReport, totalsLine, type FrameworkFormat } from '../report/formatters/framework.js';
import { builtinRules } from '../rules/index.js';
import { latestOfRules } from '../store/index.js';
import { EXIT, frameworkOption, loadConfig, parse, plainMessage, prepareOutput, rulesFromOptions, UsageError, type CliEnvironment } from './common.js';
import { LIVE_OPTIONS, liveScan } from './scan-aws.js';
import { storeOptions, STORE_OPTIONS, STORE_USAGE, withStore } from './store.js';

export const FRAMEWORK_REPORT_USAGE = `Usage: tosei report --framework ID [--input REPORT.json | --live --regions R] [options]

Compliance with a framework: every control with PASS (its rules judged and nothing failed), FAIL
(with the failing resources), UNKNOWN (insufficient data, or a rule that judged nothing) or
NOT COVERED (a manual control, or one no Tosei rule decides), and the totals, which add up to the
framework's control count. The verdicts come from:

  --input FILE                a scan's JSON report (tosei scan … --framework ID --format json)
  --live                      a live scan of the account, with the framework's rules (as tosei scan
                              aws: --regions, --profile, --role-arn, --types, --concurrency,
                              --max-attempts; --config and --param set rule parameters)
  (neither)                   the evaluation store: the latest verdict of every resource
${STORE_USAGE}

  --framework ID              ${FRAMEWORK_IDS.join(', ')}
  --format FORMAT             ${FRAMEWORK_FORMATS.join(' | ')} (default text)
  --output FILE               write the report to FILE instead of stdout

Exit status: 0 no control fails, 1 a control fails, 2 the verdicts could not be read or bad usage.
`;

const OPTIONS = {
  ...STORE_OPTIONS,
  ...LIVE_OPTIONS,
  framework: { type: 'string' },
  input: { type: 'string' },
  live: { type: 'boolean' },
  config: { type: 'string' },
  param: { type: 'string', multiple: true },
  format: { type: 'string' },
  output: { type: 'string', short: 'o' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Reports larger than this are not read (a scan of 50,000 resources writes about 100 MB). */
const MAX_INPUT_BYTES = 512 * 1024 * 1024;

export async function runFrameworkReport(args: readonly string[], io: CliEnvironment): Promise<number> {
  const { values, positionals } = parse(args, OPTIONS, FRAMEWORK_REPORT_USAGE);
  if (values.help) {
    io.stdout(FRAMEWORK_REPORT_USAGE);
    return EXIT.ok;
  }
  if (positionals.length > 0) throw new UsageError(`report takes no arguments (got "${positionals[0]}")`, FRAMEWORK_REPORT_USAGE);
  const framework = frameworkOption(values.framework);
  if (!framework) throw new UsageError('report --framework needs a framework id', FRAMEWORK_REPORT_USAGE);
  const format = (values.format ?? 'text') as FrameworkFormat;
  if (!FRAMEWORK_FORMATS.includes(format)) throw new UsageError(`unknown format "${values.format}" (expected ${FRAMEWORK_FORMATS.join(', ')})`, FRAMEWORK_REPORT_USAGE);
  if (values.input !== undefined && values.live) throw new UsageError('--input and --live do not go together: the verdicts come from one place', FRAMEWORK_REPORT_USAGE);
  const output = values.output === undefined ? undefined : prepareOutput(values.output, io);
  const rules = builtinRules.map((rule) => rule.meta);
  const generatedAt = new Date().toISOString();

  let report: FrameworkReport;
  if (values.input !== undefined) {
    report = frameworkReport(framework, rules, readReportVerdicts(values.input, io), { source: values.input, generatedAt });
  } else if (values.live) {
    const loaded = loadConfig(values.config, io);
    const active = rulesFromOptions({ framework, param: values.param }, loaded.config);
    const scan = await liveScan(values, { rules: active, ...loaded }, io, 'report --live');
    for (const problem of scan.report.problems) if (problem.level === 'error') io.stderr(`tosei: ${problem.file}: ${problem.message}\n`);
    const verdicts = scan.report.evaluations.map((evaluation): Verdict => ({ ...evaluation, suppressed: evaluation.suppressed !== undefined }));
    const source = `a live scan of ${scan.accounts.length > 0 ? scan.accounts.join(', ') : 'the account'} in ${scan.regions.join(', ')}`;
    report = frameworkReport(framework, rules, verdicts, { source, generatedAt });
  } else {
    const ids = rules.filter((meta) => (meta.frameworks?.[framework]?.length ?? 0) > 0).map((meta) => meta.id);
    const store = storeOptions(values, io);
    const latest = await withStore(store, (db) => latestOfRules(db, ids), { existing: true });
    report = frameworkReport(framework, rules, latest, { source: `the evaluation store (${store.url ? 'PostgreSQL' : store.file})`, generatedAt });
  }

  const text = formatFrameworkReport(report, format);
  if (output) {
    try {
      writeFileSync(output, text);
    } catch (error) {
      throw new UsageError(`cannot write --output ${values.output}: ${plainMessage(error)}`);
    }
    io.stderr(`wrote ${report.framework.id}: ${totalsLine(report)} to ${values.output}\n`);
  } else io.stdout(text);
  return report.totals.FAIL > 0 ? EXIT.failing : EXIT.ok;
}

/**
 * The verdicts of a Tosei JSON report (`tosei scan --format json`, version 1). A file that is not
 * one, or a result without a rule, a known status or a resource, is an error: a control is
 * never judged from a report half read.
 */
export function readReportVerdicts(file: string, io: CliEnvironment): Verdict[] {
  const path = resolve(io.cwd, file);
  let json: unknown;
  try {
    if (statSync(path).size > MAX_INPUT_BYTES) throw new Error(`larger than ${MAX_INPUT_BYTES / 1024 / 1024} MB`);
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new UsageError(`cannot read --input ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : plainMessage(error)}`);
  }
  const results = isObject(json) && json.version === 1 && Array.isArray(json.results) ? json.results : undefined;
  if (!results) throw new UsageError(`--input ${file} is not a Tosei JSON report (tosei scan --format json)`);
  return results.map((result: unknown, index): Verdict => {
    const resource = isObject(result) && isObject(result.resource) ? result.resource : undefined;
    if (
      !isObject(result) ||
      typeof result.ruleId !== 'string' ||
      !STATUSES.includes(result.status as Status) ||
      !resource ||
      typeof resource.type !== 'string' ||
      typeof resource.id !== 'string'
    ) {
      throw new UsageError(`--input ${file}: result ${index + 1} has no rule, status or resource`);
    }
    return {
      ruleId: result.ruleId,
      status: result.status as Status,
      suppressed: result.suppressed !== undefined && result.suppressed !== null,
      message: typeof result.message === 'string' ? result.message : '',
      resource: {
        type: resource.type,
        id: resource.id,
        ...(typeof resource.arn === 'string' ? { arn: resource.arn } : {}),
        ...(typeof resource.address === 'string' ? { address: resource.address } : {}),
      },
    };
  });
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
