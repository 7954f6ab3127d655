import { InMemoryKeyValueStore } from '../../common/state/in-memory-key-value.store';
import { LATE_ANSWER_TTL_MS, normalizeQuestion, WeChatLateAnswers } from './wechat-late-answers';

describe('WeChatLateAnswers', () => {
  it('treats a resend typed slightly differently as the same question', () => {
    expect(normalizeQuestion(' 驰名商标 有什么奖励？ ')).toBe(normalizeQuestion('驰名商标有什么奖励?'));
    expect(normalizeQuestion('ＡＢＣ 专利！！')).toBe('abc专利');
    expect(normalizeQuestion('驰名商标有什么奖励')).not.toBe(normalizeQuestion('著名商标有什么奖励'));
  });

  it('hands a kept answer out once, to that follower and question, for a few minutes', async () => {
    let now = 1_000_000;
    const store = new InMemoryKeyValueStore({ maxKeys: 100, now: () => now });
    const late = new WeChatLateAnswers(store, () => now);
    await late.keep('o1', '问题', '答复');
    expect(await late.take('o2', '问题')).toBeUndefined();
    expect(await late.take('o1', '别的问题')).toBeUndefined();
    expect(await late.take('o1', '问题。')).toBe('答复');
    expect(await late.take('o1', '问题')).toBeUndefined();

    await late.keep('o1', '问题', '答复');
    now += LATE_ANSWER_TTL_MS + 1;
    expect(await late.take('o1', '问题')).toBeUndefined();
  });

  it('does not let a pending marker replace an answer that is already there', async () => {
    const late = new WeChatLateAnswers(new InMemoryKeyValueStore({ maxKeys: 100 }));
    await late.keep('o1', '问题', '答复');
    await late.expect('o1', '问题');
    expect(await late.take('o1', '问题')).toBe('答复');
  });
});
