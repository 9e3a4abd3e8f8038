import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse, UsageError } from './common.js';
import { didYouMean } from '../text/suggest.js';
import { guardRulePaths, guardRulesOnce } from '../guard/gates.js';
import { handleConfigEvent, NoRuleError, type ConfigRuleResult } from '../gates/config-rule/handler.js';
import { recordConfigRuleResult } from '../gates/config-rule/store.js';
import { storeOptions, STORE_OPTIONS, STORE_USAGE, storeRequested, withStore } from './store.js';
import type { CliEnvironment } from './main.js';

const USAGE = `Usage: tosei config-rule invoke --event FILE [--rule ID] [options]

Runs the AWS Config rule Lambda handler on a saved Lambda event (the JSON AWS Config sends the
function: invokingEvent, ruleParameters, resultToken) and prints the evaluations. Without
--dry-run it does what the Lambda does: reads from AWS what the rule needs beside the item and
calls PutEvaluations, where the standard SDK settings point (the credential chain, AWS_REGION,
AWS_ENDPOINT_URL / AWS_ENDPOINT_URL_<SERVICE>). A result token of TESTMODE puts with TestMode
(Config changes nothing).

  --event FILE     the event JSON (as Config sends it to the Lambda function)
  --rule ID        the rule to run (default: TOSEI_RULE; a toseiRule rule parameter overrides both)
  --dry-run        evaluate the configuration item the event carries and call nothing: no
                   credentials needed, nothing put (what the rule reads beside the item is not read)
  --rules PATH     Guard rule files or directories (.guard) (repeatable; default TOSEI_GUARD_RULES,
                   comma-separated); --rule may then name one of their rules, run on the configuration item
  --format FORMAT  text (default) or json
  --assume-role    act as the event's executionRoleArn (STS AssumeRole)
  --store          record the evaluations in the evaluation store (also with --database-url,
                   --store-file or DATABASE_URL)
${STORE_USAGE}

Exit status: 0 nothing NON_COMPLIANT, 1 something NON_COMPLIANT, 2 bad usage, a bad event or an AWS error.
`;

/** `tosei config-rule invoke`: the Config rule Lambda, run locally on a saved event. */
export async function runConfigRule(args: readonly string[], io: CliEnvironment): Promise<number> {
  const { values, positionals } = parse(args, {
    event: { type: 'string' },
    rule: { type: 'string' },
    rules: { type: 'string', multiple: true },
    format: { type: 'string' },
    'assume-role': { type: 'boolean' },
    'dry-run': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
    store: { type: 'boolean' },
    ...STORE_OPTIONS,
  }, USAGE);
  if (values.help) {
    io.stdout(USAGE);
    return 0;
  }
  const format = values.format ?? 'text';
  if (positionals[0] !== 'invoke') throw new UsageError(`config-rule needs the subcommand invoke${positionals[0] ? didYouMean(positionals[0], ['invoke']) : ''}`, USAGE);
  if (positionals.length !== 1) throw new UsageError(`unexpected argument "${positionals[1]}"`, USAGE);
  if (!values.event) throw new UsageError('config-rule invoke needs --event FILE (the event AWS Config sends the Lambda function)', USAGE);
  if (format !== 'text' && format !== 'json') throw new UsageError(`unknown format "${format}" (expected text or json)`, USAGE);
  let event: unknown;
  try {
    event = JSON.parse(readFileSync(resolve(io.cwd, values.event), 'utf8'));
  } catch (error) {
    io.stderr(`tosei: cannot read the event ${values.event}: ${(error as Error).message}\n`);
    return 2;
  }
  const ruleId = values.rule ?? io.env.TOSEI_RULE;
  const store = storeOptions(values, io);
  let notRecorded: string | undefined;
  // Recorded before the put (through the handler's seam), so a failed put still leaves the history.
  const onEvaluations = storeRequested(values, store) ? async (evaluated: ConfigRuleResult) => {
    try {
      const run = await withStore(store, (db) => recordConfigRuleResult(db, evaluated));
      io.stderr(`tosei: recorded ${run.recorded} evaluations (${run.changed} changed status) as run ${run.runId}\n`);
    } catch (error) {
      notRecorded = (error as Error).message;
    }
  } : undefined;
  let result;
  try {
    result = await handleConfigEvent(event, {
      ...(ruleId ? { ruleId } : {}),
      assumeExecutionRole: values['assume-role'] === true,
      guardRules: guardRulesOnce(guardRulePaths(io.env, values.rules, io.cwd)),
      ...(onEvaluations ? { onEvaluations } : {}),
      ...(values['dry-run'] ? { dryRun: true } : {}),
    });
  } catch (error) {
    if (error instanceof NoRuleError) throw new UsageError('config-rule invoke needs the rule to run: --rule ID (or TOSEI_RULE, or a toseiRule rule parameter in the event)', USAGE);
    io.stderr(`tosei: ${(error as Error).message}\n`);
    return 2;
  }

  for (const problem of result.problems) io.stderr(`${problem.level}: ${problem.message}\n`);
  const put = result.putEvaluations.map((evaluation) => ({ ...evaluation, OrderingTimestamp: evaluation.OrderingTimestamp?.toISOString() }));
  if (format === 'json') {
    io.stdout(`${JSON.stringify({ ruleId: result.ruleId, messageType: result.messageType, testMode: result.testMode, ...(values['dry-run'] ? { dryRun: true } : {}), evaluations: put }, null, 2)}\n`);
  } else {
    for (const evaluation of put) {
      io.stdout(`${evaluation.ComplianceType?.padEnd(15)} ${evaluation.ComplianceResourceType} ${evaluation.ComplianceResourceId}${evaluation.Annotation ? `: ${evaluation.Annotation}` : ''}\n`);
    }
    const verb = values['dry-run'] ? 'would be put (dry run: nothing was called)' : 'put';
    io.stdout(`${result.ruleId}: ${put.length} evaluation(s) ${verb} for ${result.messageType}${result.testMode ? ' (TestMode)' : ''}\n`);
  }
  // The evaluations are printed (and put) first: a store that can not be written to does not hide them.
  if (notRecorded !== undefined) {
    io.stderr(`tosei: the evaluations were not recorded: ${notRecorded}\n`);
    return 2;
  }
  return put.some((evaluation) => evaluation.ComplianceType === 'NON_COMPLIANT') ? 1 : 0;
}
