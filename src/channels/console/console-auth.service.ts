import { Inject, Injectable } from '@nestjs/common';
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { SETTINGS } from '../../config/config.module';
import type { Settings } from '../../config/settings.schema';

export const CONSOLE_COOKIE = 'jd_console';
export const CONSOLE_SESSION_SECONDS = 12 * 60 * 60;

export type ConsoleAccess = 'granted' | 'disabled' | 'denied';

export interface CredentialSource {
  authorization?: string;
  cookie?: string;
}

/**
 * Staff access to the console. The token is compared in constant time; a successful login gets a
 * stateless session cookie (expiry + HMAC keyed by the token), so changing CONSOLE_TOKEN signs everyone
 * out and several instances accept each other's cookies without shared state.
 */
@Injectable()
export class ConsoleAuth {
  private readonly token?: string;
  private readonly key?: Buffer;

  constructor(@Inject(SETTINGS) settings: Settings) {
    this.token = settings.CONSOLE_TOKEN;
    this.key = this.token ? createHmac('sha256', this.token).update('jd-console-session').digest() : undefined;
  }

  get enabled(): boolean {
    return Boolean(this.token);
  }

  checkToken(candidate: unknown): boolean {
    if (!this.token || typeof candidate !== 'string') return false;
    // Hash both sides so the comparison takes the same time whatever the candidate's length.
    return timingSafeEqual(sha256(candidate), sha256(this.token));
  }

  issueSession(now = Date.now()): string {
    const expires = Math.floor(now / 1000) + CONSOLE_SESSION_SECONDS;
    return `${expires}.${this.sign(expires)}`;
  }

  checkSession(value: string | undefined, now = Date.now()): boolean {
    const m = /^(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(value ?? '');
    if (!m || !this.key) return false;
    const expires = Number(m[1]);
    if (expires * 1000 <= now) return false;
    return timingSafeEqual(Buffer.from(m[2]), Buffer.from(this.sign(expires)));
  }

  /** A bearer token (scripts, exports) or the session cookie (the console page). */
  access(credentials: CredentialSource, now = Date.now()): ConsoleAccess {
    if (!this.enabled) return 'disabled';
    const bearer = /^Bearer\s+(\S+)\s*$/i.exec(credentials.authorization ?? '');
    if (bearer && this.checkToken(bearer[1])) return 'granted';
    return this.checkSession(readCookie(credentials.cookie, CONSOLE_COOKIE), now) ? 'granted' : 'denied';
  }

  private sign(expires: number): string {
    return createHmac('sha256', this.key as Buffer).update(`console:${expires}`).digest('base64url');
  }
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
