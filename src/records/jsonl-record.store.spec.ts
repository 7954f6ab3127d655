import { appendFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JsonlRecordStore } from './jsonl-record.store';

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
    const all = await store.read<{ at: string; n: number }>('turns');
    expect(all.map((r) => r.n)).toEqual([1, 2, 3]);
    expect((await store.read<{ at: string; n: number }>('turns', { from: '2024-05-02' })).map((r) => r.n)).toEqual([2, 3]);
    expect((await store.read<{ at: string; n: number }>('turns', { to: '2024-05-02' })).map((r) => r.n)).toEqual([1, 2]);
    expect((await store.read<{ at: string; n: number }>('feedback')).map((r) => r.n)).toEqual([9]);
  });

  it('keeps every line whole when many turns are recorded at once', async () => {
    const at = '2024-06-01T08:00:00.000Z';
    const long = '长'.repeat(3000);
    await Promise.all(Array.from({ length: 200 }, (_, i) => store.append('turns', { at, i, long })));
    const back = await store.read<{ at: string; i: number }>('turns');
    expect(back).toHaveLength(200);
    expect(new Set(back.map((r) => r.i)).size).toBe(200);
  });

  it('reads an empty list when nothing was recorded yet', async () => {
    expect(await store.read('turns')).toEqual([]);
  });

  it('skips a line cut short by a crash instead of losing the day', async () => {
    await store.append('turns', { at: '2024-05-01T02:00:00Z', n: 1 });
    appendFileSync(join(dir, 'nested', 'data', 'turns-2024-05-01.jsonl'), '{"at":"2024-05-01T02:00:01Z","n":');
    expect(await store.read('turns')).toEqual([{ at: '2024-05-01T02:00:00Z', n: 1 }]);
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
});
