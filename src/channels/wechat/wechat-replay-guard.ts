import { Logger } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { KeyValueStore } from '../../common/state/key-value.store';
import type { WeChatQuery } from './wechat-envelope';

/** With the timestamp check off (WECHAT_MAX_SKEW_SECONDS=0) there is no window to cover; this long, then. */
const MEMORY_WITHOUT_WINDOW_MS = 300_000;
/** Kept a little past the window, so a query is never forgotten while its timestamp is still accepted. */
const MARGIN_MS = 1_000;

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

export interface WeChatReplayGuardOptions {
  /** WECHAT_MAX_SKEW_SECONDS: how long a timestamp is accepted; 0 = not checked. */
  maxSkewSeconds: number;
  now?: () => number;
}

/**
 * The plain `signature` covers token, timestamp and nonce — not the body — so whoever saw a signed query
 * (a log, a proxy) could send any body under it until its timestamp leaves the window. Each signed query
 * is therefore remembered for that window in the shared store, bound to a digest of what it carried: the
 * same query with the same content is WeChat retrying (a retry repeats the message byte for byte, MsgId
 * included, and may repeat the query; the MsgId deduplication gives it the first answer), the same query
 * with other content is a replay. Only digests are stored. Safe-mode pushes need none of this:
 * msg_signature covers the Encrypt text itself.
 */
export class WeChatReplayGuard {
  private readonly logger = new Logger('WeChat');
  private readonly now: () => number;

  constructor(
    private readonly store: KeyValueStore,
    private readonly options: WeChatReplayGuardOptions,
  ) {
    this.now = options.now ?? Date.now;
  }

  /** True for the first use of a verified query and for a repeat with the same content; false for a replay. */
  async admit(query: Pick<WeChatQuery, 'timestamp' | 'nonce' | 'signature'>, content: string): Promise<boolean> {
    // The signature is compared case-insensitively, so its case must not make a fresh key.
    const key = `wechat:sig:${sha256([query.timestamp, query.nonce, query.signature?.toLowerCase()].join('\n'))}`;
    const digest = sha256(content);
    try {
      if (await this.store.setIfAbsent(key, digest, this.memoryMs(query.timestamp ?? ''))) return true;
      const seen = await this.store.get(key);
      return seen === undefined || seen === digest;
    } catch (error) {
      // Without the store the MsgId deduplication fails as well and the push is answered `success`
      // unprocessed; refusing here would protect nothing and would turn WeChat's URL check away.
      this.logger.warn(`签名重放检查失败，本次放行：${(error as Error).message}`);
      return true;
    }
  }

  /** A timestamp is accepted until timestamp + skew (WeChatEnvelope.checkTimestamp): remembered until then. */
  private memoryMs(timestamp: string): number {
    const skew = this.options.maxSkewSeconds;
    if (skew <= 0) return MEMORY_WITHOUT_WINDOW_MS;
    return Math.max(MARGIN_MS, (Number(timestamp) + skew) * 1000 - this.now() + MARGIN_MS);
  }
}
