import type { ThrottlerStorage } from '@nestjs/throttler';
import type { KeyValueStore } from '../../common/state/key-value.store';

type ThrottlerStorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

/**
 * @nestjs/throttler's storage over the KeyValueStore's fixed-window counter, so that with Redis every
 * instance counts the same address together. Over the limit, the caller stays blocked until the window
 * ends (a fixed window; `blockDuration` is not extended beyond it).
 */
export class KeyValueThrottlerStorage implements ThrottlerStorage {
  constructor(private readonly store: KeyValueStore) {}

  async increment(key: string, ttl: number, limit: number): Promise<ThrottlerStorageRecord> {
    const { count, ttlMs } = await this.store.increment(`throttle:${key}`, ttl);
    const seconds = Math.max(1, Math.ceil(ttlMs / 1000));
    const isBlocked = count > limit;
    return { totalHits: count, timeToExpire: seconds, isBlocked, timeToBlockExpire: isBlocked ? seconds : 0 };
  }
}
