import { createHash } from 'node:crypto';
import { KeyValueStore } from '../../common/state/key-value.store';
import { awaitSettled } from './wechat-slot';

/** How long a finished late answer waits for the follower to send the question again. */
export const LATE_ANSWER_TTL_MS = 5 * 60_000;
/** How long a resend waits for an answer still being worked out (longer than any chat turn), then asks anew. */
export const PENDING_ANSWER_TTL_MS = 60_000;

type Entry = { state: 'pending' } | { state: 'done'; text: string };

/** The question as a follower would resend it: width, case, spaces and closing punctuation do not matter. */
export function normalizeQuestion(question: string): string {
  return question
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/g, '')
    .replace(/[。.？?！!～~…，,；;]+$/u, '');
}

/**
 * Answers that missed WeChat's reply window when no customer-service API is configured: the follower
 * was told to send the question again, and that resend (a new MsgId) gets the finished answer at once
 * instead of a second computation. Kept in the shared store per openid + normalised question, so any
 * instance can hand it out; a resend while the answer is still being worked out waits for it.
 */
export class WeChatLateAnswers {
  constructor(
    private readonly store: KeyValueStore,
    private readonly now: () => number = Date.now,
  ) {}

  /** The answer is still being worked out (does not replace an answer already there). */
  async expect(openid: string, question: string): Promise<void> {
    await this.store.setIfAbsent(this.key(openid, question), JSON.stringify({ state: 'pending' } satisfies Entry), PENDING_ANSWER_TTL_MS);
  }

  async keep(openid: string, question: string, text: string): Promise<void> {
    await this.store.set(this.key(openid, question), JSON.stringify({ state: 'done', text } satisfies Entry), LATE_ANSWER_TTL_MS);
  }

  /** The answer was not worth keeping (a failure notice): a resend asks anew. */
  async forget(openid: string, question: string): Promise<void> {
    await this.store.delete(this.key(openid, question));
  }

  /**
   * The kept answer, handed out once; while it is still pending, waits for it (up to
   * PENDING_ANSWER_TTL_MS). Undefined when there is none: the question is asked anew.
   */
  async take(openid: string, question: string): Promise<string | undefined> {
    const key = this.key(openid, question);
    const entry = await awaitSettled<Entry>(this.store, key, this.now() + PENDING_ANSWER_TTL_MS, this.now);
    if (entry?.state !== 'done') return undefined;
    await this.store.delete(key);
    return entry.text;
  }

  private key(openid: string, question: string): string {
    const digest = createHash('sha256').update(normalizeQuestion(question)).digest('base64url').slice(0, 32);
    return `wechat:late:${openid}:${digest}`;
  }
}
