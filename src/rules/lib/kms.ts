import { isUnknown, unknown, type Unknown } from '../../model/unknown.js';
import type { Value } from '../../model/value.js';

/** A KMS key as written in a template: a key (id or key ARN) or an alias (name or alias ARN). */
type KeyReference = { kind: 'key'; id: string } | { kind: 'alias'; name: string };

const KEY_ARN = /^arn:[a-z-]+:kms:[^:]*:[^:]*:key\/(.+)$/;
const ALIAS_ARN = /^arn:[a-z-]+:kms:[^:]*:[^:]*:(alias\/.+)$/;

function parseKey(text: string): KeyReference {
  const trimmed = text.trim();
  const keyArn = KEY_ARN.exec(trimmed);
  if (keyArn) return { kind: 'key', id: (keyArn[1] as string).toLowerCase() };
  const aliasArn = ALIAS_ARN.exec(trimmed);
  if (aliasArn) return { kind: 'alias', name: aliasArn[1] as string };
  if (trimmed.startsWith('alias/')) return { kind: 'alias', name: trimmed };
  return { kind: 'key', id: trimmed.toLowerCase() };
}

/**
 * Whether a KMS key value from a resource (`KmsKeyId`, `KMSMasterKeyID`, `KmsMasterKeyId`) is one
 * of the expected keys. Key ids and key ARNs compare by key id, aliases and alias ARNs by alias
 * name. Whether an alias points at an expected key (or the reverse) can only be told by AWS, and
 * an unresolved value stays unknown.
 */
export function kmsKeyMatches(actual: Value | undefined, expected: readonly string[]): boolean | Unknown {
  if (isUnknown(actual)) return actual;
  if (typeof actual !== 'string') return false;
  const given = parseKey(actual);
  let crossKind = false;
  for (const candidate of expected.map(parseKey)) {
    if (given.kind === 'key' && candidate.kind === 'key' && given.id === candidate.id) return true;
    if (given.kind === 'alias' && candidate.kind === 'alias' && given.name === candidate.name) return true;
    if (given.kind !== candidate.kind) crossKind = true;
  }
  return crossKind ? unknown(`whether ${actual} is one of ${expected.join(', ')} depends on the aliases in the account`) : false;
}
