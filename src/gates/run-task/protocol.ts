/**
 * HCP Terraform run task wire format (protocols.md §B): the request HCP Terraform sends, and the
 * JSON:API body of the callback that reports the result.
 */

export const STAGES = ['pre_plan', 'post_plan', 'pre_apply', 'post_apply'] as const;
export type Stage = (typeof STAGES)[number];

/** The fields of a run task request Tosei uses (§B.1); every other field is ignored. */
export interface RunTaskRequest {
  payloadVersion: number;
  stage: Stage;
  accessToken: string;
  /** `capabilities.outcomes` (or the historical `capabilitites.outcomes`, §B.1). */
  outcomes: boolean;
  taskResultId: string;
  callbackUrl: string;
  enforcementLevel: string;
  planJsonUrl?: string;
  configurationVersionUrl?: string;
  workingDirectory?: string;
  runId?: string;
  runAppUrl?: string;
  organizationName?: string;
  workspaceName?: string;
}

/** What a job stores and logs: the request without its access token. */
export type RunTaskJobRequest = Omit<RunTaskRequest, 'accessToken'>;

/** HashiCorp's scaffolding identifies the test POST by this token (§B.2); some senders use enforcement level `test`. */
export const VERIFICATION_TOKEN = 'test-token';

export type ParseResult = { kind: 'verification' } | { kind: 'request'; request: RunTaskRequest } | { kind: 'invalid'; error: string };

// HCP Terraform ids are short; a bound keeps hostile values out of the store and the logs.
const ID_PATTERN = /^[A-Za-z0-9_.:-]{1,128}$/;
const MAX_STRING = 4096;

/** Reads a parsed request body; never throws. Every field is optional on the wire (§B.1), so only what a job needs is required. */
export function parseRunTaskRequest(body: unknown): ParseResult {
  if (!isRecord(body)) return { kind: 'invalid', error: 'the request body is not a JSON object' };
  if (body.access_token === VERIFICATION_TOKEN || body.task_result_enforcement_level === 'test') return { kind: 'verification' };
  const problems: string[] = [];
  const text = (key: string, required: boolean): string | undefined => {
    const value = body[key];
    if (value === undefined || value === null) {
      if (required) problems.push(`${key} is missing`);
      return undefined;
    }
    if (typeof value !== 'string' || value.length === 0 || value.length > MAX_STRING) {
      problems.push(`${key} must be a non-empty string of at most ${MAX_STRING} characters`);
      return undefined;
    }
    return value;
  };
  const payloadVersion = body.payload_version;
  if (payloadVersion !== undefined && payloadVersion !== 1) problems.push(`payload_version ${JSON.stringify(payloadVersion)} is not supported (only 1)`);
  const stage = text('stage', true);
  if (stage !== undefined && !(STAGES as readonly string[]).includes(stage)) problems.push(`stage "${stage}" is not one of ${STAGES.join(', ')}`);
  const accessToken = text('access_token', true);
  // Refused before any use: an HTTP client's error for a bad header value quotes the whole header (`Bearer <token>`).
  if (accessToken !== undefined && !isHeaderSafeToken(accessToken)) problems.push('access_token holds a character that is not allowed in an HTTP header');
  const taskResultId = text('task_result_id', true);
  if (taskResultId !== undefined && !ID_PATTERN.test(taskResultId)) problems.push('task_result_id has unexpected characters');
  const callbackUrl = text('task_result_callback_url', true);
  const planJsonUrl = text('plan_json_api_url', false);
  const configurationVersionUrl = text('configuration_version_download_url', false);
  if (stage === 'pre_plan' ? !configurationVersionUrl : stage !== undefined && !planJsonUrl) {
    problems.push(stage === 'pre_plan' ? 'configuration_version_download_url is missing for stage pre_plan' : `plan_json_api_url is missing for stage ${stage}`);
  }
  const capabilities = isRecord(body.capabilities) ? body.capabilities : isRecord(body.capabilitites) ? body.capabilitites : {};
  if (problems.length > 0 || !accessToken || !taskResultId || !callbackUrl || !stage) return { kind: 'invalid', error: problems.join('; ') };
  const optional = (key: string): string | undefined => (typeof body[key] === 'string' && (body[key] as string).length <= MAX_STRING ? (body[key] as string) : undefined);
  const request: RunTaskRequest = {
    payloadVersion: 1,
    stage: stage as Stage,
    accessToken,
    outcomes: capabilities.outcomes === true,
    taskResultId,
    callbackUrl,
    enforcementLevel: optional('task_result_enforcement_level') ?? 'mandatory',
  };
  const extras: [keyof RunTaskRequest, string | undefined][] = [
    ['planJsonUrl', planJsonUrl],
    ['configurationVersionUrl', configurationVersionUrl],
    ['workingDirectory', optional('workspace_working_directory')],
    ['runId', optional('run_id')],
    ['runAppUrl', optional('run_app_url')],
    ['organizationName', optional('organization_name')],
    ['workspaceName', optional('workspace_name')],
  ];
  for (const [key, value] of extras) if (value !== undefined) (request as unknown as Record<string, unknown>)[key] = value;
  return { kind: 'request', request };
}

/** Visible ASCII only: what a bearer token may hold in an Authorization header. */
export function isHeaderSafeToken(token: string): boolean {
  return /^[\x21-\x7e]+$/.test(token);
}

export function withoutToken(request: RunTaskRequest): RunTaskJobRequest {
  const { accessToken: _token, ...rest } = request;
  return rest;
}

// ---------------------------------------------------------------------------------------------
// Callback (§B.4)

export type TagLevel = 'none' | 'info' | 'warning' | 'error';

export interface Outcome {
  outcomeId: string;
  description: string;
  body?: string;
  url?: string;
  tags?: Record<string, { label: string; level?: TagLevel }[]>;
}

export interface TaskResult {
  status: 'passed' | 'failed' | 'running';
  message: string;
  url?: string;
  outcomes?: Outcome[];
}

/** At most this many outcomes: the older doc's limit; the current one states none (§B.4, UNCONFIRMED). */
export const MAX_OUTCOMES = 10;
/** The doc recommends outcome bodies under 1 MB. */
const MAX_OUTCOME_BODY = 64 * 1024;

/** The callback's JSON:API document; outcomes go in `data.relationships` (§B.4), only when the caller accepts them. */
export function taskResultDocument(result: TaskResult, acceptsOutcomes: boolean): unknown {
  const attributes: Record<string, unknown> = { status: result.status, message: result.message };
  if (result.url) attributes.url = result.url;
  const data: Record<string, unknown> = { type: 'task-results', attributes };
  if (acceptsOutcomes && result.outcomes && result.outcomes.length > 0) {
    data.relationships = {
      outcomes: {
        data: result.outcomes.slice(0, MAX_OUTCOMES).map((outcome) => ({
          type: 'task-result-outcomes',
          attributes: {
            'outcome-id': outcome.outcomeId,
            description: outcome.description,
            ...(outcome.body ? { body: outcome.body.length > MAX_OUTCOME_BODY ? `${outcome.body.slice(0, MAX_OUTCOME_BODY)}\n\n…(truncated)` : outcome.body } : {}),
            ...(outcome.url ? { url: outcome.url } : {}),
            ...(outcome.tags ? { tags: outcome.tags } : {}),
          },
        })),
      },
    };
  }
  return { data };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
