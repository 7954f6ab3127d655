import { reciprocalRankFusion } from './rank-fusion';

describe('reciprocalRankFusion', () => {
  it('rewards agreement between the lists', () => {
    const fused = reciprocalRankFusion([
      { results: [{ id: 'x', score: 9 }, { id: 'y', score: 5 }] },
      { results: [{ id: 'y', score: 0.9 }, { id: 'z', score: 0.8 }] },
    ]);
    expect(fused.map((r) => r.id)).toEqual(['y', 'x', 'z']);
    expect(fused[0].score).toBeCloseTo(1 / 62 + 1 / 61, 12);
  });

  it('applies weights and keeps the first list order on ties', () => {
    const lists = [{ results: [{ id: 'a', score: 1 }] }, { results: [{ id: 'b', score: 1 }] }];
    expect(reciprocalRankFusion(lists).map((r) => r.id)).toEqual(['a', 'b']);
    expect(reciprocalRankFusion([lists[0], { ...lists[1], weight: 2 }]).map((r) => r.id)).toEqual(['b', 'a']);
  });
});
