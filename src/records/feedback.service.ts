import { Injectable } from '@nestjs/common';
import { DOMAIN_ERROR_CODES, DomainError } from '../common/domain-error';
import { maskPersonalData } from '../common/personal-data';
import { FeedbackRequest } from './feedback.schema';
import { RecordStore } from './record-store.port';
import { StoredTurnLog } from './stored-turn-log';

export const UNKNOWN_TURN_MESSAGE = '找不到要评价的答复：答复编号 turnId 不存在、不属于该会话 sessionId，或已超过记录保留期';

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
 * Only answers that were given (and are still within retention) can be rated, and only with their own
 * session id: anything else is refused with 404 and never reaches the staff's list.
 */
@Injectable()
export class FeedbackService {
  constructor(
    private readonly store: RecordStore,
    private readonly turns: StoredTurnLog,
  ) {}

  async submit(feedback: FeedbackRequest, now = new Date()): Promise<FeedbackRecord> {
    const turn = await this.turns.find(feedback.turnId, now);
    if (!turn || turn.sessionId !== feedback.sessionId) throw new DomainError(DOMAIN_ERROR_CODES.NOT_FOUND, UNKNOWN_TURN_MESSAGE);
    const record: FeedbackRecord = {
      at: now.toISOString(),
      sessionId: feedback.sessionId,
      turnId: feedback.turnId,
      rating: feedback.rating,
      comment: feedback.comment ? maskPersonalData(feedback.comment) : null,
    };
    await this.store.append('feedback', record);
    return record;
  }
}
