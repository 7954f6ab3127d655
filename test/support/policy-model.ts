import { newSession } from '../../src/chat/chat-session';
import { extractFacts } from '../../src/chat/nlu/fact-extractor';
import { NumericPlanner } from '../../src/chat/offline/numeric-planner';
import { OfflineEngine } from '../../src/chat/offline/offline-engine';
import { buildChatParts } from '../../src/chat/testing/build-chat-tools';
import { CALCULATE_PREFIX, ChatTools } from '../../src/chat/tools/chat-tools';
import type { Calculation } from '../../src/rules/rule';
import type { WireReply, WireRequest } from './openai-wire-server';

/** ChatTools that remember which rules were computed with which facts. */
class RecordingChatTools extends ChatTools {
  calls: { ruleId: string; facts: Record<string, unknown> }[] = [];

  override async calculate(ruleId: string, facts: Record<string, unknown>): Promise<Calculation> {
    this.calls.push({ ruleId, facts });
    return super.calculate(ruleId, facts);
  }
}

/** Messages our own guards add to the conversation; they are not the user's. */
const GUARD_NOTE = /^（系统校验）/;

/**
 * A stand-in for a language model behind the OpenAI wire server, for running the chat eval in LLM mode:
 * it understands the conversation with the offline engine, then behaves like a well-prompted model —
 * first a round of tool calls (the rules the engine computed, with the facts it read; the clauses it
 * cited), then the engine's answer as its final text. It never does arithmetic of its own, so the eval
 * measures the LLM pipeline (wire format, tools, guards, citations, fallbacks), not a model's skill.
 */
export class PolicyModel {
  private constructor(
    private readonly tools: RecordingChatTools,
    private readonly engine: OfflineEngine,
  ) {}

  static async create(): Promise<PolicyModel> {
    const { corpus, tokenizer, retrieval, tools } = await buildChatParts(RecordingChatTools);
    const engine = new OfflineEngine(retrieval, corpus, tokenizer, new NumericPlanner(tools, corpus, extractFacts));
    return new PolicyModel(tools, engine);
  }

  async reply(request: WireRequest): Promise<WireReply> {
    const messages = request.body.messages;
    const lastUser = messages.map((m) => m.role).lastIndexOf('user');
    const users = messages.filter((m) => m.role === 'user' && !GUARD_NOTE.test(m.content ?? '')).map((m) => m.content ?? '');
    const toolsAnswered = messages.slice(lastUser + 1).some((m) => m.role === 'tool') || GUARD_NOTE.test(messages[lastUser]?.content ?? '');

    // Replay the conversation so the engine holds the same facts a reader of it would.
    const session = newSession('policy-model');
    for (const text of users.slice(0, -1)) await this.engine.decide(text, session);
    this.tools.calls = [];
    const turn = await this.engine.decide(users.at(-1) ?? '', session);
    if (toolsAnswered) return { kind: 'text', text: turn.answer };

    const computed = new Map(this.tools.calls.map((c) => [`${c.ruleId}:${JSON.stringify(c.facts)}`, c]));
    const ruleClauses = new Set(turn.calculations.map((c) => c.clauseId));
    const calls = [
      ...[...computed.values()].map((c) => ({ name: `${CALCULATE_PREFIX}${c.ruleId}`, arguments: c.facts })),
      ...turn.citations.filter((c) => !ruleClauses.has(c.clauseId)).map((c) => ({ name: 'get_clause', arguments: { clauseId: c.clauseId } })),
    ];
    return calls.length ? { kind: 'tools', calls } : { kind: 'text', text: turn.answer };
  }
}
