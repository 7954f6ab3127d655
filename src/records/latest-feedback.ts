import type { FeedbackRecord } from './feedback.service';

/** The rating that counts for each answer: the last one given (a user may change their mind). */
export function latestFeedback(records: FeedbackRecord[]): Map<string, FeedbackRecord> {
  const latest = new Map<string, FeedbackRecord>();
  for (const r of records) {
    const seen = latest.get(r.turnId);
    if (!seen || seen.at <= r.at) latest.set(r.turnId, r);
  }
  return latest;
}
