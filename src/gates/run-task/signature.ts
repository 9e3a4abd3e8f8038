import { createHmac, timingSafeEqual } from 'node:crypto';

/** HMAC-SHA512 of the raw body, lowercase hex (protocols.md §B.3). */
export function signBody(key: string, body: Uint8Array | string): string {
  return createHmac('sha512', key).update(body).digest('hex');
}

const SIGNATURE = /^[0-9a-fA-F]{128}$/;

/**
 * Checks `X-TFC-Task-Signature` against the exact bytes received, in constant time. The length is
 * not secret (always 128 hex digits), so a header of another shape is refused before comparing.
 */
export function verifySignature(key: string, body: Uint8Array, header: string | undefined | null): boolean {
  if (!header || !SIGNATURE.test(header)) return false;
  const expected = createHmac('sha512', key).update(body).digest();
  return timingSafeEqual(Buffer.from(header, 'hex'), expected);
}
