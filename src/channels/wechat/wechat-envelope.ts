import { randomInt } from 'node:crypto';
import { WeChatCrypto, WeChatCryptoError } from './wechat-crypto';
import { signatureMatches, wechatSignature } from './wechat-signature';
import { buildWeChatXml, parseWeChatXml, readEncryptField } from './wechat-xml';

/** The query string WeChat adds to every call of the server URL. */
export interface WeChatQuery {
  signature?: string;
  timestamp?: string;
  nonce?: string;
  echostr?: string;
  encrypt_type?: string;
  msg_signature?: string;
}

/** A request refused before any message is read: HTTP status and a Chinese reason. */
export class WeChatRejection extends Error {
  constructor(
    readonly status: 401 | 403,
    message: string,
  ) {
    super(message);
    this.name = 'WeChatRejection';
  }
}

export interface WeChatEnvelopeConfig {
  token: string;
  appId?: string;
  encodingAesKey?: string;
  /** The key before the last change in the WeChat backend, tried when the current one fails. */
  previousEncodingAesKey?: string;
  /** 0 turns the timestamp check off. */
  maxSkewSeconds: number;
  now?: () => number;
}

/** A push whose signature holds, as open() reads it: in safe mode only the signed Encrypt text is kept. */
export type VerifiedPush = { mode: 'plain'; xml: string } | { mode: 'aes'; encrypted: string };

/** How a message came in, so the reply goes back the same way (and under the key that opened it). */
export type Sealing = { mode: 'plain' } | { mode: 'aes'; crypto: WeChatCrypto };

/**
 * Authenticity and confidentiality of the WeChat server protocol: the signature of every call, the
 * timestamp window, and in safe mode (安全模式) msg_signature over the ciphertext, AES decryption with
 * the appid check, and the encrypted reply envelope.
 */
export class WeChatEnvelope {
  private readonly keys: WeChatCrypto[];
  private readonly now: () => number;

  constructor(private readonly config: WeChatEnvelopeConfig) {
    this.now = config.now ?? Date.now;
    // Constructing the ciphers validates the keys, so a bad key stops the service at start-up.
    this.keys =
      config.encodingAesKey && config.appId
        ? [config.encodingAesKey, config.previousEncodingAesKey]
            .filter((k): k is string => Boolean(k))
            .map((k) => new WeChatCrypto(k, config.appId as string))
        : [];
  }

  get safeMode(): boolean {
    return this.keys.length > 0;
  }

  /** `signature` over token, timestamp, nonce, and the timestamp window. Reads nothing else. */
  checkSignature(query: WeChatQuery): void {
    const { signature, timestamp, nonce } = query;
    if (!signature || !timestamp || !nonce) throw new WeChatRejection(401, '缺少签名参数（signature、timestamp、nonce）');
    if (!signatureMatches(signature, wechatSignature(this.config.token, timestamp, nonce))) {
      throw new WeChatRejection(401, '签名校验失败');
    }
    this.checkTimestamp(timestamp);
  }

  /**
   * Authenticates a push before any XML is parsed. Plain mode: `signature` over token, timestamp and
   * nonce. Safe mode (encrypt_type=aes): WeChat signs the message itself — msg_signature over token,
   * timestamp, nonce and the Encrypt text — so `signature` is neither required nor looked at; the Encrypt
   * text is cut out of the raw body (readEncryptField: linear, no parser), and a body without exactly one
   * well-formed Encrypt has nothing signed in it, so it is refused like a wrong signature. The timestamp
   * window applies to both, after the signature.
   */
  verifyPush(query: WeChatQuery, body: string): VerifiedPush {
    if (!this.safeMode || query.encrypt_type !== 'aes') {
      this.checkSignature(query);
      if (this.safeMode) throw new WeChatRejection(403, '已启用安全模式，只接受加密消息');
      return { mode: 'plain', xml: body };
    }
    const { msg_signature: msgSignature, timestamp, nonce } = query;
    if (!msgSignature || !timestamp || !nonce) throw new WeChatRejection(401, '缺少签名参数（msg_signature、timestamp、nonce）');
    const encrypted = readEncryptField(body);
    if (!encrypted || !signatureMatches(msgSignature, wechatSignature(this.config.token, timestamp, nonce, encrypted))) {
      throw new WeChatRejection(401, '消息签名（msg_signature）校验失败');
    }
    this.checkTimestamp(timestamp);
    return { mode: 'aes', encrypted };
  }

  /**
   * The message fields of a verified push: the plain XML, or in safe mode the Encrypt text decrypted (the
   * appid checked) and then parsed — the envelope around it is never parsed.
   */
  open(push: VerifiedPush): { fields: Record<string, string>; sealing: Sealing } {
    if (push.mode === 'plain') return { fields: parseWeChatXml(push.xml), sealing: { mode: 'plain' } };

    let failure: WeChatCryptoError | undefined;
    for (const crypto of this.keys) {
      try {
        return { fields: parseWeChatXml(crypto.decrypt(push.encrypted)), sealing: { mode: 'aes', crypto } };
      } catch (e) {
        if (!(e instanceof WeChatCryptoError)) throw e;
        failure ??= e;
      }
    }
    throw new WeChatRejection(403, failure?.reason === 'wrong-appid' ? '消息的 AppID 与本公众号不符' : '消息解密失败');
  }

  /** The reply body for WeChat: the XML itself, or in safe mode the encrypted envelope. */
  seal(replyXml: string, sealing: Sealing): string {
    if (sealing.mode === 'plain') return replyXml;
    const timestamp = Math.floor(this.now() / 1000);
    const nonce = String(randomInt(100_000_000, 2_000_000_000));
    const encrypted = sealing.crypto.encrypt(replyXml);
    return buildWeChatXml({
      Encrypt: encrypted,
      MsgSignature: wechatSignature(this.config.token, String(timestamp), nonce, encrypted),
      TimeStamp: timestamp,
      Nonce: nonce,
    });
  }

  private checkTimestamp(timestamp: string): void {
    if (!/^\d{1,12}$/.test(timestamp)) throw new WeChatRejection(403, '时间戳格式错误');
    const skew = this.config.maxSkewSeconds;
    if (skew > 0 && Math.abs(Math.floor(this.now() / 1000) - Number(timestamp)) > skew) {
      throw new WeChatRejection(403, `请求时间戳与服务器时间相差超过 ${skew} 秒，已拒绝`);
    }
  }
}
