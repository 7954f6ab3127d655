import { Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { CorpusService } from '../corpus/corpus.service';
import { ChatSession, MAX_REMEMBERED_TURNS, newSession } from './chat-session';
import { ChatRequest } from './chat.schema';
import { ChatCitation, ChatResponse } from './chat.types';
import { checkNumericGrounding } from './guards/numeric-grounding.guard';
import { OfflineEngine, TurnResult } from './offline/offline-engine';
import { ChatChannel, TurnLog } from './records/turn-log.port';
import { SessionStore } from './session/session-store.port';
import type { Calculation } from '../rules/rule';

/** What the enterprise would receive: the sum of the eligible calculations, or null when none is. */
function totalOf(calculations: Calculation[]): number | null {
  const eligible = calculations.filter((c) => c.eligible);
  return eligible.length ? eligible.reduce((sum, c) => sum + c.amountYuan, 0) : null;
}

export interface ChatOptions {
  /** Where the question came from; kept with the turn record. */
  channel?: ChatChannel;
}

const SAFE_ANSWER = '抱歉，这个问题我暂时无法给出可靠的答复。以下是相关条款原文，金额和条件请以原文及主管部门解释为准：';

@Injectable()
export class ChatService {
  private readonly logger = new Logger(ChatService.name);

  constructor(
    private readonly engine: OfflineEngine,
    private readonly sessions: SessionStore<ChatSession>,
    private readonly corpus: CorpusService,
    private readonly turnLog: TurnLog,
  ) {}

  async chat(request: ChatRequest, options: ChatOptions = {}): Promise<ChatResponse> {
    const id = request.sessionId ?? randomUUID();
    const session = (await this.sessions.get(id)) ?? newSession(id);
    const turn = this.guard(await this.engine.decide(request.message, session));

    session.turns.push({ role: 'user', text: request.message }, { role: 'assistant', text: turn.answer });
    session.turns = session.turns.slice(-MAX_REMEMBERED_TURNS);
    session.updatedAt = Date.now();
    await this.sessions.set(id, session);

    const response: ChatResponse = {
      sessionId: id,
      turnId: randomUUID(),
      answer: turn.answer,
      citations: turn.citations,
      calculations: turn.calculations,
      totalYuan: totalOf(turn.calculations),
      needsInfo: turn.needsInfo,
      mode: 'offline',
      outcome: turn.outcome,
    };
    await this.record(request.message, response, options.channel ?? 'api');
    return response;
  }

  private async record(question: string, r: ChatResponse, channel: ChatChannel): Promise<void> {
    try {
      await this.turnLog.record({
        turnId: r.turnId,
        sessionId: r.sessionId,
        channel,
        at: new Date().toISOString(),
        question,
        answer: r.answer,
        outcome: r.outcome,
        mode: r.mode,
        clauseIds: r.citations.map((c) => c.clauseId),
        ruleIds: r.calculations.map((c) => c.ruleId),
        totalYuan: r.totalYuan,
        needsInfo: r.needsInfo.length,
      });
    } catch (error) {
      this.logger.warn(`对话记录写入失败：${(error as Error).message}`);
    }
  }

  /**
   * The checks every answer passes whatever produced it: quotes must be exact corpus text, and every
   * amount or percentage in the answer must come from a calculation or a cited quote.
   */
  private guard(turn: TurnResult): TurnResult {
    const citations = turn.citations.filter((c) => this.isExactQuote(c));
    const grounding = checkNumericGrounding({
      answer: turn.answer,
      calculations: turn.calculations,
      totalYuan: totalOf(turn.calculations),
      quotes: citations.map((c) => c.quote),
    });
    if (grounding.ok && citations.length === turn.citations.length) return { ...turn, citations };
    this.logger.error(`答复未通过数字校验，已改用安全答复：${grounding.violations.map((v) => v.raw).join('、')}`);
    const quoted = citations.map((c) => `${c.label.split(' ')[0]}：“${c.quote}”`).join('\n');
    return {
      answer: citations.length ? `${SAFE_ANSWER}\n${quoted}` : SAFE_ANSWER.replace('以下是相关条款原文，', ''),
      citations,
      calculations: [],
      needsInfo: turn.needsInfo,
      outcome: 'fallback',
    };
  }

  private isExactQuote(c: ChatCitation): boolean {
    const clause = this.corpus.find(c.clauseId);
    return Boolean(clause && c.quote && clause.text.includes(c.quote) && clause.label === c.label);
  }
}
