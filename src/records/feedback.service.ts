import { Injectable } from '@nestjs/common';
import { maskPersonalData } from '../common/personal-data';
import { FeedbackRequest } from './feedback.schema';
import { RecordStore } from './record-store.port';

export interface FeedbackRecord {
  at: string;
  sessionId: string;
  turnId: string;
  rating: 'up' | 'down';
  /** Masked; null when none was given. */
  comment: string | null;
}

/** Stores ratings of answers; a later rating of the same answer supersedes an earlier one when read. */
@Injectable()
export class FeedbackService {
  constructor(private readonly store: RecordStore) {}

  async submit(feedback: FeedbackRequest, now = new Date()): Promise<FeedbackRecord> {
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
