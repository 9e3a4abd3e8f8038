import { unknown, type Unknown } from '../../model/unknown.js';

/** A KMS key as written in a template: a key (id or key ARN) or an alias (name or alias ARN). */
type KeyName = { kind: 'key'; id: string } | { kind: 'alias'; name: string };

const KEY_ARN = /^arn:[a-z-]+:kms:[^:]*:[^:]*:key\/(.+)$/;
const ALIAS_ARN = /^arn:[a-z-]+:kms:[^:]*:[^:]*:(alias\/.+)$/;

function keyName(text: string): KeyName {
  const trimmed = text.trim();
  const keyArn = KEY_ARN.exec(trimmed);
  if (keyArn) return { kind: 'key', id: (keyArn[1] as string).toLowerCase() };
  const aliasArn = ALIAS_ARN.exec(trimmed);
  if (aliasArn) return { kind: 'alias', name: aliasArn[1] as string };
  if (trimmed.startsWith('alias/')) return { kind: 'alias', name: trimmed };
  return { kind: 'key', id: trimmed.toLowerCase() };
}

/**
 * Whether a key reference from a resource (`KMSMasterKeyID`, `KmsMasterKeyId`) is one of the
 * allowed keys. Key ids and key ARNs compare by key id, aliases and alias ARNs by alias name.
 * Whether an alias points at an allowed key (or the reverse) can only be told by AWS: unknown.
 */
export function kmsKeyAllowed(key: string, allowed: readonly string[]): boolean | Unknown {
  const given = keyName(key);
  let crossKind = false;
  for (const entry of allowed.map(keyName)) {
    if (given.kind === 'key' && entry.kind === 'key' && given.id === entry.id) return true;
    if (given.kind === 'alias' && entry.kind === 'alias' && given.name === entry.name) return true;
    if (given.kind !== entry.kind) crossKind = true;
  }
  return crossKind ? unknown(`whether ${key} is one of ${allowed.join(', ')} depends on the aliases in the account`) : false;
}
