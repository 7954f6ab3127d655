import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import { TurnLog, TurnRecord } from '../chat/records/turn-log.port';
import { maskPersonalData } from '../common/personal-data';
import { KeyValueStore } from '../common/state/key-value.store';
import { SETTINGS } from '../config/config.module';
import type { Settings } from '../config/settings.schema';
import { dayOf } from './day-key';
import { RecordStore } from './record-store.port';

/** A turn as feedback needs to know it: whose it is and which day's records hold it. */
export interface KnownTurn {
  sessionId: string;
  day: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;
/** Turns remembered in memory (about 150 bytes each); older ones are looked up in the records again. */
const MAX_KNOWN_TURNS = 100_000;
const SHARED_KEY = (turnId: string) => `turn:${turnId}`;

/**
 * Keeps every turn for the console (gaps, exports), with phone numbers, ID numbers etc. masked first, and
 * answers whether a turn exists (feedback may only rate real answers).
 *
 * Lookup: the turns this process recorded, in memory; on a miss the records themselves — every retained
 * day the first time (after a restart), later only the days since the last read (where other instances
 * sharing DATA_DIR append). With a shared KeyValueStore (Redis) each turn is also registered there for the
 * retention period, so an instance with its own DATA_DIR accepts feedback on another instance's answer.
 */
@Injectable()
export class StoredTurnLog extends TurnLog {
  private readonly logger = new Logger('TurnLog');
  private known = new Map<string, KnownTurn>();
  /** The day of the last read of the records; undefined until the first miss. */
  private readFrom?: string;
  private reading?: Promise<void>;
  private readonly shared?: KeyValueStore;
  private readonly retentionMs: number;

  constructor(
    private readonly store: RecordStore,
    @Optional() kv?: KeyValueStore,
    @Optional() @Inject(SETTINGS) settings?: Pick<Settings, 'RECORDS_RETENTION_DAYS'>,
  ) {
    super();
    this.shared = kv && kv.backend !== 'memory' ? kv : undefined;
    this.retentionMs = (settings?.RECORDS_RETENTION_DAYS ?? 180) * DAY_MS;
  }

  async record(turn: TurnRecord): Promise<void> {
    // Known before it is written: the answer exists even if the disk refuses the record.
    this.remember(turn.turnId, { sessionId: turn.sessionId, day: dayOf(turn.at) });
    if (this.shared) {
      await this.shared.set(SHARED_KEY(turn.turnId), turn.sessionId, this.retentionMs).catch((e: Error) => {
        this.logger.warn(`答复编号写入共享存储失败：${e.message}`);
      });
    }
    await this.store.append('turns', {
      ...turn,
      question: maskPersonalData(turn.question),
      answer: maskPersonalData(turn.answer),
    });
  }

  /** The recorded turn with this id, or undefined when there is none (never was, or past retention). */
  async find(turnId: string, now = new Date()): Promise<KnownTurn | undefined> {
    const hit = this.known.get(turnId);
    if (hit) return hit;
    if (this.shared) {
      const sessionId = await this.shared.get(SHARED_KEY(turnId)).catch(() => undefined);
      if (sessionId) return { sessionId, day: dayOf(now) };
    }
    await this.readRecords(now);
    return this.known.get(turnId);
  }

  /** Retention dropped the days before `firstKeptDay`: their turns no longer exist. */
  forgetBefore(firstKeptDay: string): void {
    for (const [turnId, turn] of this.known) if (turn.day < firstKeptDay) this.known.delete(turnId);
  }

  private readRecords(now: Date): Promise<void> {
    // Concurrent misses share one read.
    this.reading ??= (async () => {
      const first = this.readFrom === undefined;
      const records = await this.store.read<TurnRecord>('turns', first ? {} : { from: this.readFrom });
      this.readFrom = dayOf(now);
      const found = new Map<string, KnownTurn>();
      for (const r of records) found.set(r.turnId, { sessionId: r.sessionId, day: dayOf(r.at) });
      if (first) {
        // Older turns first, so that the bound drops them before the ones recorded since start-up.
        for (const [turnId, turn] of this.known) {
          found.delete(turnId);
          found.set(turnId, turn);
        }
        this.known = found;
        this.trim();
      } else {
        for (const [turnId, turn] of found) if (!this.known.has(turnId)) this.remember(turnId, turn);
      }
    })().finally(() => {
      this.reading = undefined;
    });
    return this.reading;
  }

  private remember(turnId: string, turn: KnownTurn): void {
    this.known.delete(turnId);
    this.known.set(turnId, turn);
    this.trim();
  }

  private trim(): void {
    while (this.known.size > MAX_KNOWN_TURNS) this.known.delete(this.known.keys().next().value as string);
  }
}
