/** How a turn ended (the chat's `outcome`), as the records keep it. */
export type TurnOutcome = 'answered' | 'asked-for-facts' | 'out-of-scope' | 'refused' | 'policy-silent' | 'fallback';

/** Where a question came in; recorded with each turn so that staff can tell the website from WeChat. */
export type ChatChannel = 'web' | 'console' | 'wechat' | 'api';

/** One answered turn as the hotline team sees it later (the adapter masks personal data before storing). */
export interface TurnRecord {
  turnId: string;
  sessionId: string;
  channel: ChatChannel;
  at: string;
  question: string;
  answer: string;
  outcome: TurnOutcome;
  mode: 'offline' | 'openai';
  clauseIds: string[];
  ruleIds: string[];
  totalYuan: number | null;
  needsInfo: number;
}

/**
 * Every turn is reported here after it is answered. The default drops them; a persistent adapter keeps
 * them for the console's list of unanswered questions. Recording never fails a turn.
 */
export abstract class TurnLog {
  abstract record(turn: TurnRecord): Promise<void>;
}

export class DiscardingTurnLog extends TurnLog {
  async record(): Promise<void> {}
}
