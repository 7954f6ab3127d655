import { referencedClauses, resolveCitedIds } from './clause-references';

describe('clause references in a model answer', () => {
  it('reads ids and Chinese labels', () => {
    expect(referencedClauses('依据第4条第2款和第十三条，另见 final.stacking 与 art.2。')).toEqual([
      { id: 'art.4.2', kind: 'exact' },
      { id: 'art.13', kind: 'article' },
      { id: 'final.stacking', kind: 'exact' },
      { id: 'art.2', kind: 'exact' },
    ]);
  });

  it('keeps only clauses the tools returned, resolving an article to its returned paragraphs', () => {
    const returned = new Set(['art.4.1', 'art.4.2', 'art.2', 'final.stacking']);
    expect(resolveCitedIds('见第4条、第2条、第9条和 final.validity。', returned)).toEqual(['art.4.1', 'art.4.2', 'art.2']);
    expect(resolveCitedIds('第2条第1款', returned)).toEqual(['art.2']);
  });

  it('counts a returned clause named by its title', () => {
    const titles: Record<string, string> = { 'final.stacking': '市区奖补叠加与就高原则', 'art.2': '奖励' };
    const returned = new Set(['final.stacking', 'art.2']);
    expect(resolveCitedIds('按“市区奖补叠加与就高原则”，可获奖励。', returned, (id) => titles[id])).toEqual(['final.stacking']);
  });
});
