import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { KeyValueStore } from '../common/state/key-value.store';
import { SETTINGS } from '../config/config.module';
import type { Settings } from '../config/settings.schema';
import { ApiThrottlerGuard } from './limits/api-throttler.guard';
import { KeyValueThrottlerStorage } from './limits/key-value-throttler.storage';
import { DrainState } from './lifecycle/drain-state';
import { PinoNestLogger } from './logging/pino-nest.logger';
import { createRootLogger, defaultLogLevel, ROOT_LOGGER } from './logging/root-logger';
import { MetricsController } from './metrics/metrics.controller';
import { MetricsRegistry } from './metrics/metrics.registry';
import type { Logger } from 'pino';

const MINUTE_MS = 60_000;

/**
 * Operations: JSON logs (pino) with request ids, Prometheus metrics at /metrics, per-address rate limits
 * on /api/*, and the draining state used by graceful shutdown and readiness.
 */
@Global()
@Module({
  imports: [
    ThrottlerModule.forRootAsync({
      inject: [SETTINGS, KeyValueStore],
      useFactory: (settings: Settings, store: KeyValueStore) => ({
        storage: new KeyValueThrottlerStorage(store),
        throttlers: [
          { name: 'chat', ttl: MINUTE_MS, limit: settings.RATE_LIMIT_CHAT_PER_MINUTE },
          { name: 'api', ttl: MINUTE_MS, limit: settings.RATE_LIMIT_API_PER_MINUTE },
        ],
      }),
    }),
  ],
  controllers: [MetricsController],
  providers: [
    MetricsRegistry,
    DrainState,
    {
      provide: ROOT_LOGGER,
      inject: [SETTINGS],
      useFactory: (settings: Settings) => createRootLogger(defaultLogLevel(settings.LOG_LEVEL)),
    },
    { provide: PinoNestLogger, inject: [ROOT_LOGGER], useFactory: (logger: Logger) => new PinoNestLogger(logger) },
    { provide: APP_GUARD, useClass: ApiThrottlerGuard },
  ],
  exports: [MetricsRegistry, DrainState, ROOT_LOGGER, PinoNestLogger],
})
export class ObservabilityModule {}
