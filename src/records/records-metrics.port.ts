import type { RecordKind } from './record-store.port';

/** Why a record was not written although the disk was fine. */
export type RecordDropReason = 'day-limit' | 'too-large';

export const RECORD_DROP_REASONS: readonly RecordDropReason[] = ['day-limit', 'too-large'];

/**
 * What the record store reports for monitoring (lost records must not go unnoticed). No-op by default;
 * the records module binds a Prometheus implementation, so the store never depends on prom-client.
 */
export abstract class RecordsMetrics {
  /** Records lost because the write failed (read-only or full disk, missing directory, …). */
  abstract writeFailed(kind: RecordKind, records: number): void;
  /** Records not written on purpose: the day's file reached its cap, or the record itself was too large. */
  abstract recordsDropped(kind: RecordKind, reason: RecordDropReason, records: number): void;
}

export class NoopRecordsMetrics extends RecordsMetrics {
  writeFailed(): void {}
  recordsDropped(): void {}
}
