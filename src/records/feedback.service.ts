import { Injectable } from '@nestjs/common';
import { DOMAIN_ERROR_CODES, DomainError } from '../common/domain-error';
import { maskPersonalData } from '../common/personal-data';
import { FeedbackRequest } from './feedback.schema';
import { RecordStore } from './record-store.port';
import { TurnIndex } from './turn-index';

// The window is FEEDBACK_WINDOW_DAYS (turn-index.ts), or the retention period if that is shorter: the message names neither number.
export const UNKNOWN_TURN_MESSAGE = '找不到要评价的答复：答复编号 turnId 不存在、不属于该会话 sessionId，或已超过可评价期限';

export const FEEDBACK_UNAVAILABLE_MESSAGE = '评价暂时无法保存，请稍后再试';

export interface FeedbackRecord {
  at: string;
  sessionId: string;
  turnId: string;
  rating: 'up' | 'down';
  /** Masked; null when none was given. */
  comment: string | null;
}

/**
 * Stores ratings of answers; a later rating of the same answer supersedes an earlier one when read.
 * Only answers given within the feedback window can be rated, and only with their own session id (the
 * turn index says which; no record file is read): anything else is refused with 404 and never reaches
 * the staff's list. A rating that cannot be stored is a 503, never a silent success.
 */
@Injectable()
export class FeedbackService {
  constructor(
    private readonly store: RecordStore,
    private readonly index: TurnIndex,
  ) {}

  async submit(feedback: FeedbackRequest, now = new Date()): Promise<FeedbackRecord> {
    const sessionId = await this.index.sessionOf(feedback.turnId);
    if (sessionId !== feedback.sessionId) throw new DomainError(DOMAIN_ERROR_CODES.NOT_FOUND, UNKNOWN_TURN_MESSAGE);
    const record: FeedbackRecord = {
      at: now.toISOString(),
      sessionId: feedback.sessionId,
      turnId: feedback.turnId,
      rating: feedback.rating,
      comment: feedback.comment ? maskPersonalData(feedback.comment) : null,
    };
    const outcome = await this.store.append('feedback', record).catch(() => 'failed' as const);
    if (outcome !== 'written') throw new DomainError(DOMAIN_ERROR_CODES.UNAVAILABLE, FEEDBACK_UNAVAILABLE_MESSAGE);
    return record;
  }
}
