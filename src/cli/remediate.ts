import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ParseArgsConfig } from 'node:util';
import type { Evaluation } from '../model/evaluation.js';
import { evaluationsFromReport, ResultsError } from '../report/results.js';
import { awsServices, sdkApiCaller, assumeRoleCaller, type SdkCallerOptions } from '../remediate/aws.js';
import { parseRemediationSettings, RemediationConfigError, type RemediationSettings } from '../remediate/configuration.js';
import { parseRunbook, RunbookError } from '../remediate/document.js';
import { liveReader } from '../remediate/reevaluate.js';
import { applyPlan, planRemediation, RunbookCatalog, type RemediationOutcome, type RemediationPlan } from '../remediate/remediate.js';
import { builtinRules } from '../rules/index.js';
import { selectRules } from '../scan/index.js';
import { complianceSince, openStore, recordRun, type LatestStatus } from '../store/index.js';
import { RemediationStore } from '../store/remediation.js';
import type { CliEnvironment } from './main.js';
import { parse, parseParamOptions, splitList, UsageError } from './common.js';
import { storeOptions, STORE_OPTIONS, STORE_USAGE, withStore } from './store.js';

const USAGE = `Usage: tosei remediate (--results FILE | --store) [options]

Fixes NON_COMPLIANT resources with SSM Automation runbooks. Without --apply, prints the plan and
changes nothing (and contacts no AWS service).

  --results FILE        evaluations to fix: a report of \`tosei scan --format json\` (live resources)
  --store               evaluations to fix: the latest ones in the store
  --rule ID,...         only these rules
  --resource ID,...     only these resources (ids or globs)
  --param NAME=VALUE    runbook parameter (repeatable; repeat a name for a list)
  --rule-param RULE_ID.name=value
                        rule parameter for re-evaluating the resources (as the scan had it)
  --config FILE         remediation settings: RemediationConfigurations / RemediationExceptions (YAML or JSON)
  --runbook FILE        an SSM Automation document to offer besides the built-in ones (repeatable;
                        its name is the file name without extension)
  --apply               run the plan against AWS (standard SDK settings; AWS_ENDPOINT_URL honoured)
  --format FORMAT       text (default) or json
  --region REGION       AWS region (default: AWS_REGION)
${STORE_USAGE}
                        (--store reads the evaluations there; executions are recorded there)

Exit status: 0 nothing failed, 1 a remediation failed or left the resource non-compliant, 2 bad input.
`;

const OPTIONS = {
  results: { type: 'string' },
  store: { type: 'boolean' },
  rule: { type: 'string', multiple: true },
  resource: { type: 'string', multiple: true },
  param: { type: 'string', multiple: true },
  'rule-param': { type: 'string', multiple: true },
  config: { type: 'string' },
  runbook: { type: 'string', multiple: true },
  apply: { type: 'boolean' },
  format: { type: 'string' },
  region: { type: 'string' },
  ...STORE_OPTIONS,
  help: { type: 'boolean', short: 'h' },
} satisfies ParseArgsConfig['options'];

export class RemediateUsageError extends Error {}

export async function runRemediate(args: readonly string[], io: CliEnvironment): Promise<number> {
  try {
    return await remediate(args, io);
  } catch (error) {
    if (error instanceof RemediateUsageError || error instanceof RunbookError || error instanceof RemediationConfigError) {
      io.stderr(`tosei: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

async function remediate(args: readonly string[], io: CliEnvironment): Promise<number> {
  const { values, positionals } = parse(args, OPTIONS, USAGE);
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`, USAGE);
  if (values.help) {
    io.stdout(USAGE);
    return 0;
  }
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new RemediateUsageError(`unknown format "${format}" (expected text or json)`);
  if ((values.results === undefined) === !values.store) throw new RemediateUsageError('remediate needs exactly one of --results FILE and --store');
  let rules;
  try {
    rules = selectRules(builtinRules, { parameters: parseParamOptions(values['rule-param'] ?? []) });
  } catch (error) {
    throw new RemediateUsageError((error as Error).message);
  }
  const catalog = RunbookCatalog.builtin();
  for (const file of values.runbook ?? []) catalog.add(parseRunbook(readText(io, file), file, { services: awsServices }));
  const settings: RemediationSettings | undefined = values.config ? parseRemediationSettings(readText(io, values.config), values.config) : undefined;
  const store = storeOptions(values, io);

  let evaluations: Evaluation[];
  if (values.results !== undefined) evaluations = parseResults(readText(io, values.results), values.results);
  else evaluations = await withStore(store, async (db) => (await complianceSince(db, new Date(0))).failing.map(fromLatest), { existing: true });

  const plan = planRemediation(evaluations, {
    ...(settings ? { settings } : {}),
    rules: splitList(values.rule),
    resources: splitList(values.resource),
    parameters: parseParams(values.param ?? []),
    catalog,
  });
  if (!values.apply) {
    io.stdout(format === 'json' ? `${JSON.stringify(planJson(plan, 'dry-run'), null, 2)}\n` : renderPlan(plan));
    return 0;
  }

  const region = values.region ?? io.env.AWS_REGION ?? io.env.AWS_DEFAULT_REGION;
  if (!region) throw new RemediateUsageError('--apply needs a region: --region or AWS_REGION');
  const sdkOptions: SdkCallerOptions = { env: io.env, region, ...credentialsFrom(io.env) };
  const db = await openStore(store);
  let outcomes: RemediationOutcome[];
  try {
    outcomes = await applyPlan(plan, {
      callerFor: async (role) => (role ? assumeRoleCaller(role, sdkOptions, 'tosei-remediation') : sdkApiCaller(sdkOptions)),
      readers: [liveReader({ region, env: io.env, ...(sdkOptions.credentials ? { credentials: sdkOptions.credentials } : {}) })],
      rules,
      store: new RemediationStore(db),
      recordEvaluations: async (fresh) => void (await recordRun(db, { source: 'remediation', evaluations: fresh })),
      catalog,
      context: { region },
      onProgress: (message) => {
        if (format === 'text') io.stderr(`${message}\n`);
      },
    });
  } finally {
    await db.close();
  }
  io.stdout(format === 'json' ? `${JSON.stringify({ ...planJson(plan, 'apply'), outcomes: outcomes.map(outcomeJson) }, null, 2)}\n` : renderOutcomes(plan, outcomes));
  return outcomes.some((outcome) => outcome.status === 'failed' || outcome.status === 'still-non-compliant' || outcome.status === 'not-started') ? 1 : 0;
}

function readText(io: CliEnvironment, file: string): string {
  try {
    return readFileSync(resolve(io.cwd, file), 'utf8');
  } catch (error) {
    throw new RemediateUsageError(`cannot read ${file}: ${(error as Error).message}`);
  }
}

/** The evaluations of a `tosei scan --format json` report (version 1). */
export function parseResults(text: string, file: string): Evaluation[] {
  let report: unknown;
  try {
    report = JSON.parse(text);
  } catch (error) {
    throw new RemediateUsageError(`${file}: not JSON (${(error as Error).message}); expected the output of tosei scan --format json`);
  }
  try {
    return evaluationsFromReport(report, file);
  } catch (error) {
    if (error instanceof ResultsError) throw new RemediateUsageError(error.message);
    throw error;
  }
}

/** A failing evaluation kept in the store; resources keyed by ARN or `aws://` were read from AWS. */
function fromLatest(latest: LatestStatus): Evaluation {
  const live = latest.resource.key.startsWith('arn:') || latest.resource.key.startsWith('aws://');
  return {
    ruleId: latest.ruleId,
    status: latest.status,
    severity: latest.severity,
    message: latest.message,
    resource: { type: latest.resource.type, id: latest.resource.id, source: live ? 'cloud-control' : 'cloudformation', ...(latest.resource.arn ? { arn: latest.resource.arn } : {}) },
    location: { file: latest.resource.key.split('#')[0] ?? '', path: [] },
  };
}

/** `--param NAME=VALUE`; a name given twice becomes a list (StringList parameters). */
function parseParams(values: readonly string[]): Record<string, string | string[]> {
  const result: Record<string, string | string[]> = {};
  for (const value of values) {
    const match = /^([A-Za-z0-9_]+)=(.*)$/s.exec(value);
    if (!match) throw new RemediateUsageError(`--param expects NAME=VALUE, got "${value}"`);
    const [, name, parameterValue] = match as unknown as [string, string, string];
    const existing = result[name];
    result[name] = existing === undefined ? parameterValue : [...(Array.isArray(existing) ? existing : [existing]), parameterValue];
  }
  return result;
}

export function credentialsFrom(env: Record<string, string | undefined>): Pick<SdkCallerOptions, 'credentials'> {
  if (!env.AWS_ACCESS_KEY_ID || !env.AWS_SECRET_ACCESS_KEY) return {};
  return { credentials: { accessKeyId: env.AWS_ACCESS_KEY_ID, secretAccessKey: env.AWS_SECRET_ACCESS_KEY, ...(env.AWS_SESSION_TOKEN ? { sessionToken: env.AWS_SESSION_TOKEN } : {}) } };
}

function planJson(plan: RemediationPlan, mode: 'dry-run' | 'apply') {
  return {
    version: 1,
    mode,
    items: plan.items.map((item) => ({
      ruleId: item.ruleId,
      resource: item.resource,
      runbook: item.runbook,
      changes: item.changes,
      mode: item.mode,
      maximumAttempts: item.mode === 'automatic' ? item.configuration.MaximumAutomaticAttempts : 1,
      retryAttemptSeconds: item.configuration.RetryAttemptSeconds,
      parameters: item.parameters,
      calls: item.calls,
    })),
    skipped: plan.skipped,
  };
}

function outcomeJson(outcome: RemediationOutcome) {
  return {
    ruleId: outcome.item.ruleId,
    resource: outcome.item.resource,
    status: outcome.status,
    message: outcome.message,
    ...(outcome.reevaluation ? { reevaluation: outcome.reevaluation } : {}),
    executions: outcome.executions,
  };
}

function renderPlan(plan: RemediationPlan): string {
  const lines = ['Remediation plan (dry run: nothing is changed; add --apply to run it)', ''];
  for (const item of plan.items) {
    lines.push(`${item.ruleId}  ${item.resource.type} ${item.resource.id}`);
    lines.push(`  runbook:    ${item.runbook} (${item.mode}${item.mode === 'automatic' ? `, up to ${item.configuration.MaximumAutomaticAttempts} attempts in ${item.configuration.RetryAttemptSeconds} s` : ''})`);
    if (item.changes) lines.push(`  changes:    ${item.changes}`);
    lines.push('  parameters:');
    for (const [name, value] of Object.entries(item.parameters)) lines.push(`    ${name} = ${typeof value === 'string' ? value : JSON.stringify(value)}`);
    lines.push('  API calls, in order:');
    item.calls.forEach((call, index) => {
      const notes = [call.readOnly ? 'read' : '', call.conditional ? 'depends on an earlier step' : ''].filter(Boolean).join(', ');
      lines.push(`    ${index + 1}. ${call.service} ${call.api} ${JSON.stringify(call.input)}${notes ? `  (${notes})` : ''}`);
    });
    lines.push('');
  }
  if (plan.skipped.length > 0) {
    lines.push('Not remediated:');
    for (const skipped of plan.skipped) lines.push(`  ${skipped.ruleId}  ${skipped.resource.type} ${skipped.resource.id}: ${skipped.reason}`);
    lines.push('');
  }
  lines.push(`${plan.items.length} resource${plan.items.length === 1 ? '' : 's'} to remediate, ${plan.skipped.length} not remediated`);
  return `${lines.join('\n')}\n`;
}

function renderOutcomes(plan: RemediationPlan, outcomes: readonly RemediationOutcome[]): string {
  const lines: string[] = [];
  for (const outcome of outcomes) {
    lines.push(`${outcome.status.toUpperCase()}  ${outcome.item.ruleId}  ${outcome.item.resource.type} ${outcome.item.resource.id}: ${outcome.message}`);
    for (const execution of outcome.executions) {
      lines.push(`  execution ${execution.executionId}: ${execution.status}${execution.error ? ` (${execution.error})` : ''}`);
      for (const step of execution.steps) lines.push(`    ${step.name}: ${step.status}${step.attempts > 1 ? ` after ${step.attempts} attempts` : ''}${step.error ? ` (${step.error})` : ''}`);
    }
  }
  for (const skipped of plan.skipped) lines.push(`SKIPPED  ${skipped.ruleId}  ${skipped.resource.type} ${skipped.resource.id}: ${skipped.reason}`);
  const count = (status: string): number => outcomes.filter((outcome) => outcome.status === status).length;
  lines.push(
    `${count('remediated')} remediated, ${count('already-compliant')} already compliant, ${count('failed') + count('still-non-compliant')} failed, ${count('not-started')} not started, ${plan.skipped.length + count('excepted') + count('undecided') + count('resource-gone')} skipped`,
  );
  return `${lines.join('\n')}\n`;
}
