import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * WeChat's signature: SHA-1 (hex) of the parts sorted as strings and concatenated. URL verification and
 * plain-mode pushes sign token, timestamp and nonce (`signature`); safe mode adds the Encrypt text
 * (`msg_signature`).
 */
export function wechatSignature(...parts: string[]): string {
  return createHash('sha1').update([...parts].sort().join(''), 'utf8').digest('hex');
}

/** Compares a received signature with the expected one in constant time (hex case ignored). */
export function signatureMatches(received: string | undefined, expected: string): boolean {
  if (typeof received !== 'string' || received.length !== expected.length) return false;
  return timingSafeEqual(Buffer.from(received.toLowerCase(), 'utf8'), Buffer.from(expected, 'utf8'));
}
