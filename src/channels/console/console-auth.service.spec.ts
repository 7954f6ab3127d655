import type { Settings } from '../../config/settings.schema';
import { CONSOLE_SESSION_SECONDS, ConsoleAuth, readCookie } from './console-auth.service';

const TOKEN = 'a-staff-token-of-32-characters!!';
const auth = (token?: string) => new ConsoleAuth({ CONSOLE_TOKEN: token } as Settings);

describe('ConsoleAuth', () => {
  it('is disabled without CONSOLE_TOKEN and then grants nothing', () => {
    const off = auth();
    expect(off.enabled).toBe(false);
    expect(off.checkToken('')).toBe(false);
    expect(off.access({ authorization: 'Bearer anything' })).toBe('disabled');
  });

  it('accepts exactly the token', () => {
    const on = auth(TOKEN);
    expect(on.checkToken(TOKEN)).toBe(true);
    for (const wrong of [TOKEN.slice(0, -1), `${TOKEN}x`, TOKEN.toUpperCase(), '', undefined, 42]) {
      expect(on.checkToken(wrong)).toBe(false);
    }
  });

  it('accepts a bearer token or a session cookie it issued', () => {
    const on = auth(TOKEN);
    expect(on.access({ authorization: `Bearer ${TOKEN}` })).toBe('granted');
    expect(on.access({ authorization: `bearer ${TOKEN}` })).toBe('granted');
    expect(on.access({ authorization: 'Bearer wrong-token-wrong-token' })).toBe('denied');
    expect(on.access({ authorization: TOKEN })).toBe('denied');
    const session = on.issueSession();
    expect(session).not.toContain(TOKEN);
    expect(on.access({ cookie: `theme=dark; jd_console=${session}` })).toBe('granted');
    expect(on.access({})).toBe('denied');
  });

  it('refuses expired, tampered or foreign session cookies', () => {
    const on = auth(TOKEN);
    const now = Date.parse('2024-05-01T00:00:00Z');
    const session = on.issueSession(now);
    expect(on.checkSession(session, now + (CONSOLE_SESSION_SECONDS - 1) * 1000)).toBe(true);
    expect(on.checkSession(session, now + CONSOLE_SESSION_SECONDS * 1000)).toBe(false);
    const [expires, mac] = session.split('.');
    expect(on.checkSession(`${Number(expires) + 3600}.${mac}`, now)).toBe(false);
    expect(on.checkSession(`${expires}.${mac.slice(0, -1)}${mac.endsWith('A') ? 'B' : 'A'}`, now)).toBe(false);
    expect(auth('another-token-another-token').checkSession(session, now)).toBe(false);
    expect(on.checkSession('garbage', now)).toBe(false);
    expect(on.checkSession(undefined, now)).toBe(false);
  });

  it('reads one cookie from a Cookie header', () => {
    expect(readCookie('a=1; jd_console=x.y; b=2', 'jd_console')).toBe('x.y');
    expect(readCookie('xjd_console=1', 'jd_console')).toBeUndefined();
    expect(readCookie(undefined, 'jd_console')).toBeUndefined();
  });
});
