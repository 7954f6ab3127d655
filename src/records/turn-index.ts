import { InMemoryKeyValueStore } from '../common/state/in-memory-key-value.store';
import { KeyValueStore } from '../common/state/key-value.store';
import type { Settings } from '../config/settings.schema';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * How long an answer can be rated. People rate an answer within minutes of reading it, at most when they
 * come back to the page (it keeps the conversation in the browser); a week covers that, and bounds the
 * index to a week of turns instead of the whole retention period (180 days by default).
 */
export const FEEDBACK_WINDOW_DAYS = 7;

/** Turn ids kept in this process's memory without Redis (about 150 bytes each); the oldest go first. */
const MAX_TURNS_IN_MEMORY = 100_000;

const KEY = (turnId: string) => `turn:${turnId}`;

/**
 * Recent turn ids and the session each belongs to, so that feedback can be checked without reading a
 * record file (a day file may be hundreds of megabytes). Written when a turn is recorded; an entry
 * expires after the feedback window. With Redis every instance sees every answer; in memory (one
 * instance) the index has a store of its own, so a burst of turns never evicts sessions or rate-limit
 * counters, and it starts empty after a restart.
 */
export class TurnIndex {
  constructor(
    private readonly kv: KeyValueStore,
    private readonly ttlMs: number,
  ) {}

  static create(shared: KeyValueStore | undefined, settings: Pick<Settings, 'RECORDS_RETENTION_DAYS'>): TurnIndex {
    const kv = shared && shared.backend !== 'memory' ? shared : new InMemoryKeyValueStore({ maxKeys: MAX_TURNS_IN_MEMORY });
    return new TurnIndex(kv, TurnIndex.windowMs(settings));
  }

  /** The feedback window, never longer than the records are kept (a rating would point at nothing). */
  static windowMs(settings: Pick<Settings, 'RECORDS_RETENTION_DAYS'>): number {
    return Math.min(FEEDBACK_WINDOW_DAYS, settings.RECORDS_RETENTION_DAYS) * DAY_MS;
  }

  async remember(turnId: string, sessionId: string): Promise<void> {
    await this.kv.set(KEY(turnId), sessionId, this.ttlMs);
  }

  /** The session of a turn answered within the window; undefined for any other id. */
  async sessionOf(turnId: string): Promise<string | undefined> {
    return this.kv.get(KEY(turnId));
  }
}
