import { randomBytes } from 'node:crypto';

/**
 * Session ids are bearer keys: whoever holds one continues that conversation. So the server issues them
 * (128 random bits, base64url: 22 characters) and never adopts an id a client made up.
 */
export function issueSessionId(): string {
  return randomBytes(16).toString('base64url');
}

/**
 * Every id the server has issued fits: its own (22 characters), the WeChat channel's keyed hash of an openid
 * (`wx-` + 40), and the UUIDs of earlier versions still in Redis. Anything else is not looked up at all.
 */
const ISSUED_SHAPE = /^[A-Za-z0-9_-]{22,64}$/;

export function mayBeIssuedSessionId(id: string | undefined): id is string {
  return typeof id === 'string' && ISSUED_SHAPE.test(id);
}
