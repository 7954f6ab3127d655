import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DomainError } from '../common/domain-error';
import { InMemoryKeyValueStore } from '../common/state/in-memory-key-value.store';
import type { Settings } from '../config/settings.schema';
import { FeedbackService, UNKNOWN_TURN_MESSAGE } from './feedback.service';
import { GapsService } from './gaps.service';
import { JsonlRecordStore } from './jsonl-record.store';
import { RecordsExportService } from './records-export.service';
import { RecordsRetention } from './records-retention';
import { StoredTurnLog } from './stored-turn-log';
import { turnRecord } from './testing/turn-record';

describe('records (turns, feedback, gaps, export, retention)', () => {
  let dir: string;
  let store: JsonlRecordStore;
  let turns: StoredTurnLog;
  let feedback: FeedbackService;
  let gaps: GapsService;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'jd-records-'));
    store = new JsonlRecordStore(dir);
    turns = new StoredTurnLog(store);
    feedback = new FeedbackService(store, turns);
    gaps = new GapsService(store);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const NOW = new Date('2024-05-10T04:00:00.000Z');
  const at = (iso: string) => new Date(iso);

  it('masks personal data in questions, answers and comments before writing', async () => {
    const t = turnRecord({ question: '我手机13812345678，身份证330702199001011234', answer: '请拨打0579-82345678' });
    await turns.record(t);
    await feedback.submit({ sessionId: t.sessionId, turnId: t.turnId, rating: 'down', comment: '邮箱 a.b@example.com' }, NOW);
    const [turn] = await store.read<{ at: string; question: string; answer: string }>('turns');
    expect(turn.question).toBe('我手机138****5678，身份证330***********1234');
    expect(turn.answer).toBe('请拨打0579****78');
    const [fb] = await store.read<{ at: string; comment: string }>('feedback');
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
      expect(await store.read('feedback')).toEqual([]);
      expect(await gaps.recent({ limit: 50, days: 30 }, NOW)).toEqual([]);
      await feedback.submit({ sessionId: t.sessionId, turnId: t.turnId, rating: 'up' }, NOW);
      expect(await store.read('feedback')).toHaveLength(1);
    });

    it('finds answers in the records after a restart, and ones another instance appended to the same directory', async () => {
      const before = turnRecord({ at: '2024-05-02T01:00:00.000Z' });
      await turns.record(before);
      const restarted = new StoredTurnLog(new JsonlRecordStore(dir));
      const afterRestart = new FeedbackService(store, restarted);
      await afterRestart.submit({ sessionId: before.sessionId, turnId: before.turnId, rating: 'up' }, NOW);
      // Written by another process after this one last read the records.
      const other = turnRecord({ at: '2024-05-10T03:00:00.000Z' });
      await new StoredTurnLog(new JsonlRecordStore(dir)).record(other);
      await afterRestart.submit({ sessionId: other.sessionId, turnId: other.turnId, rating: 'down' }, NOW);
      await refused(afterRestart.submit({ sessionId: other.sessionId, turnId: 'still-unknown', rating: 'down' }, NOW));
    });

    it('refuses feedback on an answer whose record retention has deleted', async () => {
      const old = turnRecord({ at: '2024-05-01T02:00:00.000Z' });
      const recent = turnRecord({ at: '2024-05-09T02:00:00.000Z' });
      await turns.record(old);
      await turns.record(recent);
      await new RecordsRetention(store, { RECORDS_RETENTION_DAYS: 3 } as Settings, turns).purge(NOW);
      await refused(feedback.submit({ sessionId: old.sessionId, turnId: old.turnId, rating: 'down' }, NOW));
      await feedback.submit({ sessionId: recent.sessionId, turnId: recent.turnId, rating: 'down' }, NOW);
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
        await new StoredTurnLog(new JsonlRecordStore(otherDir), shared, { RECORDS_RETENTION_DAYS: 30 }).record(t);
        const here = new FeedbackService(store, new StoredTurnLog(store, shared, { RECORDS_RETENTION_DAYS: 30 }));
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
      const csv = await exporter().csv('turns', { from: '2024-05-01', to: '2024-05-31' });
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
      const [header, row] = rows(await exporter().csv('feedback', { from: '2024-05-01', to: '2024-05-02' }));
      expect(header).toBe('时间（北京时间）,评价,意见,问题,答复,会话编号,答复编号');
      expect(row).toBe(`2024-05-02 09:00:00,没帮助,'=没有说清楚,专利导航,${t.answer},session-1,${t.turnId}`);
    });
  });

  it('retention deletes day-files older than RECORDS_RETENTION_DAYS, keeping today and the days before it', async () => {
    for (const day of ['2024-05-07', '2024-05-08', '2024-05-09', '2024-05-10']) {
      await turns.record(turnRecord({ at: `${day}T02:00:00.000Z` }));
    }
    const retention = new RecordsRetention(store, { RECORDS_RETENTION_DAYS: 3 } as Settings, turns);
    expect(await retention.purge(NOW)).toEqual(['2024-05-07']);
    expect(readdirSync(dir).sort()).toEqual(['turns-2024-05-08.jsonl', 'turns-2024-05-09.jsonl', 'turns-2024-05-10.jsonl']);
  });
});
