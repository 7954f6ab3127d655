import { Injectable, Logger } from '@nestjs/common';
import type { ChatChannel, TurnOutcome, TurnRecord } from './turn-log.port';
import { csvHead, csvRow } from './csv';
import { beijingTime, daysBefore } from './day-key';
import type { FeedbackRecord } from './feedback.service';
import { LatestRatings } from './latest-feedback';
import { DayRange, RecordKind, RecordStore } from './record-store.port';
import { FEEDBACK_WINDOW_DAYS } from './turn-index';

export const CHANNEL_NAMES: Record<ChatChannel, string> = { web: '网页', console: '坐席工作台', wechat: '微信公众号', api: '接口' };

export const OUTCOME_NAMES: Record<TurnOutcome, string> = {
  answered: '已答复',
  'asked-for-facts': '追问信息',
  'out-of-scope': '超出政策范围',
  refused: '拒绝改写指令',
  'policy-silent': '政策未规定',
  fallback: '未能可靠答复',
};

const RATING_NAMES = { up: '有帮助', down: '没帮助' } as const;

export interface RecordsExportOptions {
  /** Answers whose rating (turns export) or question and answer (feedback export) are held for the join. */
  maxJoinedTurns?: number;
  /** Characters of questions and answers held for the feedback export's join (two bytes each). */
  maxJoinedChars?: number;
}

/** ~30 MB of ratings: far beyond a month of real feedback. */
const DEFAULT_MAX_JOINED_TURNS = 200_000;
/** ~32 MB of text: thousands of rated answers. */
const DEFAULT_MAX_JOINED_CHARS = 16 * 1024 * 1024;

const TURN_HEADER = ['时间（北京时间）', '渠道', '问题', '答复', '结果', '模式', '引用条款', '测算规则', '合计金额（元）', '追问项数', '用户评价', '会话编号', '答复编号'];
const FEEDBACK_HEADER = ['时间（北京时间）', '评价', '意见', '问题', '答复', '会话编号', '答复编号'];

/**
 * Turns and feedback as CSV for staff (Excel-friendly: BOM, Beijing time, Chinese headers), produced row
 * by row while the records are streamed, so an export of any size holds only a row and the join: the
 * rating of each answer (turns) or the question it rated (feedback). The join is bounded; past the bound
 * (only under a flood of records) the joined column stays empty for the rest and a warning is logged.
 */
@Injectable()
export class RecordsExportService {
  private readonly logger = new Logger('RecordsExport');
  private readonly maxJoinedTurns: number;
  private readonly maxJoinedChars: number;

  constructor(
    private readonly store: RecordStore,
    options: RecordsExportOptions = {},
  ) {
    this.maxJoinedTurns = options.maxJoinedTurns ?? DEFAULT_MAX_JOINED_TURNS;
    this.maxJoinedChars = options.maxJoinedChars ?? DEFAULT_MAX_JOINED_CHARS;
  }

  /** The CSV row by row (with CRLF); the first piece (BOM and header) comes before anything is read. */
  csv(kind: RecordKind, range: DayRange): AsyncIterable<string> {
    return kind === 'turns' ? this.turns(range) : this.feedback(range);
  }

  private async *turns(range: DayRange): AsyncGenerator<string> {
    yield csvHead(TURN_HEADER);
    const ratings = new LatestRatings(this.maxJoinedTurns);
    for await (const f of this.store.stream<FeedbackRecord>('feedback', { from: range.from })) ratings.add(f);
    if (ratings.overflowed) this.logger.warn(`导出问答记录：评价涉及的答复超过 ${this.maxJoinedTurns} 条，部分答复的“用户评价”列留空`);
    for await (const t of this.store.stream<TurnRecord>('turns', range)) {
      const rating = ratings.get(t.turnId);
      yield csvRow([
        beijingTime(t.at),
        CHANNEL_NAMES[t.channel] ?? t.channel,
        t.question,
        t.answer,
        OUTCOME_NAMES[t.outcome] ?? t.outcome,
        t.mode,
        t.clauseIds.join(' '),
        t.ruleIds.join(' '),
        t.totalYuan,
        t.needsInfo,
        rating ? RATING_NAMES[rating] : '',
        t.sessionId,
        t.turnId,
      ]);
    }
  }

  private async *feedback(range: DayRange): AsyncGenerator<string> {
    yield csvHead(FEEDBACK_HEADER);
    // Which answers were rated (ids only), then their text, then the rows.
    const wanted = new Set<string>();
    let overflowed = false;
    for await (const f of this.store.stream<FeedbackRecord>('feedback', range)) {
      if (wanted.size < this.maxJoinedTurns) wanted.add(f.turnId);
      else if (!wanted.has(f.turnId)) overflowed = true;
    }
    const texts = new Map<string, { question: string; answer: string }>();
    let chars = 0;
    // An answer can be rated only within the feedback window, so its turn is at most that much older.
    const turnsFrom = range.from ? daysBefore(range.from, FEEDBACK_WINDOW_DAYS + 1) : undefined;
    for await (const t of this.store.stream<TurnRecord>('turns', { from: turnsFrom, to: range.to })) {
      if (!wanted.has(t.turnId) || texts.has(t.turnId)) continue;
      const size = (t.question?.length ?? 0) + (t.answer?.length ?? 0);
      if (chars + size > this.maxJoinedChars) {
        overflowed = true;
        continue;
      }
      chars += size;
      texts.set(t.turnId, { question: t.question, answer: t.answer });
    }
    if (overflowed) this.logger.warn('导出用户评价：被评价的答复过多，部分行的“问题”“答复”列留空');
    for await (const f of this.store.stream<FeedbackRecord>('feedback', range)) {
      const text = texts.get(f.turnId);
      yield csvRow([beijingTime(f.at), RATING_NAMES[f.rating] ?? f.rating, f.comment, text?.question ?? null, text?.answer ?? null, f.sessionId, f.turnId]);
    }
  }
}

