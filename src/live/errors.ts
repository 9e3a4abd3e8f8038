/**
 * What went wrong with an AWS call, in words for a problem entry. Permission and availability
 * errors (a region not enabled, a type Cloud Control does not support) are expected in real
 * accounts: they make a partial result, not a failed scan.
 */
export interface CallFailure {
  /** `access denied`, `not supported`, `throttled`, ... */
  reason: string;
  /** The error code as AWS sent it, e.g. `AccessDeniedException`. */
  code: string;
  kind: 'denied' | 'unsupported' | 'not-found' | 'throttled' | 'other';
}

const DENIED = new Set([
  'AccessDenied',
  'AccessDeniedException',
  'UnauthorizedOperation',
  'UnauthorizedAccess',
  'AuthorizationError',
  'AuthFailure',
  'OptInRequired',
  'InvalidClientTokenId',
  'UnrecognizedClientException',
  'ExpiredToken',
  'ExpiredTokenException',
]);
const UNSUPPORTED = new Set(['UnsupportedActionException', 'TypeNotFoundException', 'UnsupportedOperation', 'InvalidAction']);
const THROTTLED = new Set(['Throttling', 'ThrottlingException', 'RequestLimitExceeded', 'TooManyRequestsException', 'SlowDown', 'RequestThrottled']);
const NOT_FOUND = /NotFound|NoSuch|DoesNotExist/;

export function describeFailure(error: unknown): CallFailure {
  const code = errorCode(error);
  if (DENIED.has(code)) return { reason: 'access denied', code, kind: 'denied' };
  if (UNSUPPORTED.has(code)) return { reason: 'not supported', code, kind: 'unsupported' };
  if (THROTTLED.has(code)) return { reason: 'still throttled after retries', code, kind: 'throttled' };
  if (NOT_FOUND.test(code)) return { reason: 'not found', code, kind: 'not-found' };
  const message = error instanceof Error ? error.message : String(error);
  return { reason: `failed: ${message.split('\n')[0]?.slice(0, 300) ?? ''}`, code, kind: 'other' };
}

/** The AWS error code of an SDK error (`name`, or `Code` of an XML error), else the JS error's name. */
export function errorCode(error: unknown): string {
  if (error && typeof error === 'object') {
    const { name, Code } = error as { name?: unknown; Code?: unknown };
    if (typeof Code === 'string' && Code) return Code;
    if (typeof name === 'string' && name) return name;
  }
  return 'Error';
}

export function isNotFound(error: unknown): boolean {
  return describeFailure(error).kind === 'not-found';
}
