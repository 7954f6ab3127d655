import { Injectable } from '@nestjs/common';
import type { ChatOutcome } from '../chat/chat.types';
import type { ChatChannel, TurnRecord } from '../chat/records/turn-log.port';
import { dayOf, daysBefore } from './day-key';
import type { FeedbackRecord } from './feedback.service';
import { latestFeedback } from './latest-feedback';
import { RecordStore } from './record-store.port';

/** Why a turn is on the list: the assistant could not answer it, or the user said it did not help. */
export type GapReason = 'fallback' | 'policy-silent' | 'out-of-scope' | 'thumbs-down';

const UNANSWERED: readonly ChatOutcome[] = ['fallback', 'policy-silent', 'out-of-scope'];

export interface Gap {
  turnId: string;
  sessionId: string;
  /** The later of the question and the thumbs-down. */
  at: string;
  reasons: GapReason[];
  /** Null when the turn itself is no longer (or was never) recorded, e.g. feedback on an expired turn. */
  channel: ChatChannel | null;
  question: string | null;
  answer: string | null;
  outcome: ChatOutcome | null;
  comment: string | null;
}

export interface GapQuery {
  limit: number;
  /** How many days back to look. */
  days: number;
}

/** The console's list of questions to look at: unanswered ones and thumbs-down, newest first. */
@Injectable()
export class GapsService {
  constructor(private readonly store: RecordStore) {}

  async recent({ limit, days }: GapQuery, now = new Date()): Promise<Gap[]> {
    const range = { from: daysBefore(dayOf(now), days - 1) };
    const [turns, feedback] = await Promise.all([
      this.store.read<TurnRecord>('turns', range),
      this.store.read<FeedbackRecord>('feedback', range),
    ]);
    const gaps = new Map<string, Gap>();
    for (const t of turns) {
      if (!UNANSWERED.includes(t.outcome)) continue;
      gaps.set(t.turnId, { ...fromTurn(t), reasons: [t.outcome as GapReason] });
    }
    const byTurn = new Map(turns.map((t) => [t.turnId, t]));
    for (const f of latestFeedback(feedback).values()) {
      if (f.rating !== 'down') continue;
      const turn = byTurn.get(f.turnId);
      const gap = gaps.get(f.turnId) ?? {
        ...(turn ? fromTurn(turn) : { turnId: f.turnId, sessionId: f.sessionId, at: f.at, channel: null, question: null, answer: null, outcome: null, comment: null }),
        reasons: [],
      };
      gap.reasons.push('thumbs-down');
      gap.comment = f.comment;
      if (f.at > gap.at) gap.at = f.at;
      gaps.set(f.turnId, gap);
    }
    return [...gaps.values()].sort((a, b) => b.at.localeCompare(a.at)).slice(0, limit);
  }
}

function fromTurn(t: TurnRecord): Omit<Gap, 'reasons'> {
  return {
    turnId: t.turnId,
    sessionId: t.sessionId,
    at: t.at,
    channel: t.channel,
    question: t.question,
    answer: t.answer,
    outcome: t.outcome,
    comment: null,
  };
}
