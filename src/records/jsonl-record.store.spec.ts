import { Logger } from '@nestjs/common';
import { appendFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JsonlRecordStore, type RecordDropReason } from './jsonl-record.store';
import { RecordKind } from './record-store.port';
import { RecordsMetrics } from '../observability/metrics/records-metrics.port';
import { readAll } from './testing/read-all';

// The module object itself (not an import copy), so that a spy sees the store's calls.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const fsPromises: typeof import('node:fs/promises') = require('node:fs/promises');

describe('JsonlRecordStore', () => {
  let dir: string;
  let store: JsonlRecordStore;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'jd-store-'));
    store = new JsonlRecordStore(join(dir, 'nested', 'data'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const files = () => readdirSync(join(dir, 'nested', 'data')).sort();

  it('appends one JSON line per record into a file per kind and Beijing day, creating the folder', async () => {
    await store.append('turns', { at: '2024-05-01T15:59:59.000Z', n: 1 });
    await store.append('turns', { at: '2024-05-01T16:00:00.000Z', n: 2 }); // 00:00 on 2 May in Beijing
    await store.append('feedback', { at: '2024-05-01T01:00:00.000Z', n: 3 });
    expect(files()).toEqual(['feedback-2024-05-01.jsonl', 'turns-2024-05-01.jsonl', 'turns-2024-05-02.jsonl']);
    expect(readFileSync(join(dir, 'nested', 'data', 'turns-2024-05-01.jsonl'), 'utf8')).toBe('{"at":"2024-05-01T15:59:59.000Z","n":1}\n');
  });

  it('reads a kind back oldest day first, limited to a range of days', async () => {
    for (const [at, n] of [['2024-05-03T02:00:00Z', 3], ['2024-05-01T02:00:00Z', 1], ['2024-05-02T02:00:00Z', 2]] as const) {
      await store.append('turns', { at, n });
    }
    await store.append('feedback', { at: '2024-05-02T03:00:00Z', n: 9 });
    const all = await readAll<{ at: string; n: number }>(store, 'turns');
    expect(all.map((r) => r.n)).toEqual([1, 2, 3]);
    expect((await readAll<{ at: string; n: number }>(store, 'turns', { from: '2024-05-02' })).map((r) => r.n)).toEqual([2, 3]);
    expect((await readAll<{ at: string; n: number }>(store, 'turns', { to: '2024-05-02' })).map((r) => r.n)).toEqual([1, 2]);
    expect((await readAll<{ at: string; n: number }>(store, 'feedback')).map((r) => r.n)).toEqual([9]);
  });

  it('keeps every line whole when many turns are recorded at once', async () => {
    const at = '2024-06-01T08:00:00.000Z';
    const long = '长'.repeat(3000);
    await Promise.all(Array.from({ length: 200 }, (_, i) => store.append('turns', { at, i, long })));
    const back = await readAll<{ at: string; i: number }>(store, 'turns');
    expect(back).toHaveLength(200);
    expect(new Set(back.map((r) => r.i)).size).toBe(200);
  });

  it('reads an empty list when nothing was recorded yet', async () => {
    expect(await readAll(store, 'turns')).toEqual([]);
  });

  it('skips a line cut short by a crash instead of losing the day', async () => {
    await store.append('turns', { at: '2024-05-01T02:00:00Z', n: 1 });
    appendFileSync(join(dir, 'nested', 'data', 'turns-2024-05-01.jsonl'), '{"at":"2024-05-01T02:00:01Z","n":');
    expect(await readAll(store, 'turns')).toEqual([{ at: '2024-05-01T02:00:00Z', n: 1 }]);
  });

  it('deletes whole days before the first kept day, of every kind, and leaves other files alone', async () => {
    await store.append('turns', { at: '2024-05-01T02:00:00Z' });
    await store.append('feedback', { at: '2024-05-01T02:00:00Z' });
    await store.append('turns', { at: '2024-05-02T02:00:00Z' });
    writeFileSync(join(dir, 'nested', 'data', 'notes.txt'), 'keep');
    expect(await store.deleteBefore('2024-05-02')).toEqual(['2024-05-01']);
    expect(files()).toEqual(['notes.txt', 'turns-2024-05-02.jsonl']);
    expect(await store.deleteBefore('2024-05-02')).toEqual([]);
  });

  describe('bounds (issue 13)', () => {
    class FakeMetrics extends RecordsMetrics {
      readonly failed: [RecordKind, number][] = [];
      readonly dropped: [RecordKind, RecordDropReason, number][] = [];
      writeFailed(kind: RecordKind, records: number): void {
        this.failed.push([kind, records]);
      }
      recordsDropped(kind: RecordKind, reason: RecordDropReason, records: number): void {
        this.dropped.push([kind, reason, records]);
      }
    }
    const data = () => join(dir, 'nested', 'data');
    const line = (n: number, day = '2024-05-01') => ({ at: `${day}T02:00:00.000Z`, n, pad: 'x'.repeat(11) }); // 60 bytes as JSON + \n
    let warn: jest.SpyInstance;
    beforeEach(() => (warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined)));
    afterEach(() => warn.mockRestore());

    it('stops writing a kind’s day file at the daily volume cap: drops and counts the rest, warns once that day, never throws', async () => {
      const metrics = new FakeMetrics();
      const capped = new JsonlRecordStore(data(), { maxBytesPerDay: 150, metrics, now: () => new Date('2024-05-01T03:00:00.000Z') });
      expect(Buffer.byteLength(`${JSON.stringify(line(1))}\n`)).toBe(60);
      expect(await capped.append('turns', line(1))).toBe('written');
      expect(await capped.append('turns', line(2))).toBe('written');
      expect(await capped.append('turns', line(3))).toBe('dropped');
      // Concurrent appends (one batched write) are cut at the cap too.
      expect(await Promise.all([4, 5, 6].map((n) => capped.append('turns', line(n))))).toEqual(['dropped', 'dropped', 'dropped']);
      expect(statSync(join(data(), 'turns-2024-05-01.jsonl')).size).toBe(120);
      expect((await readAll<{ at: string; n: number }>(capped, 'turns')).map((r) => r.n)).toEqual([1, 2]);
      // Another kind and the next day have caps of their own.
      expect(await capped.append('feedback', line(7))).toBe('written');
      expect(await capped.append('turns', line(8, '2024-05-02'))).toBe('written');
      expect(metrics.dropped.reduce((sum, [kind, reason, n]) => sum + (kind === 'turns' && reason === 'day-limit' ? n : 0), 0)).toBe(4);
      expect(metrics.failed).toEqual([]);
      expect(warn.mock.calls.filter(([m]) => String(m).includes('RECORDS_MAX_MB_PER_DAY'))).toHaveLength(1);
      expect(capped.status()).toEqual({ ok: false, lastError: expect.stringContaining('RECORDS_MAX_MB_PER_DAY') });
    });

    it('counts what is already in the day file, e.g. written before a restart or by another instance', async () => {
      await store.append('turns', line(1));
      await store.append('turns', line(2));
      const restarted = new JsonlRecordStore(data(), { maxBytesPerDay: 150 });
      expect(await restarted.append('turns', line(3))).toBe('dropped');
    });

    it('drops a single record larger than the record cap (counted as too-large) and keeps the next', async () => {
      const metrics = new FakeMetrics();
      const small = new JsonlRecordStore(data(), { maxRecordBytes: 100, metrics });
      expect(await small.append('turns', { ...line(1), pad: 'x'.repeat(200) })).toBe('dropped');
      expect(await small.append('turns', line(2))).toBe('written');
      expect(metrics.dropped).toEqual([['turns', 'too-large', 1]]);
      expect((await readAll<{ at: string; n: number }>(small, 'turns')).map((r) => r.n)).toEqual([2]);
    });

    it('counts a failed write, reports it in status, and recovers once the directory is usable again', async () => {
      const metrics = new FakeMetrics();
      mkdirSync(join(dir, 'nested'), { recursive: true });
      writeFileSync(data(), 'not a directory'); // like a read-only or missing volume: every write fails, even as root
      const broken = new JsonlRecordStore(data(), { metrics });
      expect(broken.status()).toEqual({ ok: true });
      await expect(broken.append('turns', line(1))).rejects.toThrow();
      await expect(Promise.all([broken.append('feedback', line(2)), broken.append('feedback', line(3))])).rejects.toThrow();
      expect(metrics.failed).toEqual([['turns', 1], ['feedback', 2]]);
      expect(broken.status()).toEqual({ ok: false, lastError: expect.stringMatching(/写入用户评价失败（E[A-Z]+）/) });
      rmSync(data());
      expect(await broken.append('turns', line(4))).toBe('written');
      expect(await broken.append('feedback', line(5))).toBe('written');
      expect(broken.status()).toEqual({ ok: true });
    });

    it('reads line by line, never a whole file into one string, and skips a line longer than any record', async () => {
      await store.append('turns', line(1));
      appendFileSync(join(data(), 'turns-2024-05-01.jsonl'), `{"at":"2024-05-01T02:00:00Z","huge":"${'长'.repeat(2 * 1024 * 1024)}"}\n`);
      await store.append('turns', line(2));
      const readFile = jest.spyOn(fsPromises, 'readFile');
      try {
        expect((await readAll<{ at: string; n: number }>(store, 'turns')).map((r) => r.n)).toEqual([1, 2]);
        expect(readFile).not.toHaveBeenCalled();
      } finally {
        readFile.mockRestore();
      }
    });

    it('stops reading when the reader stops early (an export whose client went away)', async () => {
      for (let n = 1; n <= 5; n++) await store.append('turns', line(n));
      const seen: number[] = [];
      for await (const r of store.stream<{ at: string; n: number }>('turns')) {
        seen.push(r.n);
        if (seen.length === 2) break;
      }
      expect(seen).toEqual([1, 2]);
      expect(await store.append('turns', line(6))).toBe('written');
    });
  });
});
