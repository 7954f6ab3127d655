import type { LlmMemory } from './llm/turn-ledger';

/** What the assistant remembers of one conversation. */
export interface ChatSession {
  id: string;
  /** Facts the user has stated so far (a partial enterprise profile); later statements overwrite earlier ones. */
  profile: Record<string, unknown>;
  /** Rules under discussion, so that “那如果只有28件呢？” knows what it refers to. */
  focusRuleIds: string[];
  /** Every rule computed in this conversation, so that “两项一共多少” can add them up. */
  ruleHistory: string[];
  /** The fact the last answer asked for (its “请问：…”), so that a bare “是” or “企业” answers that question. */
  askedFact?: string;
  /**
   * The facts each rule was last computed with, and earlier cases of per-case awards kept for totals.
   * Facts, not results: rules are pure, results are recomputed, and a session stays a few hundred bytes.
   */
  lastFacts?: Record<string, Record<string, unknown>>;
  earlierCases?: { ruleId: string; facts: Record<string, unknown> }[];
  turns: { role: 'user' | 'assistant'; text: string }[];
  /** The draft caveat was said in a calculated answer: said once per conversation. */
  caveated?: boolean;
  /** LLM mode: what the tools returned so far (citable clauses, passable numbers). */
  llm?: LlmMemory;
  createdAt: number;
  updatedAt: number;
}

export const MAX_REMEMBERED_TURNS = 20;

export function newSession(id: string, now = Date.now()): ChatSession {
  return { id, profile: {}, focusRuleIds: [], ruleHistory: [], turns: [], createdAt: now, updatedAt: now };
}
