import { Logger } from '@nestjs/common';
import { appendFile, mkdir, readdir, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { dayOf } from './day-key';
import { DayRange, RECORD_KINDS, RecordKind, RecordStore } from './record-store.port';

const FILE_PATTERN = new RegExp(`^(${RECORD_KINDS.join('|')})-(\\d{4}-\\d{2}-\\d{2})\\.jsonl$`);

/**
 * Records as JSON Lines, one file per kind per day (`turns-2024-05-01.jsonl`). Appends to a file are
 * queued (and batched while a write is in flight) so that concurrent turns never interleave within a
 * line; a line cut short by a crash is skipped on reading instead of failing the whole day.
 */
export class JsonlRecordStore extends RecordStore {
  private readonly logger = new Logger('RecordStore');
  private readonly queues = new Map<string, Promise<void>>();
  private readonly batches = new Map<string, { lines: string[]; written: Promise<void> }>();
  private ready?: Promise<unknown>;

  constructor(private readonly dir: string) {
    super();
  }

  async append<T extends { at: string }>(kind: RecordKind, record: T): Promise<void> {
    const file = join(this.dir, `${kind}-${dayOf(record.at)}.jsonl`);
    const line = `${JSON.stringify(record)}\n`;
    // Lines that arrive while the file is busy go out together in the next write: one open per batch, not per turn.
    const waiting = this.batches.get(file);
    if (waiting) {
      waiting.lines.push(line);
      return waiting.written;
    }
    const lines = [line];
    const previous = this.queues.get(file) ?? Promise.resolve();
    const written = previous.then(async () => {
      this.batches.delete(file);
      this.ready ??= mkdir(this.dir, { recursive: true, mode: 0o700 });
      await this.ready;
      await appendFile(file, lines.join(''), { encoding: 'utf8', mode: 0o600 });
    });
    this.batches.set(file, { lines, written });
    const settled = written.catch(() => undefined);
    this.queues.set(file, settled);
    void settled.then(() => {
      if (this.queues.get(file) === settled) this.queues.delete(file);
    });
    return written;
  }

  async read<T extends { at: string }>(kind: RecordKind, range: DayRange = {}): Promise<T[]> {
    const days = (await this.days())
      .filter((f) => f.kind === kind && (!range.from || f.day >= range.from) && (!range.to || f.day <= range.to))
      .sort((a, b) => a.day.localeCompare(b.day));
    const records: T[] = [];
    for (const { file } of days) {
      // Wait for pending appends to this file so a read sees every record already reported.
      await this.queues.get(join(this.dir, file));
      const text = await readFile(join(this.dir, file), 'utf8').catch(() => '');
      let broken = 0;
      for (const line of text.split('\n')) {
        if (!line.trim()) continue;
        try {
          records.push(JSON.parse(line) as T);
        } catch {
          broken++;
        }
      }
      if (broken) this.logger.warn(`${file} 中有 ${broken} 行无法解析，已跳过`);
    }
    return records;
  }

  async deleteBefore(firstKeptDay: string): Promise<string[]> {
    const old = (await this.days()).filter((f) => f.day < firstKeptDay);
    for (const { file } of old) await unlink(join(this.dir, file)).catch(() => undefined);
    return [...new Set(old.map((f) => f.day))].sort();
  }

  private async days(): Promise<{ file: string; kind: RecordKind; day: string }[]> {
    const names = await readdir(this.dir).catch(() => [] as string[]);
    return names.flatMap((file) => {
      const m = FILE_PATTERN.exec(file);
      return m ? [{ file, kind: m[1] as RecordKind, day: m[2] }] : [];
    });
  }
}
