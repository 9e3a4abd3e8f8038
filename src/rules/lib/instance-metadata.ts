import { isUnknown, unknown, type Unknown } from '../../model/unknown.js';
import type { Value } from '../../model/value.js';

/**
 * Whether a `MetadataOptions.HttpTokens` value requires IMDSv2: `required` does, `optional` does
 * not. Absent, EC2 uses `optional` unless the AMI declares `ImdsSupport: v2.0` or the account
 * default says otherwise, which a template does not show: absent is read as `optional`, as the
 * instance reports it for most AMIs. Anything else is malformed, never a pass.
 */
export function tokensRequired(value: Value | undefined): boolean | Unknown {
  if (value === undefined || value === null) return false;
  if (isUnknown(value)) return value;
  if (typeof value === 'string' && /^(required|optional)$/i.test(value)) return value.toLowerCase() === 'required';
  return unknown(`malformed: HttpTokens should be required or optional, not ${JSON.stringify(value)}`);
}

/** `HttpTokens` as written, for messages. */
export function written(value: Value | undefined): string {
  if (value === undefined || value === null) return 'not set (optional unless the AMI or the account default requires tokens)';
  return isUnknown(value) ? `not known (${value.reason})` : JSON.stringify(value);
}
