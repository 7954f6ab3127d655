import { signatureMatches, wechatSignature } from './wechat-signature';

describe('wechatSignature (URL verification and plain-mode pushes)', () => {
  it('matches wechatpy tests/test_utils.py (test_check_signature_should_ok)', () => {
    // Source: repository wechatpy/wechatpy, path tests/test_utils.py.
    expect(wechatSignature('test', '1410685589', 'test')).toBe('f21891de399b4e33a1a93c9a7b8a8fffb5a443ff');
  });

  it('sorts before hashing, as silenceper/wechat util/signature_test.go checks with sha1("abc")', () => {
    // Source: repository silenceper/wechat (Go), path util/signature_test.go (TestSignature).
    expect(wechatSignature('a', 'b', 'c')).toBe('a9993e364706816aba3e25717850c26c9cd0d89d');
    expect(wechatSignature('c', 'a', 'b')).toBe('a9993e364706816aba3e25717850c26c9cd0d89d');
  });
});

describe('signatureMatches', () => {
  const expected = wechatSignature('test', '1410685589', 'test');

  it('accepts the signature, in either hex case', () => {
    expect(signatureMatches(expected, expected)).toBe(true);
    expect(signatureMatches(expected.toUpperCase(), expected)).toBe(true);
  });

  it('refuses a changed, shortened, missing or non-string signature', () => {
    // wechatpy's test_check_signature_should_fail: the last hex digit changed.
    expect(signatureMatches('f21891de399b4e33a1a93c9a7b8a8fffb5a443fe', expected)).toBe(false);
    expect(signatureMatches(expected.slice(0, 39), expected)).toBe(false);
    expect(signatureMatches(undefined, expected)).toBe(false);
    expect(signatureMatches('', expected)).toBe(false);
  });
});
