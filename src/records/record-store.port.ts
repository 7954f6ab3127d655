/** The kinds of records kept for the hotline team: one file per kind per day. */
export type RecordKind = 'turns' | 'feedback';

export const RECORD_KINDS: readonly RecordKind[] = ['turns', 'feedback'];

/** Inclusive range of days (`YYYY-MM-DD`, Beijing time); an open end means "from the first" / "up to the last". */
export interface DayRange {
  from?: string;
  to?: string;
}

/**
 * Append-only storage of records, grouped by day. Records are plain JSON objects with an ISO `at`
 * timestamp; the store never rewrites one, it only appends and drops whole days past retention.
 */
export abstract class RecordStore {
  abstract append<T extends { at: string }>(kind: RecordKind, record: T): Promise<void>;
  /** Records of the days in range, oldest first (within a day, in the order they were appended). */
  abstract read<T extends { at: string }>(kind: RecordKind, range?: DayRange): Promise<T[]>;
  /** Deletes every day before `firstKeptDay`; returns the days deleted. */
  abstract deleteBefore(firstKeptDay: string): Promise<string[]>;
}
