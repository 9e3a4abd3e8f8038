// AWS Lambda entry of the CloudFormation hook (`AWS::Hooks::LambdaHook`, protocols.md §A.2): Lambda and I/O glue
// only; the gate itself is handleHookRequest. Bundled on its own by `npm run bundle` (dist/lambda/cfn-hook).
import { guardRulePaths, guardRulesOnce } from '../../guard/gates.js';
import { awsConfigReaders } from './aws.js';
import { handleHookRequest } from './handler.js';
import { DEFAULT_PAYLOAD_TIMEOUT_MS } from './payload.js';
import type { HookResponse } from './response.js';
import { loadHookSettings, SettingsCache, settingsTtlMs } from './settings.js';

// Kept for the life of the container: SSM or S3 are read at most once per TOSEI_CONFIG_TTL_SECONDS.
const settings = new SettingsCache(() => loadHookSettings(process.env, awsConfigReaders()), settingsTtlMs(process.env));

// TOSEI_GUARD_RULES: Guard rule files shipped beside the bundle, parsed once per container on first use.
const guardRules = guardRulesOnce(guardRulePaths(process.env, undefined));

/** Time kept for evaluating and answering after the payload fetch. */
const ANSWER_MARGIN_MS = 3000;

export async function handler(event: unknown, context?: { getRemainingTimeInMillis?(): number }): Promise<HookResponse> {
  // The payload fetch gets what the invocation has left, so a slow S3 still ends in an answer, not a Lambda timeout.
  const remaining = typeof context?.getRemainingTimeInMillis === 'function' ? context.getRemainingTimeInMillis() : undefined;
  const timeoutMs = remaining === undefined ? DEFAULT_PAYLOAD_TIMEOUT_MS : Math.max(1000, Math.min(DEFAULT_PAYLOAD_TIMEOUT_MS, remaining - ANSWER_MARGIN_MS));
  return handleHookRequest(event, {
    settings: () => settings.get(),
    guardRules,
    // Loopback payload URLs are for local tests and `tosei hook invoke`; a request can not turn this on.
    payload: { allowLoopback: process.env.TOSEI_HOOK_ALLOW_LOOPBACK === '1', timeoutMs },
    log: (line) => console.log(line),
  });
}
