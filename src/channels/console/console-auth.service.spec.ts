import type { Settings } from '../../config/settings.schema';
import { InMemoryKeyValueStore } from '../../common/state/in-memory-key-value.store';
import { KeyValueStore } from '../../common/state/key-value.store';
import { CONSOLE_SESSION_SECONDS, ConsoleAuth, readCookie } from './console-auth.service';

const TOKEN = 'a-staff-token-of-32-characters!!';
const auth = (token?: string, store: KeyValueStore = new InMemoryKeyValueStore({ maxKeys: 100 })) =>
  new ConsoleAuth({ CONSOLE_TOKEN: token, CONSOLE_COOKIE_SECURE: 'auto' } as Settings, store);

describe('ConsoleAuth', () => {
  it('is disabled without CONSOLE_TOKEN and then grants nothing', async () => {
    const off = auth();
    expect(off.enabled).toBe(false);
    expect(off.checkToken('')).toBe(false);
    expect(await off.access({ authorization: 'Bearer anything' })).toBe('disabled');
  });

  it('accepts exactly the token', () => {
    const on = auth(TOKEN);
    expect(on.checkToken(TOKEN)).toBe(true);
    for (const wrong of [TOKEN.slice(0, -1), `${TOKEN}x`, TOKEN.toUpperCase(), '', undefined, 42]) {
      expect(on.checkToken(wrong)).toBe(false);
    }
  });

  it('accepts a bearer token or a session cookie it issued', async () => {
    const on = auth(TOKEN);
    expect(await on.access({ authorization: `Bearer ${TOKEN}` })).toBe('granted');
    expect(await on.access({ authorization: `bearer ${TOKEN}` })).toBe('granted');
    expect(await on.access({ authorization: 'Bearer wrong-token-wrong-token' })).toBe('denied');
    expect(await on.access({ authorization: TOKEN })).toBe('denied');
    const session = await on.issueSession();
    expect(session).not.toContain(TOKEN);
    expect(await on.access({ cookie: `theme=dark; jd_console=${session}` })).toBe('granted');
    expect(await on.access({})).toBe('denied');
  });

  it('refuses expired, tampered or foreign session cookies', async () => {
    const store = new InMemoryKeyValueStore({ maxKeys: 100 });
    const on = auth(TOKEN, store);
    const now = Date.now();
    const session = await on.issueSession(now);
    expect(await on.checkSession(session, now + (CONSOLE_SESSION_SECONDS - 1) * 1000)).toBe(true);
    expect(await on.checkSession(session, now + CONSOLE_SESSION_SECONDS * 1000)).toBe(false);
    const [expires, id, mac] = session.split('.');
    expect(await on.checkSession(`${Number(expires) + 3600}.${id}.${mac}`, now)).toBe(false);
    expect(await on.checkSession(`${expires}.${id}.${mac.slice(0, -1)}${mac.endsWith('A') ? 'B' : 'A'}`, now)).toBe(false);
    expect(await on.checkSession(`${expires}.${id.slice(0, -1)}${id.endsWith('A') ? 'B' : 'A'}.${mac}`, now)).toBe(false);
    // Signed with another token: refused even though the session id is in the same store.
    expect(await auth('another-token-another-token', store).checkSession(session, now)).toBe(false);
    expect(await on.checkSession('garbage', now)).toBe(false);
    expect(await on.checkSession(undefined, now)).toBe(false);
  });

  it('a revoked session is refused, every copy of its cookie; other sessions stay', async () => {
    const on = auth(TOKEN);
    const [mine, theirs] = [await on.issueSession(), await on.issueSession()];
    await on.revokeSession(mine);
    expect(await on.checkSession(mine)).toBe(false);
    expect(await on.access({ cookie: `jd_console=${mine}` })).toBe('denied');
    expect(await on.checkSession(theirs)).toBe(true);
    // A session the store no longer knows (a restart of the in-memory store) is refused too.
    expect(await auth(TOKEN).checkSession(theirs)).toBe(false);
  });

  it('fails closed when the store cannot be read', async () => {
    class Down extends InMemoryKeyValueStore {
      override async get(): Promise<string | undefined> {
        throw new Error('down');
      }
    }
    const on = auth(TOKEN, new Down({ maxKeys: 100 }));
    const session = await on.issueSession();
    await expect(on.access({ cookie: `jd_console=${session}` })).rejects.toThrow('down');
    expect(await on.access({ authorization: `Bearer ${TOKEN}` })).toBe('granted');
  });

  it('reads one cookie from a Cookie header', () => {
    expect(readCookie('a=1; jd_console=x.y; b=2', 'jd_console')).toBe('x.y');
    expect(readCookie('xjd_console=1', 'jd_console')).toBeUndefined();
    expect(readCookie(undefined, 'jd_console')).toBeUndefined();
  });
});
