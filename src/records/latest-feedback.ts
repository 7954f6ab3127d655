import type { FeedbackRecord } from './feedback.service';

/**
 * The rating that counts for each answer: the last one given (a user may change their mind), for at most
 * `max` answers, so that a flood of feedback cannot fill memory; ratings of further answers are left out
 * and `overflowed` says so.
 */
export class LatestRatings {
  private readonly latest = new Map<string, Pick<FeedbackRecord, 'at' | 'rating'>>();
  overflowed = false;

  constructor(private readonly max: number) {}

  add(r: FeedbackRecord): void {
    const seen = this.latest.get(r.turnId);
    if (seen) {
      if (seen.at <= r.at) this.latest.set(r.turnId, { at: r.at, rating: r.rating });
    } else if (this.latest.size < this.max) {
      this.latest.set(r.turnId, { at: r.at, rating: r.rating });
    } else {
      this.overflowed = true;
    }
  }

  get(turnId: string): 'up' | 'down' | undefined {
    return this.latest.get(turnId)?.rating;
  }
}
