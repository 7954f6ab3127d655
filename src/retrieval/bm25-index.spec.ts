import { Bm25Index } from './bm25-index';

describe('Bm25Index', () => {
  const index = Bm25Index.build([
    { id: 'a', tokens: ['专利', '质押', '贷款', '贴息'] },
    { id: 'b', tokens: ['商标', '马德里', '注册'] },
    { id: 'c', tokens: ['专利', '专利', '奖补'] },
  ]);

  it('ranks by the rare word over the common one', () => {
    expect(index.search(['专利', '贴息'], 3).map((r) => r.id)).toEqual(['a', 'c']);
  });

  it('counts a repeated query word once', () => {
    expect(index.search(['马德里', '马德里', '马德里'], 3)[0].score).toBeCloseTo(index.search(['马德里'], 3)[0].score, 10);
  });

  it('returns nothing for unknown words and honours k', () => {
    expect(index.search(['天气'], 3)).toEqual([]);
    expect(index.search(['专利'], 1)).toHaveLength(1);
    expect(index.size).toBe(3);
  });

  it('scores term frequency with saturation', () => {
    const [first, second] = index.search(['专利'], 2);
    expect(first.id).toBe('c');
    expect(first.score).toBeGreaterThan(second.score);
    expect(first.score).toBeLessThan(second.score * 2);
  });
});
