import { isUnknown } from '../../model/unknown.js';
import { toBoolean, type ValueObject } from '../../model/value.js';

/** How one EBS volume definition (a volume's properties, a block device mapping's `Ebs`) stands on encryption. */
export type EbsEncryption =
  | { kind: 'encrypted' }
  /** `actual`: what `Encrypted` says, for messages; `written`: whether it is written at all. */
  | { kind: 'notEncrypted'; actual: string; written: boolean }
  /** Created from a snapshot, whose encryption decides whatever `Encrypted` says. */
  | { kind: 'fromSnapshot'; snapshot: string }
  | { kind: 'unknown'; reason: string };

/**
 * Reads `Encrypted` of an EBS volume definition. Absent it is false, unless the account encrypts
 * new volumes by default, which the definition does not show; a volume from a snapshot takes the
 * snapshot's encryption, which it does not show either.
 */
export function ebsEncryption(ebs: ValueObject): EbsEncryption {
  const written = ebs.Encrypted;
  const encrypted = toBoolean(written);
  if (isUnknown(encrypted)) return { kind: 'unknown', reason: encrypted.reason };
  if (encrypted === true) return { kind: 'encrypted' };
  const snapshot = ebs.SnapshotId;
  if (snapshot !== undefined && snapshot !== null) return { kind: 'fromSnapshot', snapshot: isUnknown(snapshot) ? snapshot.reason : String(snapshot) };
  const absent = written === undefined || written === null;
  return { kind: 'notEncrypted', actual: absent ? 'not set (default false, unless the account encrypts by default)' : String(written), written: !absent };
}
