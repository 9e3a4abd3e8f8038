import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseConfig, type ToseiConfig } from '../config/config.js';
import { findRuleSet } from '../engine/rule-sets.js';
import { guardRulePaths, loadGateGuardRules } from '../guard/gates.js';
import { batchedWriter, createLogger } from '../gates/run-task/log.js';
import { policyFromEnv } from '../gates/run-task/outbound.js';
import { DEFAULT_SANDBOX_LIMITS } from '../gates/run-task/sandbox.js';
import { startRunTaskServer } from '../gates/run-task/server.js';
import { SEVERITIES, type Severity } from '../model/evaluation.js';
import { builtinRules } from '../rules/index.js';
import { selectRules } from '../scan/index.js';
import type { ActiveRule } from '../engine/run.js';
import { assumeRoleCaller, sdkApiCaller, type SdkCallerOptions } from '../remediate/aws.js';
import { parseRemediationSettings } from '../remediate/configuration.js';
import { liveReader } from '../remediate/reevaluate.js';
import type { ApplyDeps } from '../remediate/remediate.js';
import { credentialsFrom } from './remediate.js';
import { parse, UsageError, usageErrorText, type CliEnvironment } from './common.js';
import { storeOptions, STORE_OPTIONS, STORE_USAGE } from './store.js';

export const SERVE_USAGE = `Usage: tosei serve [options]

Serves the HCP Terraform run task endpoint: POST /run-task (and GET /healthz). Every run task's
evaluations are kept in the store. With an API token, also POST /evaluations (detective
evaluations in, kept in the store, and remediated when --remediation says so).

  --host HOST                 address to listen on (default 127.0.0.1)
  --port N                    port (default 8080; 0 picks a free one)
  --hmac-key-file FILE        HMAC key of the run task (default: TOSEI_HMAC_KEY)
  --allow-unsigned            start without an HMAC key and accept unsigned requests
${STORE_USAGE}
  --config FILE               settings file (rules, parameters, exceptions, severityThreshold, rulesSet)
  --rules-set NAME            recommended (default) or all, over the settings file's rulesSet
  --severity-threshold LEVEL  only failures at or above LEVEL fail the task (${SEVERITIES.join(', ')})
  --concurrency N             jobs evaluated at once by this server (default 2)
  --max-plan-mb N             largest plan JSON downloaded, in MiB (default 128; a 50,000-resource plan
                              is about 110)
  --fetch-timeout SECONDS     each plan or configuration download, request to last byte (default 30)
  --evaluation-timeout SECONDS  time budget of one evaluation (extraction and scan; default 300): past
                              it the evaluation is stopped and the task fails with the reason
  --evaluation-memory-mb N    heap limit of one evaluation (default 1536), enforced the same way
  --api-token-file FILE       bearer token of POST /evaluations (default: TOSEI_API_TOKEN; without
                              one the endpoint is off)
  --remediation FILE          remediation settings (as for tosei remediate --config): rules whose
                              RemediationConfiguration is Automatic are remediated as they arrive
  --region REGION             AWS region of automatic remediation (default: AWS_REGION)
  --rules PATH                Guard rule files or directories (.guard) run on plan JSON beside the built-in
                              rules (repeatable; default TOSEI_GUARD_RULES, comma-separated); not applied to
                              pre_plan HCL; a file that does not parse stops the server from starting

Environment: TOSEI_HMAC_KEY, DATABASE_URL, TOSEI_TFE_HOSTS and TOSEI_TFE_REDIRECT_HOSTS (extra
allowed host[:port]s, comma-separated), TOSEI_JOB_KEY (seals stored tokens without an HMAC key),
TOSEI_RUN_TASK_LEASE_MS (job lease; a crashed server's jobs are taken over after it),
TOSEI_API_TOKEN; AWS_* (standard SDK settings, AWS_ENDPOINT_URL honoured) for remediation.
`;

class ServeUsageError extends Error {}

/** `tosei serve`: runs until SIGINT or SIGTERM (or `until` resolves, for tests). */
export async function runServe(args: readonly string[], io: CliEnvironment, until?: Promise<void>): Promise<number> {
  const logger = createLogger(batchedWriter((text) => io.stderr(text)));
  let server;
  try {
    const { values, positionals } = parse(
      args,
      {
        host: { type: 'string' },
        port: { type: 'string' },
        'hmac-key-file': { type: 'string' },
        'allow-unsigned': { type: 'boolean' },
        ...STORE_OPTIONS,
        config: { type: 'string' },
        'rules-set': { type: 'string' },
        'severity-threshold': { type: 'string' },
        concurrency: { type: 'string' },
        'max-plan-mb': { type: 'string' },
        'fetch-timeout': { type: 'string' },
        'evaluation-timeout': { type: 'string' },
        'evaluation-memory-mb': { type: 'string' },
        'api-token-file': { type: 'string' },
        remediation: { type: 'string' },
        region: { type: 'string' },
        rules: { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h' },
      },
      SERVE_USAGE,
    );
    if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`, SERVE_USAGE);
    if (values.help) {
      io.stdout(SERVE_USAGE);
      return 0;
    }
    const port = integer(values.port ?? '8080', '--port', 0, 65535);
    const hmacKey = values['hmac-key-file'] ? readFileSync(resolve(io.cwd, values['hmac-key-file']), 'utf8').replace(/\r?\n$/, '') : io.env.TOSEI_HMAC_KEY || undefined;
    let config: ToseiConfig | undefined;
    if (values.config) config = parseConfig(readFileSync(resolve(io.cwd, values.config), 'utf8'), values.config, new Set(builtinRules.map((rule) => rule.meta.id)));
    // The worker thread chooses its rules from the settings: the rule set travels with them.
    if (values['rules-set'] !== undefined) config = { ...(config ?? { rules: {}, exceptions: [] }), rulesSet: findRuleSet(values['rules-set']).name };
    const thresholdOption = values['severity-threshold'];
    if (thresholdOption !== undefined && !(SEVERITIES as readonly string[]).includes(thresholdOption)) throw new ServeUsageError(`--severity-threshold must be one of ${SEVERITIES.join(', ')}`);
    const threshold = (thresholdOption as Severity | undefined) ?? config?.severityThreshold ?? 'info';
    const guardPaths = guardRulePaths(io.env, values.rules, io.cwd);
    const guardRules = loadGateGuardRules(guardPaths);
    const store = storeOptions(values, io);
    const rules = selectRules(builtinRules, config ? { config } : {});
    const apiToken = values['api-token-file'] ? readFileSync(resolve(io.cwd, values['api-token-file']), 'utf8').replace(/\r?\n$/, '') : io.env.TOSEI_API_TOKEN || undefined;
    const remediation = values.remediation ? automaticRemediation(values.remediation, values.region, rules, io) : undefined;
    server = await startRunTaskServer({
      host: values.host ?? '127.0.0.1',
      port,
      logger,
      ...(hmacKey !== undefined ? { hmacKey } : {}),
      allowUnsigned: values['allow-unsigned'] === true,
      ...(io.env.TOSEI_JOB_KEY ? { jobKey: io.env.TOSEI_JOB_KEY } : {}),
      database: store.url ? { url: store.url } : { file: store.file },
      ...(apiToken !== undefined ? { apiToken } : {}),
      ...(remediation ? { remediation } : {}),
      evaluation: {
        rules,
        threshold,
        policy: policyFromEnv(io.env),
        ...(config ? { config } : {}),
        ...(guardRules ? { guardRules } : {}),
        limits: {
          planBytes: integer(values['max-plan-mb'] ?? '128', '--max-plan-mb', 1, 4096) * 1024 * 1024,
          timeoutMs: integer(values['fetch-timeout'] ?? '30', '--fetch-timeout', 1, 600) * 1000,
        },
      },
      callback: {},
      // Evaluation in its own thread: a plan being evaluated never holds up the next request's 200;
      // each job's extraction and scan in a sandbox thread of its own, under a budget.
      workerThread: {
        guardRulePaths: guardPaths,
        sandbox: {
          timeMs: integer(values['evaluation-timeout'] ?? '300', '--evaluation-timeout', 1, 3600) * 1000,
          memoryMb: integer(values['evaluation-memory-mb'] ?? String(DEFAULT_SANDBOX_LIMITS.memoryMb), '--evaluation-memory-mb', 64, 65536),
        },
      },
      worker: {
        concurrency: integer(values.concurrency ?? '2', '--concurrency', 1, 64),
        ...(io.env.TOSEI_RUN_TASK_LEASE_MS ? { leaseMs: integer(io.env.TOSEI_RUN_TASK_LEASE_MS, 'TOSEI_RUN_TASK_LEASE_MS', 100, 3_600_000) } : {}),
      },
    });
  } catch (error) {
    io.stderr(error instanceof UsageError ? usageErrorText(error) : `tosei: ${(error as Error).message}\n`);
    return 2;
  }
  await (until ?? signalled());
  logger.log('info', 'shutting down');
  await server.close();
  return 0;
}

/** The settings file and the AWS side of automatic remediation, as `tosei remediate --apply` builds them. */
function automaticRemediation(file: string, regionOption: string | undefined, rules: ActiveRule[], io: CliEnvironment) {
  const settings = parseRemediationSettings(readFileSync(resolve(io.cwd, file), 'utf8'), file);
  const region = regionOption ?? io.env.AWS_REGION ?? io.env.AWS_DEFAULT_REGION;
  if (!region) throw new ServeUsageError('--remediation needs a region: --region or AWS_REGION');
  const sdkOptions: SdkCallerOptions = { env: io.env, region, ...credentialsFrom(io.env) };
  const deps: Omit<ApplyDeps, 'store' | 'recordEvaluations'> = {
    callerFor: async (role) => (role ? assumeRoleCaller(role, sdkOptions, 'tosei-remediation') : sdkApiCaller(sdkOptions)),
    readers: [liveReader({ region, env: io.env, ...(sdkOptions.credentials ? { credentials: sdkOptions.credentials } : {}) })],
    rules,
    context: { region },
  };
  return { settings, deps };
}

function signalled(): Promise<void> {
  return new Promise((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
}

function integer(text: string, name: string, min: number, max: number): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < min || value > max) throw new ServeUsageError(`${name} must be an integer from ${min} to ${max}`);
  return value;
}
