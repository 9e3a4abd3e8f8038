// `tosei hook invoke`: runs the CloudFormation hook handler locally on a saved request, as the Lambda would.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { guardRulePaths, guardRulesOnce } from '../guard/gates.js';
import { awsConfigReaders } from '../gates/cfn-hook/aws.js';
import { handleHookRequest } from '../gates/cfn-hook/handler.js';
import { loadHookSettings } from '../gates/cfn-hook/settings.js';
import type { HookRequest } from '../gates/cfn-hook/protocol.js';
import type { Evaluation } from '../model/evaluation.js';
import { recordRun } from '../store/index.js';
import { storeOptions, STORE_OPTIONS, STORE_USAGE, storeRequested, withStore } from './store.js';
import { parse, UsageError, type CliEnvironment } from './common.js';

const HOOK_USAGE = `Usage: tosei hook invoke --event FILE [options]

Runs the CloudFormation hook handler on a saved hook request (Lambda hook or cloudformation-cli shape) and prints
the response JSON, as the Lambda would answer CloudFormation.

  --event FILE     the hook request (JSON)
  --payload FILE   for STACK and CHANGE_SET requests: the payload object, instead of fetching requestData.payload
  --config FILE    a .tosei.yml settings file (else TOSEI_CONFIG_SSM_PARAMETER / TOSEI_CONFIG_S3_URI, if set)
  --region REGION  region of the SSM / S3 clients that read the configuration
  --rules PATH     Guard rule files or directories (.guard) to run beside the built-in rules (repeatable;
                   default TOSEI_GUARD_RULES, comma-separated); a file that does not parse fails the request
  --store          record the evaluations in the evaluation store (also with --database-url,
                   --store-file or DATABASE_URL)
${STORE_USAGE}

The TOSEI_* environment variables of the Lambda apply (TOSEI_RULES, TOSEI_SKIP_RULES, TOSEI_PARAMETERS,
TOSEI_SEVERITY_THRESHOLD, TOSEI_FAIL_ON_INSUFFICIENT_DATA, TOSEI_HOOK_ALLOW_LOOPBACK).

Exit status: 0 SUCCESS, 1 FAILED (NonCompliant), 2 InternalFailure, an unreadable file or bad usage.
`;

const EXIT = { ok: 0, failing: 1, error: 2 } as const;

export async function runHook(args: readonly string[], io: CliEnvironment): Promise<number> {
  const [subcommand, ...rest] = args;
  if (subcommand === undefined) {
    io.stderr(HOOK_USAGE);
    return EXIT.error;
  }
  if (subcommand === '--help' || subcommand === '-h' || subcommand === 'help') {
    io.stdout(HOOK_USAGE);
    return EXIT.ok;
  }
  if (subcommand !== 'invoke') throw new UsageError(`unknown hook subcommand "${subcommand}" (expected invoke)`, HOOK_USAGE);
  const { values, positionals } = parse(
    rest,
    { event: { type: 'string' }, payload: { type: 'string' }, config: { type: 'string' }, region: { type: 'string' }, rules: { type: 'string', multiple: true }, help: { type: 'boolean', short: 'h' }, store: { type: 'boolean' }, ...STORE_OPTIONS },
    HOOK_USAGE,
  );
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`, HOOK_USAGE);
  if (values.help) {
    io.stdout(HOOK_USAGE);
    return EXIT.ok;
  }
  if (!values.event) return usageError(io, 'hook invoke needs --event FILE');
  let event: unknown;
  let payload: unknown;
  let local: { text: string; file: string } | undefined;
  try {
    event = readJson(resolve(io.cwd, values.event), values.event);
    if (values.payload) payload = readJson(resolve(io.cwd, values.payload), values.payload);
    if (values.config) local = { text: readFileSync(resolve(io.cwd, values.config), 'utf8'), file: values.config };
  } catch (error) {
    io.stderr(`tosei: ${(error as Error).message}\n`);
    return EXIT.error;
  }
  const region = values.region ?? io.env.AWS_REGION ?? io.env.AWS_DEFAULT_REGION;
  const store = storeOptions(values, io);
  let notRecorded: string | undefined;
  const onEvaluations = storeRequested(values, store) ? async (evaluations: readonly Evaluation[], request: HookRequest) => {
    try {
      const run = await withStore(store, (db) =>
        recordRun(db, { source: 'hook', evaluations, metadata: { invocationPoint: request.invocationPoint, target: request.target.kind, ...(request.hookTypeName ? { hookTypeName: request.hookTypeName } : {}), ...(request.stackId ? { stackId: request.stackId } : {}) } }),
      );
      io.stderr(`tosei: recorded ${run.recorded} evaluations (${run.changed} changed status) as run ${run.runId}\n`);
    } catch (error) {
      notRecorded = (error as Error).message;
    }
  } : undefined;
  const response = await handleHookRequest(event, {
    ...(onEvaluations ? { onEvaluations } : {}),
    settings: () => loadHookSettings(io.env, awsConfigReaders(region ? { region } : {}), local),
    guardRules: guardRulesOnce(guardRulePaths(io.env, values.rules, io.cwd)),
    payload: { allowLoopback: io.env.TOSEI_HOOK_ALLOW_LOOPBACK === '1' },
    ...(payload !== undefined ? { loadPayload: async () => payload } : {}),
  });
  io.stdout(`${JSON.stringify(response, null, 2)}\n`);
  if (payload === undefined && response.errorCode === 'InternalFailure' && fetchesPayload(event)) {
    io.stderr(
      'tosei: a STACK or CHANGE_SET request carries its template as a presigned S3 URL (requestData.payload) that expires within minutes;\n' +
        '       save the payload it pointed to and give it with --payload FILE (test/fixtures/cfn-hook/stack.payload.json shows the shape)\n',
    );
  }
  if (notRecorded !== undefined) {
    io.stderr(`tosei: the evaluations were not recorded: ${notRecorded}\n`);
    return EXIT.error;
  }
  if (response.hookStatus === 'SUCCESS') return EXIT.ok;
  // IN_PROGRESS: not an answer yet; a script must not take it for a pass.
  if (response.hookStatus === 'IN_PROGRESS') return EXIT.error;
  return response.errorCode === 'NonCompliant' ? EXIT.failing : EXIT.error;
}

/** A stack or change-set request whose payload is a URL to fetch (not given inline). */
function fetchesPayload(event: unknown): boolean {
  const data = (event as { requestData?: { payload?: unknown } } | null)?.requestData;
  return typeof data?.payload === 'string' && /^https?:\/\//.test(data.payload);
}

function readJson(path: string, name: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new Error(`cannot read ${name}: ${(error as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`${name} is not JSON: ${(error as Error).message}`);
  }
}

function usageError(io: CliEnvironment, message: string): number {
  io.stderr(`tosei: ${message}\n${HOOK_USAGE}`);
  return EXIT.error;
}
