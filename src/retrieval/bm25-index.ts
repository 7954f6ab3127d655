export interface ScoredId {
  id: string;
  score: number;
}

export interface Bm25Options {
  k1: number;
  b: number;
}

/** Okapi BM25 over pre-tokenised documents (Lucene's idf, which never goes negative). */
export class Bm25Index {
  private readonly postings = new Map<string, Map<number, number>>();
  private readonly lengths: number[] = [];
  private readonly ids: string[] = [];
  private avgLength = 0;

  constructor(private readonly options: Bm25Options = { k1: 1.2, b: 0.75 }) {}

  static build(docs: { id: string; tokens: string[] }[], options?: Bm25Options): Bm25Index {
    const index = new Bm25Index(options);
    for (const doc of docs) index.add(doc.id, doc.tokens);
    return index;
  }

  get size(): number {
    return this.ids.length;
  }

  private add(id: string, tokens: string[]): void {
    const n = this.ids.length;
    this.ids.push(id);
    this.lengths.push(tokens.length);
    for (const token of tokens) {
      let posting = this.postings.get(token);
      if (!posting) this.postings.set(token, (posting = new Map()));
      posting.set(n, (posting.get(n) ?? 0) + 1);
    }
    this.avgLength = this.lengths.reduce((a, b) => a + b, 0) / this.lengths.length;
  }

  search(queryTokens: string[], k: number): ScoredId[] {
    const { k1, b } = this.options;
    const scores = new Map<number, number>();
    const n = this.ids.length;
    // A repeated query word (often from synonym folding) counts once: it should not outweigh the rest.
    for (const token of new Set(queryTokens)) {
      const posting = this.postings.get(token);
      if (!posting) continue;
      const idf = Math.log(1 + (n - posting.size + 0.5) / (posting.size + 0.5));
      for (const [doc, tf] of posting) {
        const norm = tf + k1 * (1 - b + (b * this.lengths[doc]) / this.avgLength);
        scores.set(doc, (scores.get(doc) ?? 0) + (idf * tf * (k1 + 1)) / norm);
      }
    }
    return [...scores.entries()]
      .sort((a, b2) => b2[1] - a[1] || a[0] - b2[0])
      .slice(0, k)
      .map(([doc, score]) => ({ id: this.ids[doc], score }));
  }
}
