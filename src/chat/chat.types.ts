import type { TurnOutcome } from '../records/turn-log.port';
import type { Calculation, NeedsInfo } from '../rules/rule';

export interface ChatCitation {
  clauseId: string;
  label: string;
  /** Exact text of the clause (a whole paragraph or sentences of it), from the corpus, never from a model. */
  quote: string;
}

/** How a turn ended; the records keep the same values (src/records/turn-log.port.ts). */
export type ChatOutcome = TurnOutcome;

/** The response of `POST /api/chat` (docs/api.md). */
export interface ChatResponse {
  sessionId: string;
  /** Identifies this answer, e.g. for feedback (`POST /api/feedback`). */
  turnId: string;
  answer: string;
  citations: ChatCitation[];
  calculations: Calculation[];
  /** Sum of the eligible calculations; null when no figure was computed. */
  totalYuan: number | null;
  needsInfo: NeedsInfo[];
  mode: 'offline' | 'openai';
  outcome: ChatOutcome;
}
