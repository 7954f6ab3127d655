import { Injectable, Optional } from '@nestjs/common';
import { Counter, Registry } from 'prom-client';
import { RECORD_KINDS, RecordKind } from '../../records/record-store.port';
import { RECORD_DROP_REASONS, RecordDropReason, RecordsMetrics } from '../../records/records-metrics.port';
import { MetricsRegistry } from './metrics.registry';

/** The record store's losses as Prometheus series (alert on any increase). */
@Injectable()
export class PrometheusRecordsMetrics extends RecordsMetrics {
  private readonly failures: Counter<'kind'>;
  private readonly dropped: Counter<'kind' | 'reason'>;

  // Optional so that a records module built without observability (unit tests) still works.
  constructor(@Optional() metrics?: MetricsRegistry) {
    super();
    const registers: Registry[] = [metrics?.registry ?? new Registry()];
    this.failures = new Counter({
      name: 'records_write_failures_total',
      help: '写入失败而丢失的记录数（磁盘满、只读、目录不可用等），按类型 turns/feedback',
      labelNames: ['kind'],
      registers,
    });
    this.dropped = new Counter({
      name: 'records_dropped_total',
      help: '因上限未写入的记录数，按类型和原因（day-limit：当日文件已达 RECORDS_MAX_MB_PER_DAY；too-large：单条过大）',
      labelNames: ['kind', 'reason'],
      registers,
    });
    // Every series from the start at 0, so an alert on increase() sees the first loss.
    for (const kind of RECORD_KINDS) {
      this.failures.inc({ kind }, 0);
      for (const reason of RECORD_DROP_REASONS) this.dropped.inc({ kind, reason }, 0);
    }
  }

  writeFailed(kind: RecordKind, records: number): void {
    this.failures.inc({ kind }, records);
  }

  recordsDropped(kind: RecordKind, reason: RecordDropReason, records: number): void {
    this.dropped.inc({ kind, reason }, records);
  }
}
