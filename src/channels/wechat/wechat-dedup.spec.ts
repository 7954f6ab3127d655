import { InMemoryKeyValueStore } from '../../common/state/in-memory-key-value.store';
import { PENDING_TTL_MS, WeChatDedup, WeChatOutcome } from './wechat-dedup';

function deferred<T>() {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe('WeChatDedup', () => {
  const text = (t: string): WeChatOutcome => ({ kind: 'text', text: t });
  let dedup: WeChatDedup;
  beforeEach(() => (dedup = new WeChatDedup(new InMemoryKeyValueStore({ maxKeys: 100 }))));
  const neverLate = { deadlineMs: 2_000, onLate: () => ({ outcome: text('late'), handedOff: false }) };

  it('does the work once; a later retry gets the same text', async () => {
    const work = jest.fn(async () => '答复');
    expect(await dedup.handle('m:1', work, neverLate)).toEqual(text('答复'));
    expect(await dedup.handle('m:1', work, neverLate)).toEqual(text('答复'));
    expect(work).toHaveBeenCalledTimes(1);
    expect(await dedup.handle('m:2', work, neverLate)).toEqual(text('答复'));
    expect(work).toHaveBeenCalledTimes(2);
  });

  it('a retry arriving while the first is still working waits for its text', async () => {
    const gate = deferred<string>();
    const work = jest.fn(() => gate.promise);
    const first = dedup.handle('m:1', work, neverLate);
    const retry = dedup.handle('m:1', work, neverLate);
    gate.resolve('同一个答复');
    expect(await Promise.all([first, retry])).toEqual([text('同一个答复'), text('同一个答复')]);
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('past the deadline hands the running work over; retries then get success, not a second answer', async () => {
    const gate = deferred<string>();
    const handedOver: Promise<string>[] = [];
    const options = {
      deadlineMs: 100,
      onLate: (running: Promise<string>) => {
        handedOver.push(running);
        return { outcome: { kind: 'success' } as WeChatOutcome, handedOff: true };
      },
    };
    const work = jest.fn(() => gate.promise);
    expect(await dedup.handle('m:1', work, options)).toEqual({ kind: 'success' });
    expect(await dedup.handle('m:1', work, options)).toEqual({ kind: 'success' });
    gate.resolve('晚到的答复');
    expect(await handedOver[0]).toBe('晚到的答复');
    expect(handedOver).toHaveLength(1);
    expect(await dedup.handle('m:1', work, options)).toEqual({ kind: 'success' });
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('without a hand-over, the late text is what retries get too', async () => {
    const options = { deadlineMs: 100, onLate: () => ({ outcome: text('请稍后再试'), handedOff: false }) };
    const work = jest.fn(() => new Promise<string>(() => undefined));
    expect(await dedup.handle('m:1', work, options)).toEqual(text('请稍后再试'));
    expect(await dedup.handle('m:1', work, options)).toEqual(text('请稍后再试'));
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('releases the claim when the work fails, so a retry can try again', async () => {
    const work = jest.fn().mockRejectedValueOnce(new Error('boom')).mockResolvedValueOnce('好了');
    await expect(dedup.handle('m:1', work, neverLate)).rejects.toThrow('boom');
    expect(await dedup.handle('m:1', work, neverLate)).toEqual(text('好了'));
  });

  it('a claim left pending by a crashed instance expires soon after WeChat’s retries; an answer is kept for long', async () => {
    let now = 1_000_000;
    const store = new InMemoryKeyValueStore({ maxKeys: 100, now: () => now });
    const crashed = new WeChatDedup(store);
    // The first instance claims the MsgId and never gets to record anything (its work never ends).
    void crashed.handle('m:9', () => new Promise<string>(() => undefined), { deadlineMs: 60_000, onLate: neverLate.onLate });
    await new Promise((r) => setImmediate(r));

    const other = new WeChatDedup(store);
    const work = jest.fn(async () => '另一实例的答复');
    expect(PENDING_TTL_MS).toBeGreaterThan(15_000);
    expect(PENDING_TTL_MS).toBeLessThanOrEqual(30_000);
    expect(await other.handle('m:9', work, { ...neverLate, deadlineMs: 100 })).toEqual({ kind: 'success' }); // still claimed
    expect(work).not.toHaveBeenCalled();

    now += PENDING_TTL_MS + 1;
    expect(await other.handle('m:9', work, neverLate)).toEqual(text('另一实例的答复'));
    expect(work).toHaveBeenCalledTimes(1);

    now += 10 * 60_000; // the answer itself outlives the pending claim by far
    expect(await other.handle('m:9', work, neverLate)).toEqual(text('另一实例的答复'));
    expect(work).toHaveBeenCalledTimes(1);
  });
});
