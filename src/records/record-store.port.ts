/** The kinds of records kept for the hotline team: one file per kind per day. */
export type RecordKind = 'turns' | 'feedback';

export const RECORD_KINDS: readonly RecordKind[] = ['turns', 'feedback'];

/** Inclusive range of days (`YYYY-MM-DD`, Beijing time); an open end means "from the first" / "up to the last". */
export interface DayRange {
  from?: string;
  to?: string;
}

/** `dropped`: a bound refused the record (the day's volume cap, or the record is too large); nothing failed. */
export type AppendOutcome = 'written' | 'dropped';

/** Whether records are being kept right now (readiness detail; a problem here never stops the chat). */
export interface RecordsStatus {
  ok: boolean;
  /** The latest problem, in Chinese for operators, e.g. `2024-05-01 10:00:00 写入问答记录失败（EROFS）`. */
  lastError?: string;
}

/**
 * Append-only storage of records, grouped by day. Records are plain JSON objects with an ISO `at`
 * timestamp; the store never rewrites one, it only appends and drops whole days past retention.
 * Reading is one record at a time: a day may hold hundreds of megabytes, never to be held in memory at once.
 */
export abstract class RecordStore {
  /** Rejects when the write failed (disk full, read-only, …); the failure is counted and shown in status(). */
  abstract append<T extends { at: string }>(kind: RecordKind, record: T): Promise<AppendOutcome>;
  /** Records of the days in range, oldest first (within a day, in the order they were appended). */
  abstract stream<T extends { at: string }>(kind: RecordKind, range?: DayRange): AsyncIterable<T>;
  /** Deletes every day before `firstKeptDay`; returns the days deleted. */
  abstract deleteBefore(firstKeptDay: string): Promise<string[]>;
  abstract status(): RecordsStatus;
}
