import { Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { CorpusService } from '../corpus/corpus.service';
import { ChatMetrics } from '../observability/metrics/chat-metrics.port';
import { ChatSession, MAX_REMEMBERED_TURNS, newSession } from './chat-session';
import { ChatRequest } from './chat.schema';
import { ChatResponse } from './chat.types';
import { checkTurn, totalOf } from './guards/turn-guard';
import { LlmFailure } from './llm/guard-middleware';
import { LlmDecider, LlmDecision, StreamSink } from './llm/llm-decider';
import { OfflineEngine, TurnResult } from './offline/offline-engine';
import { ChatChannel, TurnLog } from '../records/turn-log.port';
import { issueSessionId, mayBeIssuedSessionId } from './session/session-id';
import { SessionStore } from './session/session-store.port';

export type { StreamSink } from './llm/llm-decider';

export interface ChatOptions {
  /** Where the question came from; kept with the turn record. */
  channel?: ChatChannel;
  /** Receives the answer as it is produced (SSE); `replace` means: discard what was streamed so far. */
  sink?: StreamSink;
  /** Aborts a model call when the client goes away. */
  signal?: AbortSignal;
  /** The client's address (HTTP: as Express sees it, TRUST_PROXY applied); a new session counts against it. */
  client?: string;
}

const SAFE_ANSWER = '抱歉，这个问题我暂时无法给出可靠的答复。以下是相关条款原文，金额和条件请以原文及主管部门解释为准：';
const OFFLINE_STREAM_CHUNK = 24;

/** Offline outcomes that say what kind of question it was, whoever answered it. */
const TOPIC_OUTCOMES = new Set(['out-of-scope', 'policy-silent', 'refused']);

/** Tracks what the client has been shown, so the final answer can replace it if it differs. */
class TrackedSink {
  private shown = '';
  constructor(private readonly sink?: StreamSink) {}

  readonly forDecider: StreamSink = {
    delta: (text) => {
      this.shown += text;
      this.sink?.delta(text);
    },
    replace: (text) => {
      this.shown = text;
      this.sink?.replace(text);
    },
  };

  /** Ends the stream on the final answer: streams it if nothing was shown, replaces what was shown if it differs. */
  finish(answer: string): void {
    if (!this.sink) return;
    if (!this.shown) {
      const chars = [...answer];
      for (let i = 0; i < chars.length; i += OFFLINE_STREAM_CHUNK) this.sink.delta(chars.slice(i, i + OFFLINE_STREAM_CHUNK).join(''));
    } else if (this.shown !== answer) {
      this.sink.replace(answer);
    }
  }
}

/**
 * One pipeline for both modes. The offline engine always decides (it is cheap, keeps the session's
 * facts up to date and is the fallback); in LLM mode the agent answers unless it fails, times out or
 * cannot produce a grounded answer. Every answer passes the same check before it leaves.
 */
@Injectable()
export class ChatService {
  private readonly logger = new Logger(ChatService.name);

  constructor(
    private readonly engine: OfflineEngine,
    private readonly sessions: SessionStore<ChatSession>,
    private readonly corpus: CorpusService,
    private readonly turnLog: TurnLog,
    private readonly metrics: ChatMetrics,
    private readonly llm: LlmDecider | null,
  ) {}

  async chat(request: ChatRequest, options: ChatOptions = {}): Promise<ChatResponse> {
    const { id, session, fresh } = await this.open(request.sessionId, options.channel);
    const sink = new TrackedSink(options.sink);

    // In LLM mode the model must see the session as it was before this turn; offline there is nothing to keep apart.
    const offlineSession: ChatSession = this.llm ? structuredClone(session) : session;
    const offline = this.guard(await this.engine.decide(request.message, offlineSession));
    if (offline.overBudget) this.metrics.understandingOverBudget();
    let turn: TurnResult = offline;
    let mode: ChatResponse['mode'] = 'offline';
    let llmMemory = session.llm;
    if (this.llm) {
      const decided = await this.decideWithModel(request.message, session, offlineSession.profile, sink, options.signal);
      if (decided) {
        turn = TOPIC_OUTCOMES.has(offline.outcome) && !decided.calculations.length ? { ...decided, outcome: offline.outcome } : decided;
        mode = 'openai';
        llmMemory = decided.memory;
      }
    }
    sink.finish(turn.answer);

    const saved: ChatSession = { ...offlineSession, llm: llmMemory, updatedAt: Date.now() };
    saved.turns = [...session.turns, { role: 'user' as const, text: request.message }, { role: 'assistant' as const, text: turn.answer }].slice(
      -MAX_REMEMBERED_TURNS,
    );
    await (fresh ? this.sessions.create(id, saved, options.client) : this.sessions.set(id, saved));

    const response: ChatResponse = {
      sessionId: id,
      turnId: randomUUID(),
      answer: turn.answer,
      citations: turn.citations,
      calculations: turn.calculations,
      totalYuan: totalOf(turn.calculations),
      needsInfo: turn.needsInfo,
      mode,
      outcome: turn.outcome,
    };
    this.metrics.answer(response.outcome, mode);
    await this.record(request.message, response, options.channel ?? 'api');
    return response;
  }

  /**
   * The conversation a turn continues. Session ids are bearer keys, so only an id the server issued and
   * still holds continues one; any other id (unknown, expired, made up) starts a new conversation under a
   * new id, which the response carries. The WeChat channel alone names its sessions: a keyed hash of the
   * openid, computed on the server, never taken from a client.
   */
  private async open(requested: string | undefined, channel?: ChatChannel): Promise<{ id: string; session: ChatSession; fresh: boolean }> {
    if (mayBeIssuedSessionId(requested)) {
      const found = await this.sessions.get(requested);
      if (found) return { id: requested, session: found, fresh: false };
      if (channel === 'wechat') return { id: requested, session: newSession(requested), fresh: true };
    }
    const id = issueSessionId();
    return { id, session: newSession(id), fresh: true };
  }

  /** The model's answer, or null when the offline engine must answer instead (the reason is logged and counted). */
  private async decideWithModel(
    message: string,
    session: ChatSession,
    facts: Record<string, unknown>,
    sink: TrackedSink,
    signal?: AbortSignal,
  ): Promise<LlmDecision | null> {
    try {
      // The decider returns only answers that passed the turn check (quoted-spans mode); anything else throws.
      // `facts`: the offline engine's reading of the conversation, against which tool arguments are checked.
      return await this.llm!.decide(message, session, { sink: sink.forDecider, signal, facts });
    } catch (error) {
      const reason = error instanceof LlmFailure ? error.reason : 'model-error';
      this.logger.warn(`大模型未能作答（${reason}）：${(error as Error).message}；改用离线答复`);
      this.metrics.fallback(reason);
      return null;
    }
  }

  /** The offline engine's answer after the turn check; a failing one becomes a quote-only safe answer. */
  private guard(turn: TurnResult): TurnResult {
    const check = checkTurn(turn, this.corpus);
    if (check.ok) return turn;
    this.metrics.groundingFailure('offline');
    this.logger.error(`答复未通过数字校验，已改用安全答复：${check.violations.map((v) => v.raw).join('、')}`);
    const citations = check.citations;
    const quoted = citations.map((c) => `${c.label.split(' ')[0]}：“${c.quote}”`).join('\n');
    return {
      answer: citations.length ? `${SAFE_ANSWER}\n${quoted}` : SAFE_ANSWER.replace('以下是相关条款原文，', ''),
      citations,
      calculations: [],
      needsInfo: turn.needsInfo,
      outcome: 'fallback',
    };
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
}
