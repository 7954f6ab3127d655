import { Injectable } from '@nestjs/common';
import type { ChatChannel, TurnOutcome, TurnRecord } from './turn-log.port';
import { dayOf, daysBefore } from './day-key';
import type { FeedbackRecord } from './feedback.service';
import { RecordStore } from './record-store.port';

/** Why a turn is on the list: the assistant could not answer it, or the user said it did not help. */
export type GapReason = 'fallback' | 'policy-silent' | 'out-of-scope' | 'thumbs-down';

const UNANSWERED: readonly TurnOutcome[] = ['fallback', 'policy-silent', 'out-of-scope'];

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
  outcome: TurnOutcome | null;
  comment: string | null;
}

export interface GapQuery {
  limit: number;
  /** How many days back to look. */
  days: number;
}

export interface GapsOptions {
  /** Candidates held while reading (ids and times only, ~200 bytes each). */
  maxCandidates?: number;
}

/** A turn that may make the list, without its text (read again only for the few that do). */
interface Candidate {
  turnId: string;
  sessionId: string;
  unanswered?: { reason: GapReason; at: string };
  down?: { at: string; comment: string | null };
  /** When the latest rating seen was given (a later-appended older rating does not override it). */
  ratedAt?: string;
}

const DEFAULT_MAX_CANDIDATES = 20_000;

/**
 * The console's list of questions to look at: unanswered ones and thumbs-down, newest first.
 *
 * The records are streamed, never held: one pass over the turns keeps the unanswered ones as candidates
 * (ids and times), one pass over the feedback adds or withdraws thumbs-down, and a last pass over the
 * turns fetches the text of the `limit` that made the list. Candidates are bounded: past the bound only
 * the newest are kept, which cannot change the list (at most 200 long) unless more than the bound of newer
 * thumbs-down are later withdrawn (rated up again); an unanswered turn is never withdrawn.
 */
@Injectable()
export class GapsService {
  private readonly maxCandidates: number;

  constructor(
    private readonly store: RecordStore,
    options: GapsOptions = {},
  ) {
    this.maxCandidates = options.maxCandidates ?? DEFAULT_MAX_CANDIDATES;
  }

  async recent({ limit, days }: GapQuery, now = new Date()): Promise<Gap[]> {
    const range = { from: daysBefore(dayOf(now), days - 1) };
    const candidates = new Map<string, Candidate>();

    for await (const t of this.store.stream<TurnRecord>('turns', range)) {
      if (!UNANSWERED.includes(t.outcome)) continue;
      const c = candidates.get(t.turnId) ?? { turnId: t.turnId, sessionId: t.sessionId };
      c.unanswered = { reason: t.outcome as GapReason, at: t.at };
      candidates.set(t.turnId, c);
      this.trim(candidates);
    }

    for await (const f of this.store.stream<FeedbackRecord>('feedback', range)) {
      const c = candidates.get(f.turnId);
      if (c?.ratedAt && c.ratedAt > f.at) continue;
      if (f.rating === 'down') {
        const next = c ?? { turnId: f.turnId, sessionId: f.sessionId };
        next.down = { at: f.at, comment: f.comment };
        next.ratedAt = f.at;
        candidates.set(f.turnId, next);
        this.trim(candidates);
      } else if (c) {
        c.down = undefined;
        c.ratedAt = f.at;
        if (!c.unanswered) candidates.delete(f.turnId);
      }
    }

    const chosen = [...candidates.values()]
      .filter((c) => c.unanswered || c.down)
      .sort((a, b) => latest(b).localeCompare(latest(a)))
      .slice(0, limit);
    const gaps = new Map(chosen.map((c) => [c.turnId, toGap(c)]));
    if (!gaps.size) return [];

    for await (const t of this.store.stream<TurnRecord>('turns', range)) {
      const gap = gaps.get(t.turnId);
      if (!gap) continue;
      Object.assign(gap, { sessionId: t.sessionId, channel: t.channel, question: t.question, answer: t.answer, outcome: t.outcome });
      // An unanswered turn dropped from the candidates came back through its thumbs-down.
      if (UNANSWERED.includes(t.outcome) && !gap.reasons.includes(t.outcome as GapReason)) gap.reasons.unshift(t.outcome as GapReason);
    }
    return [...gaps.values()];
  }

  /** Keeps the newest `maxCandidates` once twice as many are held (so trimming is rare and cheap). */
  private trim(candidates: Map<string, Candidate>): void {
    if (candidates.size <= 2 * this.maxCandidates) return;
    const kept = new Set(
      [...candidates.values()]
        .sort((a, b) => latest(b).localeCompare(latest(a)))
        .slice(0, this.maxCandidates)
        .map((c) => c.turnId),
    );
    for (const turnId of candidates.keys()) if (!kept.has(turnId)) candidates.delete(turnId);
  }
}

/** When the turn last became a gap: the later of the unanswered question and the thumbs-down. */
function latest(c: Candidate): string {
  const asked = c.unanswered?.at ?? '';
  const rated = c.down?.at ?? '';
  return asked > rated ? asked : rated;
}

function toGap(c: Candidate): Gap {
  const reasons: GapReason[] = [];
  if (c.unanswered) reasons.push(c.unanswered.reason);
  if (c.down) reasons.push('thumbs-down');
  return {
    turnId: c.turnId,
    sessionId: c.sessionId,
    at: latest(c),
    reasons,
    channel: null,
    question: null,
    answer: null,
    outcome: null,
    comment: c.down?.comment ?? null,
  };
}
