import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/** WeChat pads to 32-byte blocks (not AES's 16), so node's automatic PKCS#7 padding is switched off. */
const BLOCK = 32;
const RANDOM_BYTES = 16;

export type WeChatCryptoFailure = 'bad-key' | 'bad-ciphertext' | 'bad-padding' | 'bad-length' | 'wrong-appid';

export class WeChatCryptoError extends Error {
  constructor(
    readonly reason: WeChatCryptoFailure,
    message: string,
  ) {
    super(message);
    this.name = 'WeChatCryptoError';
  }
}

/** EncodingAESKey (43 Base64 characters) → the 32-byte AES key; throws a Chinese error otherwise. */
export function decodeEncodingAesKey(encodingAesKey: string): Buffer {
  if (!/^[A-Za-z0-9+/]{43}$/.test(encodingAesKey)) {
    throw new WeChatCryptoError('bad-key', 'EncodingAESKey 应为 43 个 Base64 字符（不含末尾的 =）');
  }
  // WeChat generates 43 random characters, so the last one may carry non-zero spare bits; Node ignores them.
  const key = Buffer.from(`${encodingAesKey}=`, 'base64');
  if (key.length !== 32) throw new WeChatCryptoError('bad-key', 'EncodingAESKey 解码后应为 32 字节');
  return key;
}

export function pkcs7Pad(data: Buffer): Buffer {
  const n = BLOCK - (data.length % BLOCK);
  return Buffer.concat([data, Buffer.alloc(n, n)]);
}

export function pkcs7Unpad(data: Buffer): Buffer {
  const n = data.length ? data[data.length - 1] : 0;
  if (data.length === 0 || data.length % 16 !== 0 || n < 1 || n > BLOCK || n > data.length) {
    throw new WeChatCryptoError('bad-padding', '解密失败：填充无效');
  }
  for (let i = data.length - n; i < data.length; i++) {
    if (data[i] !== n) throw new WeChatCryptoError('bad-padding', '解密失败：填充无效');
  }
  return data.subarray(0, data.length - n);
}

/**
 * The message encryption of the WeChat Official Account platform (安全模式): AES-256-CBC, key from the
 * EncodingAESKey, IV = the first 16 bytes of the key, PKCS#7 to 32-byte blocks, plaintext =
 * 16 random bytes + 4-byte big-endian length + message + appid.
 */
export class WeChatCrypto {
  private readonly key: Buffer;

  constructor(
    encodingAesKey: string,
    private readonly appId: string,
  ) {
    this.key = decodeEncodingAesKey(encodingAesKey);
  }

  encrypt(message: string, random: Buffer = randomBytes(RANDOM_BYTES)): string {
    if (random.length !== RANDOM_BYTES) throw new WeChatCryptoError('bad-length', '随机串应为 16 字节');
    const body = Buffer.from(message, 'utf8');
    const length = Buffer.alloc(4);
    length.writeUInt32BE(body.length, 0);
    const plain = pkcs7Pad(Buffer.concat([random, length, body, Buffer.from(this.appId, 'utf8')]));
    const cipher = createCipheriv('aes-256-cbc', this.key, this.key.subarray(0, 16));
    cipher.setAutoPadding(false);
    return Buffer.concat([cipher.update(plain), cipher.final()]).toString('base64');
  }

  /** Decrypts and checks the appid at the end; throws WeChatCryptoError on any inconsistency. */
  decrypt(encrypted: string): string {
    const { message, appId } = this.open(encrypted);
    if (appId !== this.appId) throw new WeChatCryptoError('wrong-appid', '消息的 AppID 与本公众号不符');
    return message;
  }

  /** Decrypts without judging the appid (for the known-answer tests and diagnostics). */
  open(encrypted: string): { message: string; appId: string } {
    if (!/^[A-Za-z0-9+/]+={0,2}$/.test(encrypted)) throw new WeChatCryptoError('bad-ciphertext', '密文不是合法的 Base64');
    const data = Buffer.from(encrypted, 'base64');
    if (data.length === 0 || data.length % BLOCK !== 0) {
      throw new WeChatCryptoError('bad-ciphertext', '密文长度不是 32 字节的整数倍');
    }
    const decipher = createDecipheriv('aes-256-cbc', this.key, this.key.subarray(0, 16));
    decipher.setAutoPadding(false);
    const plain = pkcs7Unpad(Buffer.concat([decipher.update(data), decipher.final()]));
    if (plain.length < RANDOM_BYTES + 4) throw new WeChatCryptoError('bad-length', '解密失败：明文过短');
    const length = plain.readUInt32BE(RANDOM_BYTES);
    const start = RANDOM_BYTES + 4;
    if (start + length > plain.length) throw new WeChatCryptoError('bad-length', '解密失败：消息长度无效');
    return {
      message: plain.subarray(start, start + length).toString('utf8'),
      appId: plain.subarray(start + length).toString('utf8'),
    };
  }
}
