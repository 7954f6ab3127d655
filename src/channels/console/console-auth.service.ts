import { Inject, Injectable } from '@nestjs/common';
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { KeyValueStore } from '../../common/state/key-value.store';
import { SETTINGS } from '../../config/config.module';
import type { Settings } from '../../config/settings.schema';

export const CONSOLE_COOKIE = 'jd_console';
export const CONSOLE_SESSION_SECONDS = 12 * 60 * 60;

export type ConsoleAccess = 'granted' | 'disabled' | 'denied';

export interface CredentialSource {
  authorization?: string;
  cookie?: string;
}

/** `<expiry>.<session id>.<HMAC of both>`: 128 random bits name the session, the HMAC is keyed by the token. */
const SESSION_COOKIE = /^(\d{1,12})\.([A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]{43})$/;

/**
 * Staff access to the console. The token is compared in constant time. A successful login gets a session
 * cookie naming a random session id that is kept in the KeyValueStore for the cookie's 12 hours and
 * deleted on logout, so a cookie captured before logout is refused after it. The cookie is also signed
 * with a key derived from the token: changing CONSOLE_TOKEN signs everyone out, and a forged cookie is
 * refused without a store lookup. With Redis every instance sees the same sessions; in memory a restart
 * signs everyone out.
 */
@Injectable()
export class ConsoleAuth {
  private readonly token?: string;
  private readonly key?: Buffer;
  /** CONSOLE_COOKIE_SECURE=true: TLS ends at a proxy the app cannot see; mark the cookie Secure regardless. */
  readonly alwaysSecureCookie: boolean;

  constructor(
    @Inject(SETTINGS) settings: Settings,
    private readonly store: KeyValueStore,
  ) {
    this.token = settings.CONSOLE_TOKEN;
    this.key = this.token ? createHmac('sha256', this.token).update('jd-console-session').digest() : undefined;
    this.alwaysSecureCookie = settings.CONSOLE_COOKIE_SECURE === 'true';
  }

  get enabled(): boolean {
    return Boolean(this.token);
  }

  checkToken(candidate: unknown): boolean {
    if (!this.token || typeof candidate !== 'string') return false;
    // Hash both sides so the comparison takes the same time whatever the candidate's length.
    return timingSafeEqual(sha256(candidate), sha256(this.token));
  }

  /** A new session, recorded in the store (throws UNAVAILABLE when the store is down: no login then). */
  async issueSession(now = Date.now()): Promise<string> {
    const expires = Math.floor(now / 1000) + CONSOLE_SESSION_SECONDS;
    const id = randomBytes(16).toString('base64url');
    await this.store.set(sessionKey(id), '1', expires * 1000 - now);
    return `${expires}.${id}.${this.sign(expires, id)}`;
  }

  /** A cookie this service signed, not expired and not logged out (throws UNAVAILABLE when the store is down). */
  async checkSession(value: string | undefined, now = Date.now()): Promise<boolean> {
    const id = this.verified(value, now);
    return id !== undefined && (await this.store.get(sessionKey(id))) !== undefined;
  }

  /** Logout: the session ends for every copy of its cookie. */
  async revokeSession(value: string | undefined, now = Date.now()): Promise<void> {
    const id = this.verified(value, now);
    if (id !== undefined) await this.store.delete(sessionKey(id));
  }

  /** A bearer token (scripts, exports) or the session cookie (the console page). */
  async access(credentials: CredentialSource, now = Date.now()): Promise<ConsoleAccess> {
    if (!this.enabled) return 'disabled';
    const bearer = /^Bearer\s+(\S+)\s*$/i.exec(credentials.authorization ?? '');
    if (bearer && this.checkToken(bearer[1])) return 'granted';
    return (await this.checkSession(readCookie(credentials.cookie, CONSOLE_COOKIE), now)) ? 'granted' : 'denied';
  }

  /** The session id of a cookie whose signature holds and which has not expired. */
  private verified(value: string | undefined, now: number): string | undefined {
    const m = SESSION_COOKIE.exec(value ?? '');
    if (!m || !this.key) return undefined;
    const expires = Number(m[1]);
    if (expires * 1000 <= now) return undefined;
    return timingSafeEqual(Buffer.from(m[3]), Buffer.from(this.sign(expires, m[2]))) ? m[2] : undefined;
  }

  private sign(expires: number, id: string): string {
    return createHmac('sha256', this.key as Buffer).update(`console:${expires}:${id}`).digest('base64url');
  }
}

function sessionKey(id: string): string {
  return `console-session:${id}`;
}

function sha256(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}

export function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}
