/**
 * The run task as an AWS Lambda function URL handler: the same Hono app as `tosei serve`, through
 * `hono/aws-lambda`.
 *
 * Lambda freezes a function once it has answered, and it has no durable worker, so this handler
 * evaluates *before* answering: verify the signature, download and scan the plan, PATCH the callback,
 * then return the 200. That has to fit in the time HCP Terraform waits for the 200 (about 10 s), so
 * the work runs under a budget (TOSEI_LAMBDA_BUDGET_MS, default 8 s): past it, the task is reported
 * `failed` with the reason (fail closed) and the late evaluation's callback is never sent. A crash
 * or an undeliverable callback answers 5xx, and HCP Terraform sends the request again (§B.1) — that
 * retry is the durability. Plans that need longer belong on `tosei serve`, which queues them.
 * Limits: no job store, so a request HCP Terraform repeats is evaluated again. With `DATABASE_URL`
 * (PostgreSQL; a function has no durable disk) each run's evaluations are kept in the evaluation
 * store, as `tosei serve` keeps them. `pre_plan` needs the HCL grammar: the bundle carries its wasm
 * files beside index.mjs (scripts/bundle.mjs).
 */
import { handle } from 'hono/aws-lambda';
import { guardRulePaths, loadGateGuardRules } from '../../guard/gates.js';
import { builtinRules } from '../../rules/index.js';
import { selectRules } from '../../scan/index.js';
import { SEVERITIES, type Severity } from '../../model/evaluation.js';
import { createRunTaskApp } from './app.js';
import { sendTaskResult } from './callback.js';
import { PermanentError } from './evaluate.js';
import { createLogger, errorMessage, type Logger } from './log.js';
import { policyFromEnv } from './outbound.js';
import { withoutToken, type RunTaskRequest } from './protocol.js';
import { processRunTask, type PipelineSettings } from './worker.js';
import { openStore, type Database } from '../../store/index.js';
import { recordRunTask } from './record.js';

type Env = Record<string, string | undefined>;

const KEY_TTL_MS = 5 * 60_000;

/**
 * The HMAC key: `TOSEI_HMAC_KEY`, or read through the AWS Parameters and Secrets Lambda Extension
 * (localhost:2773): an SSM SecureString named by `TOSEI_HMAC_KEY_PARAMETER`, or a Secrets Manager
 * secret named by `TOSEI_HMAC_SECRET_ID`. Cached for five minutes so a rotation is picked up.
 */
export function hmacKeySource(env: Env, logger: Logger): () => Promise<string | undefined> {
  let cached: { key: string; until: number } | undefined;
  return async () => {
    if (env.TOSEI_HMAC_KEY) return env.TOSEI_HMAC_KEY;
    if (cached && cached.until > Date.now()) return cached.key;
    const port = env.PARAMETERS_SECRETS_EXTENSION_HTTP_PORT ?? '2773';
    const headers = { 'X-Aws-Parameters-Secrets-Token': env.AWS_SESSION_TOKEN ?? '' };
    let key: string | undefined;
    if (env.TOSEI_HMAC_KEY_PARAMETER) {
      const url = `http://localhost:${port}/systemsmanager/parameters/get?name=${encodeURIComponent(env.TOSEI_HMAC_KEY_PARAMETER)}&withDecryption=true`;
      key = ((await extensionGet(url, headers)) as { Parameter?: { Value?: unknown } }).Parameter?.Value as string | undefined;
    } else if (env.TOSEI_HMAC_SECRET_ID) {
      const url = `http://localhost:${port}/secretsmanager/get?secretId=${encodeURIComponent(env.TOSEI_HMAC_SECRET_ID)}`;
      key = ((await extensionGet(url, headers)) as { SecretString?: unknown }).SecretString as string | undefined;
    } else if (env.TOSEI_ALLOW_UNSIGNED === 'true') {
      return undefined;
    } else {
      throw new Error('no HMAC key configured: set TOSEI_HMAC_KEY_PARAMETER, TOSEI_HMAC_SECRET_ID or TOSEI_HMAC_KEY');
    }
    if (typeof key !== 'string' || key.length < 16) throw new Error('the HMAC key read through the extension is missing or shorter than 16 characters');
    logger.addSecret(key);
    cached = { key, until: Date.now() + KEY_TTL_MS };
    return key;
  };
}

async function extensionGet(url: string, headers: Record<string, string>): Promise<unknown> {
  const response = await fetch(url, { headers, signal: AbortSignal.timeout(3000) });
  if (!response.ok) throw new Error(`the Parameters and Secrets extension answered HTTP ${response.status}`);
  return response.json();
}

/**
 * The Hono app wired for Lambda: evaluate and call back within the budget, then answer. Guard rules
 * (`TOSEI_GUARD_RULES`) are parsed here, at the cold start; one that does not parse fails the start (fail closed).
 */
export function createLambdaApp(env: Env, logger: Logger = createLogger((line) => process.stderr.write(line)), open: (() => Promise<Database>) | undefined = storeFromEnv(env)) {
  const guardRules = loadGateGuardRules(guardRulePaths(env, undefined));
  const threshold = (SEVERITIES as readonly string[]).includes(env.TOSEI_SEVERITY_THRESHOLD ?? '') ? (env.TOSEI_SEVERITY_THRESHOLD as Severity) : 'info';
  const budgetMs = Number(env.TOSEI_LAMBDA_BUDGET_MS ?? 8000);
  const settings: PipelineSettings = {
    logger,
    evaluation: { rules: selectRules(builtinRules, env.TOSEI_RULES_SET?.trim() ? { ruleSet: env.TOSEI_RULES_SET.trim() } : {}), threshold, policy: policyFromEnv(env), ...(guardRules ? { guardRules } : {}) },
    // Retries must fit in the budget too.
    callback: { retryDelaysMs: [200, 400, 800], timeoutMs: 3000 },
    downloadRetryDelaysMs: [300],
    runningUpdateMs: 60 * 60_000,
    ...(open ? { onEvaluated: recorder(open, logger) } : {}),
  };
  const accept = async (request: RunTaskRequest): Promise<'done'> => {
    const job = withoutToken(request);
    let overBudget = false;
    let timer: NodeJS.Timeout | undefined;
    const budget = new Promise<'over'>((resolve) => {
      timer = setTimeout(() => resolve('over'), budgetMs);
    });
    const work = processRunTask(job, request.accessToken, settings, {
      save: async () => {
        if (overBudget) throw new PermanentError('superseded: the budget ran out first');
      },
    });
    try {
      const first = await Promise.race([work, budget]);
      if (first === 'over') {
        overBudget = true;
        work.catch(() => undefined);
        logger.log('warn', 'evaluation over budget', { taskResultId: request.taskResultId, budgetMs });
        await sendTaskResult(
          request.callbackUrl,
          request.accessToken,
          { status: 'failed', message: `Tosei could not evaluate this run within ${(budgetMs / 1000).toFixed(1)} s on Lambda; run it on tosei serve for plans of this size` },
          false,
          { ...settings.callback, policy: settings.evaluation.policy },
        );
      }
    } catch (error) {
      // A refused URL or a 4xx callback: nothing a repeated request would change.
      if (!(error instanceof PermanentError)) throw error;
      logger.log('error', 'job failed', { taskResultId: request.taskResultId, error: errorMessage(error) });
    } finally {
      clearTimeout(timer);
    }
    return 'done';
  };
  return createRunTaskApp({ logger, hmacKey: hmacKeySource(env, logger), accept });
}

/** The store of `DATABASE_URL`, opened at the first evaluation and kept for the container's life. */
function storeFromEnv(env: Env): (() => Promise<Database>) | undefined {
  const url = env.DATABASE_URL?.trim();
  return url ? () => openStore({ url }) : undefined;
}

/** Records each run's evaluations; a store that cannot be opened or written is logged, and the callback still goes out. */
function recorder(open: () => Promise<Database>, logger: Logger): NonNullable<PipelineSettings['onEvaluated']> {
  let opened: Promise<Database> | undefined;
  return async (request, evaluations) => {
    try {
      opened ??= open().catch((error: unknown) => {
        opened = undefined;
        throw error;
      });
      await recordRunTask(await opened, logger)(request, evaluations);
    } catch (error) {
      logger.log('error', 'evaluations not recorded', { taskResultId: request.taskResultId, error: errorMessage(error) });
    }
  };
}

/** The function URL handler (payload format 2.0). */
export const handler = handle(createLambdaApp(process.env));
