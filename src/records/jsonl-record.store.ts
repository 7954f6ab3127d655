import { Logger } from '@nestjs/common';
import { appendFile, mkdir, readdir, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { beijingTime, dayOf } from './day-key';
import { readLines } from './read-lines';
import { AppendOutcome, DayRange, RECORD_KINDS, RecordKind, RecordStore, RecordsStatus } from './record-store.port';
import { NoopRecordsMetrics, RecordsMetrics } from '../observability/metrics/records-metrics.port';

/** Why a record was not written although the disk was fine. */
export type RecordDropReason = 'day-limit' | 'too-large';

export const RECORD_DROP_REASONS: readonly RecordDropReason[] = ['day-limit', 'too-large'];

const FILE_PATTERN = new RegExp(`^(${RECORD_KINDS.join('|')})-(\\d{4}-\\d{2}-\\d{2})\\.jsonl$`);

const MB = 1024 * 1024;
export const DEFAULT_MAX_BYTES_PER_DAY = 200 * MB;
/**
 * One record at most, as a JSON line. A turn's question and answer are cut well below this before they get
 * here (StoredTurnLog), and feedback comments are 500 characters at most: only a bug would reach it.
 */
export const DEFAULT_MAX_RECORD_BYTES = 128 * 1024;
/** Longer lines are skipped when reading: written by no version of this service, so corrupt or planted. */
const MAX_LINE_BYTES = 1 * MB;
/** Write failures are logged at most this often per kind (each one is counted in the metrics). */
const FAILURE_LOG_INTERVAL_MS = 60_000;

const KIND_NAMES: Record<RecordKind, string> = { turns: '问答记录', feedback: '用户评价' };

export interface JsonlRecordStoreOptions {
  /** Bytes one kind may write into one day's file (RECORDS_MAX_MB_PER_DAY); past it the day's records are dropped. */
  maxBytesPerDay?: number;
  maxRecordBytes?: number;
  metrics?: RecordsMetrics;
  now?: () => Date;
}

interface Batch {
  lines: string[];
  /** How many of the batch's lines (a prefix) were written. */
  written: Promise<number>;
}

interface Problem {
  message: string;
  /** A day cap is a problem of that day only. */
  day?: string;
}

/**
 * Records as JSON Lines, one file per kind per day (`turns-2024-05-01.jsonl`). Appends to a file are
 * queued (and batched while a write is in flight) so that concurrent turns never interleave within a
 * line; a line cut short by a crash is skipped on reading instead of failing the whole day.
 *
 * Bounded: a record larger than maxRecordBytes is dropped, and once a kind's file for a day reaches
 * maxBytesPerDay nothing more is written to it that day (dropped records are counted, one warning per
 * day) — the disk fills at a known rate whatever a client sends, and no reader ever faces an unbounded
 * day. Files are read line by line. Nothing here throws into the chat: a failed write rejects the
 * append (callers decide), and is counted and shown in status() until a later write succeeds.
 */
export class JsonlRecordStore extends RecordStore {
  private readonly logger = new Logger('RecordStore');
  private readonly queues = new Map<string, Promise<void>>();
  private readonly batches = new Map<string, Batch>();
  private ready?: Promise<unknown>;
  private readonly maxBytesPerDay: number;
  private readonly maxRecordBytes: number;
  private readonly metrics: RecordsMetrics;
  private readonly now: () => Date;
  /** Per kind, the day whose file reached its cap (so later records of that day are dropped without I/O). */
  private readonly fullDay = new Map<RecordKind, string>();
  private readonly problems = new Map<RecordKind, Problem>();
  private readonly lastProblemLog = new Map<string, number>();

  constructor(
    private readonly dir: string,
    options: JsonlRecordStoreOptions = {},
  ) {
    super();
    this.maxBytesPerDay = options.maxBytesPerDay ?? DEFAULT_MAX_BYTES_PER_DAY;
    this.maxRecordBytes = options.maxRecordBytes ?? DEFAULT_MAX_RECORD_BYTES;
    this.metrics = options.metrics ?? new NoopRecordsMetrics();
    this.now = options.now ?? (() => new Date());
  }

  async append<T extends { at: string }>(kind: RecordKind, record: T): Promise<AppendOutcome> {
    const day = dayOf(record.at);
    const line = `${JSON.stringify(record)}\n`;
    if (Buffer.byteLength(line) > this.maxRecordBytes) return this.drop(kind, 'too-large', day);
    if (this.fullDay.get(kind) === day) return this.drop(kind, 'day-limit', day);
    const file = join(this.dir, `${kind}-${day}.jsonl`);
    // Lines that arrive while the file is busy go out together in the next write: one open per batch, not per turn.
    const waiting = this.batches.get(file);
    if (waiting) {
      const position = waiting.lines.push(line) - 1;
      return this.outcome(kind, day, waiting.written, position);
    }
    const lines = [line];
    const previous = this.queues.get(file) ?? Promise.resolve();
    const written = previous.then(() => this.write(kind, file, lines));
    this.batches.set(file, { lines, written });
    const settled = written.then(
      () => undefined,
      () => undefined,
    );
    this.queues.set(file, settled);
    void settled.then(() => {
      if (this.queues.get(file) === settled) this.queues.delete(file);
    });
    return this.outcome(kind, day, written, 0);
  }

  async *stream<T extends { at: string }>(kind: RecordKind, range: DayRange = {}): AsyncGenerator<T> {
    const days = (await this.days())
      .filter((f) => f.kind === kind && (!range.from || f.day >= range.from) && (!range.to || f.day <= range.to))
      .sort((a, b) => a.day.localeCompare(b.day));
    for (const { file } of days) {
      const path = join(this.dir, file);
      // Wait for pending appends to this file so a read sees every record already reported.
      await this.queues.get(path);
      let broken = 0;
      try {
        for await (const line of readLines(path, MAX_LINE_BYTES)) {
          if (line === undefined) {
            broken++;
            continue;
          }
          if (!line.trim()) continue;
          let record: T;
          try {
            record = JSON.parse(line) as T;
          } catch {
            broken++;
            continue;
          }
          yield record;
        }
      } catch (error) {
        this.logger.warn(`读取 ${file} 失败，已跳过：${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
      }
      if (broken) this.logger.warn(`${file} 中有 ${broken} 行无法解析或过长，已跳过`);
    }
  }

  async deleteBefore(firstKeptDay: string): Promise<string[]> {
    const old = (await this.days()).filter((f) => f.day < firstKeptDay);
    for (const { file } of old) await unlink(join(this.dir, file)).catch(() => undefined);
    return [...new Set(old.map((f) => f.day))].sort();
  }

  status(): RecordsStatus {
    const today = dayOf(this.now());
    const current = [...this.problems.values()].filter((p) => p.day === undefined || p.day === today);
    return current.length ? { ok: false, lastError: current[current.length - 1].message } : { ok: true };
  }

  /** Writes what fits under the day's cap (a prefix of the batch); resolves to how many lines were written. */
  private async write(kind: RecordKind, file: string, lines: string[]): Promise<number> {
    this.batches.delete(file);
    try {
      this.ready ??= mkdir(this.dir, { recursive: true, mode: 0o700 });
      await this.ready;
      // The file's real size: it counts what was written before a restart or by another instance.
      let room = this.maxBytesPerDay - (await stat(file).then((s) => s.size, () => 0));
      let fit = 0;
      for (const line of lines) {
        const bytes = Buffer.byteLength(line);
        if (bytes > room) break;
        room -= bytes;
        fit++;
      }
      if (fit) await appendFile(file, lines.slice(0, fit).join(''), { encoding: 'utf8', mode: 0o600 });
      return fit;
    } catch (error) {
      // Try the directory again next time: the operator may fix the volume while the service runs.
      this.ready = undefined;
      const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
      this.metrics.writeFailed(kind, lines.length);
      this.problem(kind, `${beijingTime(this.now().toISOString())} 写入${KIND_NAMES[kind]}失败（${code}）`);
      this.logThrottled(`fail:${kind}`, `写入${KIND_NAMES[kind]}失败，${lines.length} 条记录丢失：${(error as Error).message}`);
      throw error;
    }
  }

  private async outcome(kind: RecordKind, day: string, written: Promise<number>, position: number): Promise<AppendOutcome> {
    if (position < (await written)) {
      // A write succeeded: a write problem is over (a day cap lasts the day).
      if (this.problems.get(kind)?.day === undefined) this.problems.delete(kind);
      return 'written';
    }
    this.fullDay.set(kind, day);
    return this.drop(kind, 'day-limit', day);
  }

  private drop(kind: RecordKind, reason: RecordDropReason, day: string): AppendOutcome {
    this.metrics.recordsDropped(kind, reason, 1);
    if (reason === 'day-limit') {
      if (this.problems.get(kind)?.day !== day) {
        const mb = Math.round(this.maxBytesPerDay / MB);
        const message = `${day} 的${KIND_NAMES[kind]}已达当日上限 RECORDS_MAX_MB_PER_DAY（${mb} MB），当天之后的${KIND_NAMES[kind]}不再写入`;
        this.problem(kind, message, day);
        this.logger.warn(`${message}；请检查是否有异常流量`);
      }
    } else {
      this.logThrottled(`large:${kind}`, `一条${KIND_NAMES[kind]}超过单条上限（${this.maxRecordBytes} 字节），未写入`);
    }
    return 'dropped';
  }

  /** The latest problem of a kind replaces its earlier one and becomes the most recent (status shows that). */
  private problem(kind: RecordKind, message: string, day?: string): void {
    this.problems.delete(kind);
    this.problems.set(kind, { message, day });
  }

  private logThrottled(key: string, message: string): void {
    const now = Date.now();
    if (now - (this.lastProblemLog.get(key) ?? -Infinity) < FAILURE_LOG_INTERVAL_MS) return;
    this.lastProblemLog.set(key, now);
    this.logger.warn(message);
  }

  private async days(): Promise<{ file: string; kind: RecordKind; day: string }[]> {
    const names = await readdir(this.dir).catch(() => [] as string[]);
    return names.flatMap((file) => {
      const m = FILE_PATTERN.exec(file);
      return m ? [{ file, kind: m[1] as RecordKind, day: m[2] }] : [];
    });
  }
}
