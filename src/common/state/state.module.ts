import { Global, Module } from '@nestjs/common';
import { SETTINGS } from '../../config/config.module';
import type { Settings } from '../../config/settings.schema';
import { InMemoryKeyValueStore } from './in-memory-key-value.store';
import { KeyValueStore } from './key-value.store';
import { RateLimiter } from './rate-limiter';
import { RedisKeyValueStore } from './redis-key-value.store';

const MAX_KEYS = 100_000;

/**
 * Provides the shared KeyValueStore to every feature: Redis when REDIS_URL is set (several instances
 * behind a load balancer share sessions, deduplication, counters and tokens), else this process's memory.
 */
@Global()
@Module({
  providers: [
    {
      provide: KeyValueStore,
      inject: [{ token: SETTINGS, optional: true }],
      useFactory: (settings?: Settings) =>
        settings?.REDIS_URL
          ? new RedisKeyValueStore({ url: settings.REDIS_URL, keyPrefix: settings.REDIS_KEY_PREFIX })
          : new InMemoryKeyValueStore({ maxKeys: MAX_KEYS }),
    },
    RateLimiter,
  ],
  exports: [KeyValueStore, RateLimiter],
})
export class StateModule {}
