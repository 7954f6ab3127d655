import { Injectable } from '@nestjs/common';
import type { ChatOutcome } from '../chat/chat.types';
import type { ChatChannel, TurnRecord } from '../chat/records/turn-log.port';
import { toCsv } from './csv';
import { beijingTime } from './day-key';
import type { FeedbackRecord } from './feedback.service';
import { latestFeedback } from './latest-feedback';
import { DayRange, RecordKind, RecordStore } from './record-store.port';

export const CHANNEL_NAMES: Record<ChatChannel, string> = { web: '网页', console: '坐席工作台', wechat: '微信公众号', api: '接口' };

export const OUTCOME_NAMES: Record<ChatOutcome, string> = {
  answered: '已答复',
  'asked-for-facts': '追问信息',
  'out-of-scope': '超出政策范围',
  refused: '拒绝改写指令',
  'policy-silent': '政策未规定',
  fallback: '未能可靠答复',
};

const RATING_NAMES = { up: '有帮助', down: '没帮助' } as const;

/** Turns and feedback as CSV for staff (Excel-friendly: BOM, Beijing time, Chinese headers). */
@Injectable()
export class RecordsExportService {
  constructor(private readonly store: RecordStore) {}

  async csv(kind: RecordKind, range: DayRange): Promise<string> {
    return kind === 'turns' ? this.turns(range) : this.feedback(range);
  }

  private async turns(range: DayRange): Promise<string> {
    const [turns, feedback] = await Promise.all([
      this.store.read<TurnRecord>('turns', range),
      this.store.read<FeedbackRecord>('feedback', { from: range.from }),
    ]);
    const ratings = latestFeedback(feedback);
    return toCsv(
      ['时间（北京时间）', '渠道', '问题', '答复', '结果', '模式', '引用条款', '测算规则', '合计金额（元）', '追问项数', '用户评价', '会话编号', '答复编号'],
      turns.map((t) => [
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
        ratings.has(t.turnId) ? RATING_NAMES[ratings.get(t.turnId)!.rating] : '',
        t.sessionId,
        t.turnId,
      ]),
    );
  }

  private async feedback(range: DayRange): Promise<string> {
    const [feedback, turns] = await Promise.all([
      this.store.read<FeedbackRecord>('feedback', range),
      this.store.read<TurnRecord>('turns', { to: range.to }),
    ]);
    const questions = new Map(turns.map((t) => [t.turnId, t]));
    return toCsv(
      ['时间（北京时间）', '评价', '意见', '问题', '答复', '会话编号', '答复编号'],
      feedback.map((f) => [
        beijingTime(f.at),
        RATING_NAMES[f.rating] ?? f.rating,
        f.comment,
        questions.get(f.turnId)?.question ?? null,
        questions.get(f.turnId)?.answer ?? null,
        f.sessionId,
        f.turnId,
      ]),
    );
  }
}
