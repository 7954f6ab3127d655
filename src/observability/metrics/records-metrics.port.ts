/**
 * What the record store reports for monitoring (lost records must not go unnoticed). No-op by default;
 * the records module binds the Prometheus adapter beside this port, so the store never depends on prom-client.
 */
export abstract class RecordsMetrics {
  /** Records lost because the write failed (read-only or full disk, missing directory, …). */
  abstract writeFailed(kind: string, records: number): void;
  /** Records not written on purpose: the day's file reached its cap, or the record itself was too large. */
  abstract recordsDropped(kind: string, reason: string, records: number): void;
}

export class NoopRecordsMetrics extends RecordsMetrics {
  writeFailed(): void {}
  recordsDropped(): void {}
}
