import { HierarchicalNSW } from 'hnswlib-node';
import { ScoredId } from './bm25-index';

/** Cosine nearest neighbours over the clause vectors, in hnswlib's HNSW graph. */
export class VectorIndex {
  private constructor(
    private readonly index: HierarchicalNSW,
    private readonly ids: string[],
  ) {}

  static build(items: { id: string; vector: number[] }[]): VectorIndex {
    if (items.length === 0) throw new Error('向量索引不能为空');
    const dim = items[0].vector.length;
    const index = new HierarchicalNSW('cosine', dim);
    // A fixed seed keeps the graph, and so the results, identical from run to run.
    index.initIndex({ maxElements: items.length, m: 16, efConstruction: 200, randomSeed: 42 });
    items.forEach((item, label) => {
      if (item.vector.length !== dim) throw new Error(`向量维度不一致：${item.id}`);
      index.addPoint(item.vector, label);
    });
    return new VectorIndex(index, items.map((i) => i.id));
  }

  get size(): number {
    return this.ids.length;
  }

  search(vector: number[], k: number): ScoredId[] {
    if (!vector.some((x) => x !== 0)) return [];
    const n = Math.min(k, this.ids.length);
    this.index.setEf(Math.max(50, n));
    const { neighbors, distances } = this.index.searchKnn(vector, n);
    return neighbors.map((label, i) => ({ id: this.ids[label], score: 1 - distances[i] }));
  }
}
