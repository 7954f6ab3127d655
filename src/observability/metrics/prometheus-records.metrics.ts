import { Counter, Registry } from 'prom-client';
import { MetricsRegistry } from './metrics.registry';
import { RecordsMetrics } from './records-metrics.port';

/** The record store's losses as Prometheus series (alert on any increase). */
export class PrometheusRecordsMetrics extends RecordsMetrics {
  private readonly failures: Counter<'kind'>;
  private readonly dropped: Counter<'kind' | 'reason'>;

  /** `kinds` and `reasons`: the label values, each series started at 0 (the records module passes its own). */
  constructor(metrics: MetricsRegistry | undefined, kinds: readonly string[], reasons: readonly string[]) {
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
    for (const kind of kinds) {
      this.failures.inc({ kind }, 0);
      for (const reason of reasons) this.dropped.inc({ kind, reason }, 0);
    }
  }

  writeFailed(kind: string, records: number): void {
    this.failures.inc({ kind }, records);
  }

  recordsDropped(kind: string, reason: string, records: number): void {
    this.dropped.inc({ kind, reason }, records);
  }
}
