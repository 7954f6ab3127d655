import { ScoredId } from './bm25-index';

/**
 * Reciprocal rank fusion (Cormack et al., 2009): score = Σ weight / (k + rank).
 * Rank-based, so BM25 scores and cosine similarities need no common scale.
 */
export function reciprocalRankFusion(lists: { results: ScoredId[]; weight?: number }[], k = 60): ScoredId[] {
  const fused = new Map<string, number>();
  for (const { results, weight = 1 } of lists) {
    results.forEach((r, rank) => fused.set(r.id, (fused.get(r.id) ?? 0) + weight / (k + rank + 1)));
  }
  return [...fused.entries()]
    .map(([id, score]) => ({ id, score }))
    .sort((a, b) => b.score - a.score); // stable: ties keep the order of the first list
}
