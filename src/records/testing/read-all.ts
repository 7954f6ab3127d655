import type { DayRange, RecordKind, RecordStore } from '../record-store.port';

/** Every record of a kind as one array: for tests with a handful of records only (the service never does this). */
export async function readAll<T extends { at: string }>(store: RecordStore, kind: RecordKind, range?: DayRange): Promise<T[]> {
  const records: T[] = [];
  for await (const r of store.stream<T>(kind, range)) records.push(r);
  return records;
}
