import { Module } from '@nestjs/common';
import { resolve } from 'node:path';
import { KeyValueStore } from '../common/state/key-value.store';
import { SETTINGS } from '../config/config.module';
import type { Settings } from '../config/settings.schema';
import { PrometheusRecordsMetrics } from '../observability/metrics/prometheus-records.metrics';
import { FeedbackService } from './feedback.service';
import { GapsService } from './gaps.service';
import { JsonlRecordStore, RECORD_DROP_REASONS } from './jsonl-record.store';
import { RecordStore } from './record-store.port';
import { RecordsExportService } from './records-export.service';
import { RecordsMetrics } from '../observability/metrics/records-metrics.port';
import { MetricsRegistry } from '../observability/metrics/metrics.registry';
import { RECORD_KINDS } from './record-store.port';
import { RecordsRetention } from './records-retention';
import { StoredTurnLog } from './stored-turn-log';
import { TurnIndex } from './turn-index';

const MB = 1024 * 1024;

/** Conversations and feedback kept on disk (JSON Lines under DATA_DIR) for the hotline console. */
@Module({
  providers: [
    {
      provide: RecordsMetrics,
      inject: [{ token: MetricsRegistry, optional: true }],
      useFactory: (registry?: MetricsRegistry) => new PrometheusRecordsMetrics(registry, RECORD_KINDS, RECORD_DROP_REASONS),
    },
    {
      provide: RecordStore,
      inject: [SETTINGS, RecordsMetrics],
      useFactory: (s: Settings, metrics: RecordsMetrics) =>
        new JsonlRecordStore(resolve(s.DATA_DIR), { maxBytesPerDay: s.RECORDS_MAX_MB_PER_DAY * MB, metrics }),
    },
    {
      provide: TurnIndex,
      inject: [{ token: KeyValueStore, optional: true }, SETTINGS],
      useFactory: (kv: KeyValueStore | undefined, s: Settings) => TurnIndex.create(kv, s),
    },
    StoredTurnLog,
    FeedbackService,
    { provide: GapsService, inject: [RecordStore], useFactory: (store: RecordStore) => new GapsService(store) },
    { provide: RecordsExportService, inject: [RecordStore], useFactory: (store: RecordStore) => new RecordsExportService(store) },
    RecordsRetention,
  ],
  // RecordStore for the readiness detail (GET /api/health).
  exports: [StoredTurnLog, FeedbackService, GapsService, RecordsExportService, RecordStore],
})
export class RecordsModule {}
