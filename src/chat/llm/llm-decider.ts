import { AIMessage, AIMessageChunk, BaseMessage, createAgent, HumanMessage } from 'langchain';
import type { CorpusService } from '../../corpus/corpus.service';
import type { NeedsInfo } from '../../rules/rule';
import type { ChatMetrics } from '../../observability/metrics/chat-metrics.port';
import type { ChatSession } from '../chat-session';
import type { ChatCitation } from '../chat.types';
import { checkTurn } from '../guards/turn-guard';
import type { GroundingViolation } from '../guards/numeric-grounding.guard';
import { DRAFT_NOTE } from '../offline/clause-answerer';
import type { TurnResult } from '../offline/offline-engine';
import type { ChatTools } from '../tools/chat-tools';
import type { ChatModelPort } from './chat-model.port';
import { resolveCitedIds } from './clause-references';
import { LlmFailure, policyGuardMiddleware } from './guard-middleware';
import { toLangChainTools } from './langchain-tools';
import type { Prompts } from './prompts';
import { calculationsIn, LlmMemory, TurnLedger } from './turn-ledger';

/** Where streamed text goes: `replace` discards what was sent so far for this answer. */
export interface StreamSink {
  delta(text: string): void;
  replace(text: string): void;
}

export interface LlmDecision extends TurnResult {
  memory: LlmMemory;
  modelCalls: number;
}

export interface LlmDeciderOptions {
  maxModelCalls: number;
  turnTimeoutMs: number;
}

function correction(violations: GroundingViolation[]): string {
  const figures = [...new Set(violations.map((v) => v.raw))].join('、');
  return (
    `（系统校验）你的答复中的“${figures}”不是工具的计算结果，答复没有发出。` +
    '说明能拿多少时只能照抄工具结果（amountYuan、totalYuan、trace）；条款中的金额只能放在引号内逐字引用原文；需要计算请调用 calculate_* 工具，缺少的事实向用户询问。请重新给出完整答复。'
  );
}

function textOf(message: BaseMessage | undefined): string {
  if (!message) return '';
  const content = message.content;
  if (typeof content === 'string') return content;
  return content.map((part) => (typeof part === 'string' ? part : part.type === 'text' ? String(part.text) : '')).join('');
}

/**
 * The LLM decider: a langchain v1 agent over the shared chat tools, with the policy guards as
 * middleware, then the same turn check the offline engine passes. A failed check is retried once with a
 * correction; any other failure (error, timeout, cap, a second failed check) is an `LlmFailure`, on
 * which the chat service answers with the offline engine.
 */
export class LlmDecider {
  private readonly tools;
  private readonly systemPrompt: string;

  constructor(
    private readonly port: ChatModelPort,
    private readonly chatTools: ChatTools,
    prompts: Prompts,
    private readonly corpus: CorpusService,
    private readonly options: LlmDeciderOptions,
    private readonly metrics: ChatMetrics,
  ) {
    this.tools = toLangChainTools(chatTools);
    this.systemPrompt = `${prompts.system}\n\n${prompts.answerFormat}`;
  }

  /**
   * @param io.facts the offline engine's facts for the conversation after this message (ChatService runs
   *   the engine first); the model's tool arguments are checked against them.
   */
  async decide(
    message: string,
    session: ChatSession,
    io: { sink?: StreamSink; signal?: AbortSignal; facts?: Record<string, unknown> } = {},
  ): Promise<LlmDecision> {
    const userTexts = [...session.turns.filter((t) => t.role === 'user').map((t) => t.text), message];
    const ledger = new TurnLedger(userTexts, session.llm, io.facts);
    const agent = createAgent({
      model: this.port.model,
      tools: this.tools,
      systemPrompt: this.systemPrompt,
      middleware: [
        policyGuardMiddleware(ledger, {
          maxModelCalls: this.options.maxModelCalls,
          onModelCall: (seconds, ok) => this.metrics.modelCall(seconds, ok),
          payouts: (name, args) => this.payouts(name, args),
        }),
      ],
    });
    const timeout = AbortSignal.timeout(this.options.turnTimeoutMs);
    const signal = io.signal ? AbortSignal.any([io.signal, timeout]) : timeout;
    const history = session.turns.map((t) => (t.role === 'user' ? new HumanMessage(t.text) : new AIMessage(t.text)));

    let messages: BaseMessage[] = [...history, new HumanMessage(message)];
    for (let attempt = 0; ; attempt++) {
      messages = await this.run(agent, messages, signal, io.sink);
      const last = messages[messages.length - 1];
      const answer = AIMessage.isInstance(last) && !last.tool_calls?.length ? textOf(last).trim() : '';
      if (!answer) throw new LlmFailure('empty-answer', '模型没有给出答复');
      const turn = this.compose(answer, ledger);
      const check = checkTurn(turn, this.corpus, 'quoted-spans');
      if (check.ok) return { ...turn, memory: ledger.memory(), modelCalls: ledger.modelCalls.length };
      this.metrics.groundingFailure('openai');
      if (attempt >= 1) {
        throw new LlmFailure('grounding', `模型答复两次未通过数字校验：${check.violations.map((v) => v.raw).join('、')}`);
      }
      io.sink?.replace('');
      messages = [...messages, new HumanMessage(correction(check.violations))];
    }
  }

  private async run(
    agent: ReturnType<typeof createAgent>,
    messages: BaseMessage[],
    signal: AbortSignal,
    sink?: StreamSink,
  ): Promise<BaseMessage[]> {
    const config = { signal, recursionLimit: this.options.maxModelCalls * 4 + 10 };
    try {
      if (!sink) return (await agent.invoke({ messages }, config)).messages;
      let final: BaseMessage[] = messages;
      const stream = await agent.stream({ messages }, { ...config, streamMode: ['messages', 'values'] as const });
      for await (const [mode, chunk] of stream as AsyncIterable<[string, unknown]>) {
        if (mode === 'messages') {
          const [piece] = chunk as [BaseMessage];
          if (AIMessageChunk.isInstance(piece)) {
            const text = textOf(piece);
            if (text) sink.delta(text);
          }
        } else if (mode === 'values') {
          final = (chunk as { messages: BaseMessage[] }).messages;
        }
      }
      return final;
    } catch (error) {
      // Errors thrown in middleware come back wrapped (MiddlewareError); ours is somewhere in the cause chain.
      for (let e: unknown = error; e instanceof Error; e = e.cause) if (e instanceof LlmFailure) throw e;
      if (signal.aborted) throw new LlmFailure('timeout', '模型在时限内没有答复');
      throw new LlmFailure('model-error', `模型调用失败：${(error as Error).message}`);
    }
  }

  /** What a rule tool call pays per rule (0 where ineligible); nothing for an invalid call. Rules are pure: no side effects. */
  private async payouts(name: string, args: Record<string, unknown>): Promise<Map<string, number>> {
    const result = await this.chatTools.invoke(name, args);
    return new Map(calculationsIn(result).map((c) => [c.ruleId, c.eligible ? c.amountYuan : 0]));
  }

  /** Citations only of clauses the tools returned, quotes from the corpus; the draft note where amounts are given. */
  private compose(answer: string, ledger: TurnLedger): TurnResult {
    const calculations = [...ledger.calculations.values()];
    const ids = resolveCitedIds(answer, ledger.clauseIds, (id) => this.corpus.find(id)?.label.replace(/^第\d+条(?:第\d+款)?\s*/, ''));
    for (const c of calculations) {
      for (const id of [c.clauseId, ...c.citations.map((x) => x.clauseId)]) if (!ids.includes(id)) ids.push(id);
    }
    const citations: ChatCitation[] = ids.flatMap((id) => {
      const clause = this.corpus.find(id);
      return clause ? [{ clauseId: clause.id, label: clause.label, quote: clause.text }] : [];
    });
    const needsInfo: NeedsInfo[] = [];
    for (const n of [...calculations.filter((c) => c.status === 'needs-info').flatMap((c) => c.needsInfo), ...ledger.asked]) {
      if (!needsInfo.some((x) => x.fact === n.fact)) needsInfo.push(n);
    }
    const decided = calculations.some((c) => c.status !== 'needs-info');
    const withNote = calculations.length && !answer.includes('征求意见稿') ? `${answer}\n\n${DRAFT_NOTE}` : answer;
    return {
      answer: withNote,
      citations,
      calculations,
      needsInfo,
      outcome: decided || !needsInfo.length ? 'answered' : 'asked-for-facts',
    };
  }
}
