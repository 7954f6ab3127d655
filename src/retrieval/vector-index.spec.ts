import { VectorIndex } from './vector-index';

describe('VectorIndex (hnswlib, cosine)', () => {
  const index = VectorIndex.build([
    { id: 'x', vector: [1, 0, 0] },
    { id: 'y', vector: [0, 1, 0] },
    { id: 'z', vector: [0.7, 0.7, 0] },
  ]);

  it('returns nearest neighbours by cosine similarity', () => {
    const hits = index.search([1, 0.1, 0], 2);
    expect(hits.map((h) => h.id)).toEqual(['x', 'z']);
    expect(hits[0].score).toBeGreaterThan(0.99);
  });

  it('caps k at the index size and returns nothing for a zero vector', () => {
    expect(index.search([0, 1, 0], 10)).toHaveLength(3);
    expect(index.search([0, 0, 0], 3)).toEqual([]);
  });

  it('refuses an empty index and mixed dimensions', () => {
    expect(() => VectorIndex.build([])).toThrow('向量索引不能为空');
    expect(() => VectorIndex.build([{ id: 'a', vector: [1, 0] }, { id: 'b', vector: [1] }])).toThrow('向量维度不一致');
  });
});
