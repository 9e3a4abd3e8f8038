import type { ParseArgsConfig } from 'node:util';
import { evaluateDocument } from '../engine/run.js';
import { Suppressions } from '../engine/suppressions.js';
import { readLiveInventory, referencedByDependents, relatedOf, relatedTypesToRead, typesToRead } from '../live/index.js';
import type { Evaluation, ScanProblem } from '../model/evaluation.js';
import { FORMATS } from '../report/index.js';
import type { ScanReport } from '../report/types.js';
import type { RuleMeta } from '../rules/types.js';
import { TOOL } from '../version.js';
import { emitReport, EXIT, parse, progressBar, REPORT_OPTIONS, reportSettings, splitList, UsageError, type CliEnvironment, type ReportSettings } from './common.js';
import { storeOptions, STORE_OPTIONS, STORE_USAGE, storeRequested, withStore } from './store.js';
import { recordRun } from '../store/index.js';

export const SCAN_AWS_USAGE = `Usage: tosei scan aws [options]

Reads an AWS account's resources (Cloud Control API, and EC2, S3, SQS, RDS, IAM and ACM APIs where
rules need more) and runs the rules on them. Credentials: the AWS SDK's default chain, --profile, or
--role-arn (assumed with STS; repeat it to scan several accounts).

  --regions R1,R2             regions to read (default AWS_REGION)
  --profile NAME              profile from ~/.aws/config and ~/.aws/credentials
  --role-arn ARN              role to assume; repeatable: one scan per role
  --types TYPE,...            CloudFormation types to read (default: what the selected rules check)
  --concurrency N             most AWS calls in flight at once (default 8)
  --max-attempts N            attempts per call, throttling retries included (default 5; adaptive retry)
  --store                     record the evaluations in the evaluation store (also with --database-url,
                              --store-file or DATABASE_URL)
${STORE_USAGE}
  --format FORMAT             ${FORMATS.join(' | ')} (default text)
  --output FILE, --report FORMAT=FILE, --rules-set, --framework ID, --only, --skip, --param, --config,
  --severity-threshold, --soft-fail, --no-color, --show-suppressed, --quiet, --baseline FILE,
  --write-baseline FILE, --ignore-foreign-suppressions
                              as for \`tosei scan\`

Exit status: 0 no failing verdicts, 1 failing verdicts, 2 a region, type or account could not be
read (the rest is still read and reported) or bad usage.
`;

/** What a live scan reads and how: the options `scan aws` and `report --framework --live` share. */
export const LIVE_OPTIONS = {
  regions: { type: 'string', multiple: true },
  profile: { type: 'string' },
  'role-arn': { type: 'string', multiple: true },
  types: { type: 'string', multiple: true },
  concurrency: { type: 'string' },
  'max-attempts': { type: 'string' },
} satisfies ParseArgsConfig['options'];

const SCAN_AWS_OPTIONS = {
  ...REPORT_OPTIONS,
  ...STORE_OPTIONS,
  ...LIVE_OPTIONS,
  store: { type: 'boolean' },
} satisfies ParseArgsConfig['options'];

function positiveInteger(value: string | undefined, option: string): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new UsageError(`${option} must be a positive whole number, got "${value}"`);
  return number;
}

export interface LiveOptionValues {
  regions?: string[] | undefined;
  profile?: string | undefined;
  'role-arn'?: string[] | undefined;
  types?: string[] | undefined;
  concurrency?: string | undefined;
  'max-attempts'?: string | undefined;
  'ignore-foreign-suppressions'?: boolean | undefined;
}

export interface LiveScan {
  report: ScanReport;
  accounts: string[];
  regions: string[];
  types: string[];
}

/** Reads the account(s) and runs the selected rules on what was read: a report like a file scan's. */
export async function liveScan(values: LiveOptionValues, settings: Pick<ReportSettings, 'rules' | 'config' | 'configFile'>, io: CliEnvironment, command = 'scan aws'): Promise<LiveScan> {
  const regions = splitList(values.regions);
  const defaultRegion = io.env.AWS_REGION ?? io.env.AWS_DEFAULT_REGION;
  if (regions.length === 0 && defaultRegion) regions.push(defaultRegion);
  if (regions.length === 0) throw new UsageError(`${command} needs --regions (or AWS_REGION)`);
  const explicitTypes = splitList(values.types);
  // The rules' subjects and the neighbours they declare they read (`related`), from the shared registry.
  const types = explicitTypes.length > 0 ? explicitTypes : typesToRead(settings.rules.flatMap((active) => active.rule.meta.resourceTypes), relatedTypesToRead(relatedOf(settings.rules)));
  const dependents = referencedByDependents(settings.rules);
  const concurrency = positiveInteger(values.concurrency, '--concurrency');
  const maxAttempts = positiveInteger(values['max-attempts'], '--max-attempts');

  const suppressions = new Suppressions(settings.config?.exceptions ?? [], {
    ...(settings.configFile ? { configFile: settings.configFile } : {}),
    ...(values['ignore-foreign-suppressions'] ? { ignoreForeign: true } : {}),
  });
  const evaluations: Evaluation[] = [];
  const problems: ScanProblem[] = [];
  const files: string[] = [];
  const accounts: string[] = [];
  const progress = progressBar(io);
  for (const roleArn of values['role-arn'] ?? [undefined]) {
    const inventory = await readLiveInventory({
      regions,
      types,
      dependents,
      ...(roleArn ? { roleArn } : {}),
      ...(values.profile ? { profile: values.profile } : {}),
      ...(concurrency ? { concurrency } : {}),
      ...(maxAttempts ? { maxAttempts } : {}),
      ...(progress ? { onProgress: progress.update } : {}),
    });
    progress?.done();
    if (inventory.accountId) accounts.push(inventory.accountId);
    problems.push(...inventory.problems);
    for (const document of inventory.documents) {
      files.push(document.file);
      // One at a time (not push(...)): a region of 100,000 resources gives more evaluations than a call's arguments.
      const result = evaluateDocument(document, settings.rules, { live: true, now: new Date(), suppressions, onEvaluation: (evaluation) => evaluations.push(evaluation) });
      problems.push(...result.problems);
    }
  }
  problems.push(...suppressions.problems, ...suppressions.unused());
  const rules: Record<string, RuleMeta> = {};
  for (const active of settings.rules) rules[active.rule.meta.id] = active.rule.meta;
  return { report: { tool: TOOL, files, evaluations, problems, rules }, accounts, regions, types };
}

/** `tosei scan aws`: the live scan, reported like a file scan. */
export async function runScanAws(args: readonly string[], io: CliEnvironment): Promise<number> {
  const { values, positionals } = parse(args, SCAN_AWS_OPTIONS, SCAN_AWS_USAGE);
  if (values.help) {
    io.stdout(SCAN_AWS_USAGE);
    return EXIT.ok;
  }
  if (positionals.length > 0) throw new UsageError(`scan aws takes no paths (got "${positionals[0]}")`);
  const settings = reportSettings(values, io);
  const started = new Date();
  const { report, accounts, regions, types } = await liveScan(values, settings, io);
  const { evaluations, problems } = report;

  // The report comes first: a store that can not be written to must not hide the scan's results.
  const status = emitReport(report, settings, values, io);
  const store = storeOptions(values, io);
  if (!storeRequested(values, store)) return status;
  try {
    await withStore(store, async (db) => {
      const run = await recordRun(db, { source: 'live', evaluations, startedAt: started, metadata: { accounts, regions, types, problems: problems.filter((problem) => problem.level === 'error').length } });
      io.stderr(`tosei: recorded ${run.recorded} evaluations (${run.changed} changed status) as run ${run.runId}\n`);
    });
  } catch (error) {
    io.stderr(`tosei: the evaluations were not recorded: ${(error as Error).message}\n`);
    return EXIT.error;
  }
  return status;
}
