import { KeyValueStore } from '../../common/state/key-value.store';

/** How often a waiting delivery looks at a slot another delivery (perhaps on another instance) is filling. */
const POLL_MS = 50;

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref?.());

/** A slot kept as JSON in the shared store; unreadable counts as absent. */
export function parseSlot<T>(raw: string | undefined): T | undefined {
  if (!raw) return undefined;
  try {
    return JSON.parse(raw) as T;
  } catch {
    return undefined;
  }
}

/**
 * Reads the slot until it is no longer `pending` or the next look would be past `until`; returns the last
 * slot read (still `pending` when time ran out, undefined when it is gone).
 */
export async function awaitSettled<T extends { state: string }>(store: KeyValueStore, key: string, until: number, now: () => number = Date.now): Promise<T | undefined> {
  for (;;) {
    const slot = parseSlot<T>(await store.get(key));
    if (slot?.state !== 'pending' || now() + POLL_MS > until) return slot;
    await sleep(POLL_MS);
  }
}
