import { KeyValueStore } from '../../common/state/key-value.store';

/** WeChat accepts customer-service messages only within 48 hours of the follower's last message. */
export const INTERACTION_WINDOW_MS = 48 * 60 * 60_000;

/** Remembers when each follower last wrote, in the shared store, so any instance can check the window. */
export class WeChatInteractionWindow {
  constructor(
    private readonly store: KeyValueStore,
    private readonly now: () => number = Date.now,
  ) {}

  async touch(openid: string): Promise<void> {
    await this.store.set(this.key(openid), String(this.now()), INTERACTION_WINDOW_MS);
  }

  async isOpen(openid: string): Promise<boolean> {
    const last = Number(await this.store.get(this.key(openid)));
    return Number.isFinite(last) && last > 0 && this.now() - last < INTERACTION_WINDOW_MS;
  }

  private key(openid: string): string {
    return `wechat:last-seen:${openid}`;
  }
}
