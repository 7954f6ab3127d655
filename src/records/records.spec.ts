import { Logger } from '@nestjs/common';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DomainError } from '../common/domain-error';
import { InMemoryKeyValueStore } from '../common/state/in-memory-key-value.store';
import type { Settings } from '../config/settings.schema';
import { FEEDBACK_UNAVAILABLE_MESSAGE, FeedbackService, UNKNOWN_TURN_MESSAGE } from './feedback.service';
import { GapsService } from './gaps.service';
import { JsonlRecordStore } from './jsonl-record.store';
import { AppendOutcome, DayRange, RecordKind, RecordStore, RecordsStatus } from './record-store.port';
import { RecordsExportService } from './records-export.service';
import { RecordsRetention } from './records-retention';
import { ANSWER_MAX_CHARS, QUESTION_MAX_CHARS, StoredTurnLog } from './stored-turn-log';
import { readAll } from './testing/read-all';
import { turnRecord } from './testing/turn-record';
import { FEEDBACK_WINDOW_DAYS, TurnIndex } from './turn-index';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The whole CSV an export produces (it is produced piece by piece). */
async function text(pieces: AsyncIterable<string>): Promise<string> {
  let csv = '';
  for await (const piece of pieces) csv += piece;
  return csv;
}

/** A store that delegates to a real one, for tests that break or watch one operation. */
class DelegatingStore extends RecordStore {
  constructor(readonly inner: RecordStore) {
    super();
  }
  append<T extends { at: string }>(kind: RecordKind, record: T): Promise<AppendOutcome> {
    return this.inner.append(kind, record);
  }
  stream<T extends { at: string }>(kind: RecordKind, range?: DayRange): AsyncIterable<T> {
    return this.inner.stream<T>(kind, range);
  }
  deleteBefore(firstKeptDay: string): Promise<string[]> {
    return this.inner.deleteBefore(firstKeptDay);
  }
  status(): RecordsStatus {
    return this.inner.status();
  }
}

describe('records (turns, feedback, gaps, export, retention)', () => {
  let dir: string;
  let store: JsonlRecordStore;
  let clock: number;
  let index: TurnIndex;
  let turns: StoredTurnLog;
  let feedback: FeedbackService;
  let gaps: GapsService;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'jd-records-'));
    store = new JsonlRecordStore(dir);
    clock = Date.parse('2024-05-10T04:00:00.000Z');
    index = new TurnIndex(new InMemoryKeyValueStore({ maxKeys: 1000, now: () => clock }), FEEDBACK_WINDOW_DAYS * DAY_MS);
    turns = new StoredTurnLog(store, index);
    feedback = new FeedbackService(store, index);
    gaps = new GapsService(store);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const NOW = new Date('2024-05-10T04:00:00.000Z');
  const at = (iso: string) => new Date(iso);

  it('masks personal data in questions, answers and comments before writing', async () => {
    const t = turnRecord({ question: '我手机13812345678，身份证330702199001011234', answer: '请拨打0579-82345678' });
    await turns.record(t);
    await feedback.submit({ sessionId: t.sessionId, turnId: t.turnId, rating: 'down', comment: '邮箱 a.b@example.com' }, NOW);
    const [turn] = await readAll<{ at: string; question: string; answer: string }>(store, 'turns');
    expect(turn.question).toBe('我手机138****5678，身份证330***********1234');
    expect(turn.answer).toBe('请拨打0579****78');
    const [fb] = await readAll<{ at: string; comment: string }>(store, 'feedback');
    expect(fb.comment).toBe('邮箱 [邮箱]');
  });

  describe('gaps', () => {
    it('lists unanswered turns and thumbs-down (with the comment), newest first, and nothing else', async () => {
      const silent = turnRecord({ outcome: 'policy-silent', at: '2024-05-09T01:00:00.000Z', question: '申报材料交到哪里' });
      const scope = turnRecord({ outcome: 'out-of-scope', at: '2024-05-09T02:00:00.000Z' });
      const fallback = turnRecord({ outcome: 'fallback', at: '2024-05-09T03:00:00.000Z' });
      const answered = turnRecord({ outcome: 'answered', at: '2024-05-09T04:00:00.000Z', question: '专利导航有什么支持' });
      const asked = turnRecord({ outcome: 'asked-for-facts', at: '2024-05-09T05:00:00.000Z' });
      const refused = turnRecord({ outcome: 'refused', at: '2024-05-09T06:00:00.000Z' });
      for (const t of [silent, scope, fallback, answered, asked, refused]) await turns.record(t);
      await feedback.submit({ sessionId: answered.sessionId, turnId: answered.turnId, rating: 'down', comment: '没说金额' }, at('2024-05-09T07:00:00.000Z'));
      await feedback.submit({ sessionId: asked.sessionId, turnId: asked.turnId, rating: 'up' }, at('2024-05-09T07:30:00.000Z'));

      const list = await gaps.recent({ limit: 50, days: 30 }, NOW);
      expect(list.map((g) => [g.turnId, g.reasons])).toEqual([
        [answered.turnId, ['thumbs-down']],
        [fallback.turnId, ['fallback']],
        [scope.turnId, ['out-of-scope']],
        [silent.turnId, ['policy-silent']],
      ]);
      expect(list[0]).toMatchObject({ question: '专利导航有什么支持', comment: '没说金额', at: '2024-05-09T07:00:00.000Z', channel: 'web' });
      expect(list[3]).toMatchObject({ question: '申报材料交到哪里', comment: null, outcome: 'policy-silent' });
    });

    it('uses the latest rating of an answer, and merges reasons for an unanswered turn rated down', async () => {
      const changed = turnRecord({ at: '2024-05-09T01:00:00.000Z' });
      const both = turnRecord({ outcome: 'fallback', at: '2024-05-09T02:00:00.000Z' });
      await turns.record(changed);
      await turns.record(both);
      await feedback.submit({ sessionId: changed.sessionId, turnId: changed.turnId, rating: 'down' }, at('2024-05-09T03:00:00.000Z'));
      await feedback.submit({ sessionId: changed.sessionId, turnId: changed.turnId, rating: 'up' }, at('2024-05-09T03:01:00.000Z'));
      await feedback.submit({ sessionId: both.sessionId, turnId: both.turnId, rating: 'down', comment: '答非所问' }, at('2024-05-09T04:00:00.000Z'));
      const list = await gaps.recent({ limit: 50, days: 30 }, NOW);
      expect(list).toHaveLength(1);
      expect(list[0]).toMatchObject({ turnId: both.turnId, reasons: ['fallback', 'thumbs-down'], comment: '答非所问' });
    });

    it('keeps a thumbs-down whose turn is no longer recorded, without a question', async () => {
      await turns.record(turnRecord({ turnId: 'gone', sessionId: 's9', at: '2024-04-01T02:00:00.000Z' }));
      await feedback.submit({ sessionId: 's9', turnId: 'gone', rating: 'down', comment: '不对' }, at('2024-05-09T03:00:00.000Z'));
      await store.deleteBefore('2024-04-02');
      expect(await gaps.recent({ limit: 50, days: 30 }, NOW)).toEqual([
        { turnId: 'gone', sessionId: 's9', at: '2024-05-09T03:00:00.000Z', reasons: ['thumbs-down'], channel: null, question: null, answer: null, outcome: null, comment: '不对' },
      ]);
    });

    it('looks back only the given number of days and returns at most `limit`', async () => {
      await turns.record(turnRecord({ outcome: 'fallback', at: '2024-04-01T02:00:00.000Z' }));
      for (let h = 0; h < 5; h++) await turns.record(turnRecord({ outcome: 'fallback', at: `2024-05-08T0${h}:00:00.000Z` }));
      expect(await gaps.recent({ limit: 50, days: 7 }, NOW)).toHaveLength(5);
      expect(await gaps.recent({ limit: 50, days: 60 }, NOW)).toHaveLength(6);
      const three = await gaps.recent({ limit: 3, days: 7 }, NOW);
      expect(three.map((g) => g.at)).toEqual(['2024-05-08T04:00:00.000Z', '2024-05-08T03:00:00.000Z', '2024-05-08T02:00:00.000Z']);
    });
  });

  describe('feedback only on answers that exist', () => {
    const refused = async (promise: Promise<unknown>) => {
      const error = await promise.then(() => undefined, (e: unknown) => e);
      expect(error).toBeInstanceOf(DomainError);
      expect(error).toMatchObject({ code: 'NOT_FOUND', message: UNKNOWN_TURN_MESSAGE });
    };

    it('refuses a turnId that was never answered, or another session\'s answer, and stores nothing', async () => {
      const t = turnRecord({ at: '2024-05-09T01:00:00.000Z' });
      await turns.record(t);
      await refused(feedback.submit({ sessionId: t.sessionId, turnId: 'never-answered', rating: 'down', comment: '假的' }, NOW));
      await refused(feedback.submit({ sessionId: 'someone-else', turnId: t.turnId, rating: 'down' }, NOW));
      expect(await readAll(store, 'feedback')).toEqual([]);
      expect(await gaps.recent({ limit: 50, days: 30 }, NOW)).toEqual([]);
      await feedback.submit({ sessionId: t.sessionId, turnId: t.turnId, rating: 'up' }, NOW);
      expect(await readAll(store, 'feedback')).toHaveLength(1);
    });

    it('answers from an index of recent turns, never by reading a record file (a miss costs no I/O)', async () => {
      const watched = new (class extends DelegatingStore {
        streamed = 0;
        override stream<T extends { at: string }>(kind: RecordKind, range?: DayRange): AsyncIterable<T> {
          this.streamed++;
          throw new Error(`feedback read the ${kind} records`);
        }
      })(store);
      const t = turnRecord({ at: '2024-05-10T03:00:00.000Z' });
      await turns.record(t);
      const service = new FeedbackService(watched, index);
      await refused(service.submit({ sessionId: t.sessionId, turnId: 'unknown-after-restart', rating: 'down' }, NOW));
      await refused(service.submit({ sessionId: 'someone-else', turnId: t.turnId, rating: 'down' }, NOW));
      await service.submit({ sessionId: t.sessionId, turnId: t.turnId, rating: 'up' }, NOW);
      expect(watched.streamed).toBe(0);
    });

    it(`accepts feedback for ${FEEDBACK_WINDOW_DAYS} days after the answer, then refuses it (the index entry expires)`, async () => {
      const t = turnRecord({ at: '2024-05-10T04:00:00.000Z' });
      await turns.record(t);
      clock += FEEDBACK_WINDOW_DAYS * DAY_MS - 1000;
      await feedback.submit({ sessionId: t.sessionId, turnId: t.turnId, rating: 'up' }, new Date(clock));
      clock += 2000;
      await refused(feedback.submit({ sessionId: t.sessionId, turnId: t.turnId, rating: 'down' }, new Date(clock)));
    });

    it('keeps the window within the retention period, however short that is', () => {
      expect(TurnIndex.windowMs({ RECORDS_RETENTION_DAYS: 180 })).toBe(FEEDBACK_WINDOW_DAYS * DAY_MS);
      expect(TurnIndex.windowMs({ RECORDS_RETENTION_DAYS: 2 })).toBe(2 * DAY_MS);
    });

    it('says in Chinese that the rating could not be saved (UNAVAILABLE, 503) when the write fails or the day is full', async () => {
      const t = turnRecord({ at: '2024-05-10T03:00:00.000Z' });
      await turns.record(t);
      const failing = new (class extends DelegatingStore {
        override append(): Promise<AppendOutcome> {
          return Promise.reject(Object.assign(new Error('EROFS: read-only file system'), { code: 'EROFS' }));
        }
      })(store);
      const full = new (class extends DelegatingStore {
        override async append(): Promise<AppendOutcome> {
          return 'dropped';
        }
      })(store);
      for (const broken of [failing, full]) {
        const error = await new FeedbackService(broken, index).submit({ sessionId: t.sessionId, turnId: t.turnId, rating: 'up' }, NOW).then(() => undefined, (e: unknown) => e);
        expect(error).toBeInstanceOf(DomainError);
        expect(error).toMatchObject({ code: 'UNAVAILABLE', message: FEEDBACK_UNAVAILABLE_MESSAGE });
      }
    });

    it('with a shared store (several instances, each its own DATA_DIR) accepts an answer another instance gave', async () => {
      class SharedStore extends InMemoryKeyValueStore {
        override get backend(): 'redis' {
          return 'redis';
        }
      }
      const shared = new SharedStore({ maxKeys: 100 });
      const otherDir = mkdtempSync(join(tmpdir(), 'jd-records-other-'));
      try {
        const t = turnRecord({ at: '2024-05-10T01:00:00.000Z' });
        await new StoredTurnLog(new JsonlRecordStore(otherDir), TurnIndex.create(shared, { RECORDS_RETENTION_DAYS: 30 })).record(t);
        const here = new FeedbackService(store, TurnIndex.create(shared, { RECORDS_RETENTION_DAYS: 30 }));
        await here.submit({ sessionId: t.sessionId, turnId: t.turnId, rating: 'up' }, NOW);
        await refused(here.submit({ sessionId: 'someone-else', turnId: t.turnId, rating: 'up' }, NOW));
      } finally {
        rmSync(otherDir, { recursive: true, force: true });
      }
    });
  });

  describe('CSV export', () => {
    const exporter = () => new RecordsExportService(store);
    const rows = (csv: string) => csv.slice(1).trimEnd().split('\r\n');

    it('exports turns of the range in Beijing time with Chinese headers and the rating', async () => {
      const t = turnRecord({ at: '2024-05-01T16:30:00.000Z', question: '贴息, 怎么算', answer: '依据第4条第1款：“…”\n仅供参考', totalYuan: 12000, clauseIds: ['art.4.1', 'final.stacking'], ruleIds: ['ip-pledge-loan-interest'], channel: 'wechat' });
      await turns.record(turnRecord({ at: '2024-04-30T02:00:00.000Z' }));
      await turns.record(t);
      await feedback.submit({ sessionId: t.sessionId, turnId: t.turnId, rating: 'up' }, at('2024-05-03T00:00:00.000Z'));
      const csv = await text(exporter().csv('turns', { from: '2024-05-01', to: '2024-05-31' }));
      expect(csv.charCodeAt(0)).toBe(0xfeff);
      const [header, row, ...rest] = rows(csv);
      expect(header).toBe('时间（北京时间）,渠道,问题,答复,结果,模式,引用条款,测算规则,合计金额（元）,追问项数,用户评价,会话编号,答复编号');
      expect(rest).toEqual([]);
      expect(row).toBe(`2024-05-02 00:30:00,微信公众号,"贴息, 怎么算","依据第4条第1款：“…”\n仅供参考",已答复,offline,art.4.1 final.stacking,ip-pledge-loan-interest,12000,0,有帮助,session-1,${t.turnId}`);
    });

    it('exports feedback with the question it rated', async () => {
      const t = turnRecord({ question: '专利导航' });
      await turns.record(t);
      await feedback.submit({ sessionId: t.sessionId, turnId: t.turnId, rating: 'down', comment: '=没有说清楚' }, at('2024-05-02T01:00:00.000Z'));
      const [header, row] = rows(await text(exporter().csv('feedback', { from: '2024-05-01', to: '2024-05-02' })));
      expect(header).toBe('时间（北京时间）,评价,意见,问题,答复,会话编号,答复编号');
      expect(row).toBe(`2024-05-02 09:00:00,没帮助,'=没有说清楚,专利导航,${t.answer},session-1,${t.turnId}`);
    });
  });

  it('retention deletes day-files older than RECORDS_RETENTION_DAYS, keeping today and the days before it', async () => {
    for (const day of ['2024-05-07', '2024-05-08', '2024-05-09', '2024-05-10']) {
      await turns.record(turnRecord({ at: `${day}T02:00:00.000Z` }));
    }
    const retention = new RecordsRetention(store, { RECORDS_RETENTION_DAYS: 3 } as Settings);
    expect(await retention.purge(NOW)).toEqual(['2024-05-07']);
    expect(readdirSync(dir).sort()).toEqual(['turns-2024-05-08.jsonl', 'turns-2024-05-09.jsonl', 'turns-2024-05-10.jsonl']);
  });

  describe('bounded records (issue 13)', () => {
    it('cuts an over-long question or answer with a marker instead of dropping the turn', async () => {
      const long = turnRecord({ question: '问'.repeat(QUESTION_MAX_CHARS + 500), answer: `${'答'.repeat(ANSWER_MAX_CHARS)}多出的部分` });
      const short = turnRecord({ question: '问'.repeat(QUESTION_MAX_CHARS), answer: '答'.repeat(ANSWER_MAX_CHARS) });
      await turns.record(long);
      await turns.record(short);
      const [a, b] = await readAll<{ at: string; turnId: string; question: string; answer: string }>(store, 'turns');
      expect(a.turnId).toBe(long.turnId);
      expect(a.question).toBe(`${'问'.repeat(QUESTION_MAX_CHARS)}…（已截断，原文共 ${QUESTION_MAX_CHARS + 500} 字）`);
      expect(a.answer).toBe(`${'答'.repeat(ANSWER_MAX_CHARS)}…（已截断，原文共 ${ANSWER_MAX_CHARS + 5} 字）`);
      expect(b).toMatchObject({ question: short.question, answer: short.answer });
    });

    it('never splits a character made of two UTF-16 units when cutting', async () => {
      const t = turnRecord({ answer: `${'答'.repeat(ANSWER_MAX_CHARS - 1)}𠀀𠀀` });
      await turns.record(t);
      const [r] = await readAll<{ at: string; answer: string }>(store, 'turns');
      expect(r.answer.startsWith(`${'答'.repeat(ANSWER_MAX_CHARS - 1)}…（已截断`)).toBe(true);
    });

    it('recording a turn never throws, even when the store refuses it; the answer can still be rated', async () => {
      const failing = new (class extends DelegatingStore {
        override append(): Promise<AppendOutcome> {
          return Promise.reject(new Error('ENOSPC: no space left on device'));
        }
      })(store);
      const t = turnRecord({ at: '2024-05-10T03:00:00.000Z' });
      await expect(new StoredTurnLog(failing, index).record(t)).resolves.toBeUndefined();
      await feedback.submit({ sessionId: t.sessionId, turnId: t.turnId, rating: 'up' }, NOW);
    });

    it('the export hands out rows while the turns are still being read (it streams, it does not build the file in memory)', async () => {
      let release!: () => void;
      const released = new Promise<void>((r) => (release = r));
      const slow = new (class extends DelegatingStore {
        override async *stream<T extends { at: string }>(kind: RecordKind): AsyncGenerator<T> {
          if (kind !== 'turns') return;
          yield turnRecord({ turnId: 'first', question: '第一问' }) as unknown as T;
          await released;
          yield turnRecord({ turnId: 'second', question: '第二问' }) as unknown as T;
        }
      })(store);
      const pieces = new RecordsExportService(slow).csv('turns', { from: '2024-05-01', to: '2024-05-31' })[Symbol.asyncIterator]();
      let sofar = '';
      while (!sofar.includes('first')) {
        const next = await pieces.next();
        expect(next.done).toBe(false);
        sofar += next.value;
      }
      expect(sofar).not.toContain('second');
      release();
      let rest = '';
      for (let next = await pieces.next(); !next.done; next = await pieces.next()) rest += next.value;
      expect(rest).toContain('第二问');
    });

    it('the turns export rates each answer by its latest feedback; past the bound of held ratings the column stays empty, with a warning', async () => {
      const rated = [];
      for (let i = 0; i < 4; i++) rated.push(turnRecord({ at: `2024-05-09T0${i}:00:00.000Z` }));
      for (const t of rated) await turns.record(t);
      for (const [i, t] of rated.entries()) {
        await feedback.submit({ sessionId: t.sessionId, turnId: t.turnId, rating: 'down' }, at(`2024-05-09T0${i}:30:00.000Z`));
        if (i % 2) await feedback.submit({ sessionId: t.sessionId, turnId: t.turnId, rating: 'up' }, at(`2024-05-09T0${i}:40:00.000Z`));
      }
      const range = { from: '2024-05-09', to: '2024-05-09' };
      const ratingsOf = (csv: string) => csv.slice(1).trimEnd().split('\r\n').slice(1).map((line) => line.split(',')[10]);
      expect(ratingsOf(await text(new RecordsExportService(store).csv('turns', range)))).toEqual(['没帮助', '有帮助', '没帮助', '有帮助']);
      const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
      try {
        expect(ratingsOf(await text(new RecordsExportService(store, { maxJoinedTurns: 2 }).csv('turns', range)))).toEqual(['没帮助', '有帮助', '', '']);
        expect(warn).toHaveBeenCalledWith(expect.stringContaining('部分答复的“用户评价”列留空'));
      } finally {
        warn.mockRestore();
      }
    });

    it('the feedback export names the rated question; past the bound of held texts those cells stay empty, with a warning', async () => {
      const asked = [];
      for (let i = 0; i < 4; i++) asked.push(turnRecord({ at: `2024-05-0${i + 1}T02:00:00.000Z`, question: `问题甲${i}` }));
      for (const t of asked) await turns.record(t);
      for (const [i, t] of asked.entries()) await feedback.submit({ sessionId: t.sessionId, turnId: t.turnId, rating: 'down' }, at(`2024-05-0${i + 2}T02:00:00.000Z`));
      const range = { from: '2024-05-01', to: '2024-05-31' };
      const questionsOf = (csv: string) => csv.slice(1).trimEnd().split('\r\n').slice(1).map((line) => line.split(',')[3]);
      expect(questionsOf(await text(new RecordsExportService(store).csv('feedback', range)))).toEqual(['问题甲0', '问题甲1', '问题甲2', '问题甲3']);
      const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
      try {
        expect(questionsOf(await text(new RecordsExportService(store, { maxJoinedTurns: 2 }).csv('feedback', range)))).toEqual(['问题甲0', '问题甲1', '', '']);
        expect(warn).toHaveBeenCalledWith(expect.stringContaining('部分行的“问题”“答复”列留空'));
      } finally {
        warn.mockRestore();
      }
    });

    it('gaps keep only a bounded set of candidates and still list the newest ones, with their questions', async () => {
      const small = new GapsService(store, { maxCandidates: 4 });
      const unanswered = [];
      for (let h = 0; h < 10; h++) unanswered.push(turnRecord({ outcome: 'fallback', at: `2024-05-08T${String(h).padStart(2, '0')}:00:00.000Z`, question: `没答上${h}` }));
      for (const t of unanswered) await turns.record(t);
      // The oldest unanswered turn, rated down today: back on top with both reasons and its question.
      await feedback.submit({ sessionId: unanswered[0].sessionId, turnId: unanswered[0].turnId, rating: 'down', comment: '还是不会' }, at('2024-05-09T05:00:00.000Z'));
      const list = await small.recent({ limit: 3, days: 30 }, NOW);
      expect(list.map((g) => [g.question, g.reasons, g.at])).toEqual([
        ['没答上0', ['fallback', 'thumbs-down'], '2024-05-09T05:00:00.000Z'],
        ['没答上9', ['fallback'], '2024-05-08T09:00:00.000Z'],
        ['没答上8', ['fallback'], '2024-05-08T08:00:00.000Z'],
      ]);
      expect(list[0].comment).toBe('还是不会');
    });

    it('gaps read through the streaming interface only', async () => {
      const t = turnRecord({ outcome: 'policy-silent', at: '2024-05-09T01:00:00.000Z' });
      await turns.record(t);
      const streamedOnly = new DelegatingStore(store);
      expect((await new GapsService(streamedOnly).recent({ limit: 5, days: 30 }, NOW)).map((g) => g.turnId)).toEqual([t.turnId]);
    });
  });
});
