import { KeyValueStore } from '../../common/state/key-value.store';
import { awaitSettled, sleep } from './wechat-slot';

/** What WeChat gets for a message: a text reply, or `success` (nothing now; maybe a customer-service message later). */
export type WeChatOutcome = { kind: 'text'; text: string } | { kind: 'success' };

/**
 * The record kept per MsgId (or sender + CreateTime for events): being answered, answered (the text, so a
 * retry gets the same reply), or handed over to the customer-service API (a retry gets `success`).
 */
type Slot = { state: 'pending' } | { state: 'done'; text: string } | { state: 'handed-off' };

/** An answered or handed-over message: long past WeChat's three retries (about 15 s); then it expires. */
const SLOT_TTL_MS = 15 * 60_000;
/**
 * A claim being worked on. The first delivery replaces it by its reply deadline (at most 4.8 s); one left
 * by an instance that crashed meanwhile expires a little after WeChat's full retry span (three tries,
 * about 15 s) plus that processing time, instead of blocking the MsgId for SLOT_TTL_MS.
 */
export const PENDING_TTL_MS = 20_000;

export interface DedupOptions {
  /** How long to wait for an answer before giving up on the passive reply. */
  deadlineMs: number;
  /**
   * Called with the still-running work when the deadline passes. Returns the outcome for WeChat now;
   * 'handed-off' means the work delivers its answer itself later.
   */
  onLate: (work: Promise<string>) => { outcome: WeChatOutcome; handedOff: boolean };
}


/**
 * WeChat retries a message it got no reply to within 5 s, up to three times, with the same MsgId. The
 * first delivery claims the id atomically and does the work; a retry never repeats it — it waits for
 * the first one's reply (up to its own deadline) and sends the same text, or `success`.
 */
export class WeChatDedup {
  constructor(private readonly store: KeyValueStore) {}

  async handle(id: string, work: () => Promise<string>, options: DedupOptions): Promise<WeChatOutcome> {
    const key = `wechat:msg:${id}`;
    const claimed = await this.store.setIfAbsent(key, JSON.stringify({ state: 'pending' } satisfies Slot), PENDING_TTL_MS);
    if (!claimed) return this.awaitFirst(key, options.deadlineMs);

    const running = work();
    const timer = sleep(options.deadlineMs).then(() => undefined);
    let text: string | undefined;
    try {
      text = await Promise.race([running, timer]);
    } catch (error) {
      // The work should answer its own errors; if it does not, let a retry try again.
      await this.store.delete(key);
      throw error;
    }
    if (text !== undefined) {
      await this.save(key, { state: 'done', text });
      return { kind: 'text', text };
    }
    const late = options.onLate(running);
    await this.save(key, late.handedOff ? { state: 'handed-off' } : outcomeSlot(late.outcome));
    return late.outcome;
  }

  private async awaitFirst(key: string, deadlineMs: number): Promise<WeChatOutcome> {
    const slot = await awaitSettled<Slot>(this.store, key, Date.now() + deadlineMs);
    return slot?.state === 'done' ? { kind: 'text', text: slot.text } : { kind: 'success' };
  }

  private save(key: string, slot: Slot): Promise<void> {
    return this.store.set(key, JSON.stringify(slot), SLOT_TTL_MS);
  }
}

function outcomeSlot(outcome: WeChatOutcome): Slot {
  return outcome.kind === 'text' ? { state: 'done', text: outcome.text } : { state: 'handed-off' };
}
