import { Injectable, Logger } from '@nestjs/common';
import { DOMAIN_ERROR_CODES, DomainError } from '../domain-error';
import { KeyValueStore } from './key-value.store';

export interface RateLimitDecision {
  allowed: boolean;
  /** Hits counted in the current window, this one included. */
  count: number;
  limit: number;
  /** Until the window ends (when the caller may try again). */
  retryAfterMs: number;
}

/**
 * Fixed-window counters over the KeyValueStore, so that with Redis every instance counts together.
 * Used by the HTTP throttler (per IP) and by channels without HTTP semantics, e.g. WeChat per openid
 * (`wx:<openid>`). A limit of 0 means no limit.
 */
@Injectable()
export class RateLimiter {
  private readonly logger = new Logger(RateLimiter.name);

  constructor(private readonly store: KeyValueStore) {}

  async consume(key: string, limit: number, windowMs = 60_000): Promise<RateLimitDecision> {
    if (limit <= 0) return { allowed: true, count: 0, limit, retryAfterMs: 0 };
    try {
      const { count, ttlMs } = await this.store.increment(`rl:${key}`, windowMs);
      return { allowed: count <= limit, count, limit, retryAfterMs: count <= limit ? 0 : ttlMs };
    } catch (e) {
      // A limiter protects the service; when its store is down the store's own failure surfaces
      // elsewhere, and refusing every user here would turn a degraded service into an outage.
      this.logger.warn(`限流计数失败，本次放行：${(e as Error).message}`);
      return { allowed: true, count: 0, limit, retryAfterMs: 0 };
    }
  }

  /** Like consume, but throws RATE_LIMITED with a Chinese message when over the limit. */
  async assert(key: string, limit: number, windowMs = 60_000): Promise<RateLimitDecision> {
    const decision = await this.consume(key, limit, windowMs);
    if (!decision.allowed) throw rateLimitedError(decision.retryAfterMs);
    return decision;
  }
}

export function rateLimitedError(retryAfterMs: number): DomainError {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  return new DomainError(DOMAIN_ERROR_CODES.RATE_LIMITED, `请求过于频繁，请 ${seconds} 秒后再试`);
}
