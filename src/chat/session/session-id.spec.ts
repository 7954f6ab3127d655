import { issueSessionId, mayBeIssuedSessionId } from './session-id';

describe('session ids', () => {
  it('issues 128 random bits as 22 base64url characters, a new one each time', () => {
    const ids = Array.from({ length: 100 }, issueSessionId);
    expect(new Set(ids).size).toBe(100);
    for (const id of ids) {
      expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);
      expect(Buffer.from(id, 'base64url')).toHaveLength(16);
      expect(mayBeIssuedSessionId(id)).toBe(true);
    }
  });

  it('looks up only what the server could have issued', () => {
    expect(mayBeIssuedSessionId(`wx-${'A'.repeat(40)}`)).toBe(true);
    expect(mayBeIssuedSessionId('72a53ec8-20a0-4da3-bd5c-08b9343018fc')).toBe(true);
    for (const id of [undefined, '', 'a', '__proto__', 'constructor', '-2-3', 'bad id!', 'x'.repeat(65), 'a'.repeat(21), '../../etc/passwd/aaaaaaaaaa']) {
      expect(mayBeIssuedSessionId(id)).toBe(false);
    }
  });
});
