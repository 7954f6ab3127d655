import { trustProxyWarning } from './http-observability';

describe('TRUST_PROXY at start-up', () => {
  it.each([
    ['1', '0.0.0.0', true],
    ['true', '::', true],
    ['1', '127.0.0.1', false],
    ['10.0.0.2', '0.0.0.0', false],
    [undefined, '0.0.0.0', false],
    ['false', '0.0.0.0', false],
  ])('TRUST_PROXY=%s with HOST=%s warns: %s', (trust, host, warns) => {
    const warning = trustProxyWarning({ TRUST_PROXY: trust, HOST: host });
    expect(Boolean(warning)).toBe(warns);
    if (warns) expect(warning).toMatch(/X-Forwarded-For.*伪造地址.*代理的地址或网段/);
  });
});
