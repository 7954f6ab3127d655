import { InMemoryKeyValueStore } from '../../common/state/in-memory-key-value.store';
import { INTERACTION_WINDOW_MS, WeChatInteractionWindow } from './wechat-interaction-window';

describe('WeChatInteractionWindow', () => {
  it('is open for 48 hours after the follower last wrote, per follower', async () => {
    let now = 1_000_000;
    const window = new WeChatInteractionWindow(new InMemoryKeyValueStore({ maxKeys: 10, now: () => now }), () => now);
    expect(await window.isOpen('o1')).toBe(false);
    await window.touch('o1');
    now += INTERACTION_WINDOW_MS - 1;
    expect(await window.isOpen('o1')).toBe(true);
    expect(await window.isOpen('o2')).toBe(false);
    now += 1;
    expect(await window.isOpen('o1')).toBe(false);
  });
});
