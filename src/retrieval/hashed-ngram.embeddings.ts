import { foldText } from './chinese-tokenizer';
import { Embeddings } from './embeddings.port';

const HAN_RUN = /[\p{Script=Han}]+|[a-z0-9]+/gu;

/** FNV-1a, 32 bit: a stable hash across runs and machines. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Character 1–3-grams of Han runs and whole Latin/digit words, with their weights. */
export function ngramFeatures(text: string): Map<string, number> {
  const features = new Map<string, number>();
  const add = (f: string, w: number) => features.set(f, (features.get(f) ?? 0) + w);
  for (const run of foldText(text).match(HAN_RUN) ?? []) {
    if (!/\p{Script=Han}/u.test(run)) {
      add(run, 1);
      continue;
    }
    for (let i = 0; i < run.length; i++) {
      add(run[i], 0.5);
      if (i + 1 < run.length) add(run.slice(i, i + 2), 1);
      if (i + 2 < run.length) add(run.slice(i, i + 3), 1);
    }
  }
  return features;
}

/**
 * A local, deterministic embedding: hashed character n-grams weighted by sublinear tf × idf
 * (idf fitted on the corpus passed to embedDocuments). Robust to typos and to jieba's segmentation,
 * which is what BM25 lacks; needs no model weights and no network.
 */
export class HashedNgramEmbeddings extends Embeddings {
  readonly remote = false;
  private idf = new Map<string, number>();

  constructor(readonly dimensions = 1024) {
    super();
  }

  get id(): string {
    return `local-hashed-ngram-${this.dimensions}`;
  }

  async embedDocuments(texts: string[]): Promise<number[][]> {
    const featureSets = texts.map(ngramFeatures);
    const df = new Map<string, number>();
    for (const set of featureSets) for (const f of set.keys()) df.set(f, (df.get(f) ?? 0) + 1);
    const n = texts.length;
    this.idf = new Map([...df].map(([f, d]) => [f, Math.log((n + 1) / (d + 1)) + 1]));
    return featureSets.map((set) => this.vector(set));
  }

  async embedQuery(text: string): Promise<number[]> {
    return this.vector(ngramFeatures(text));
  }

  private vector(features: Map<string, number>): number[] {
    const v = new Array<number>(this.dimensions).fill(0);
    for (const [f, tf] of features) {
      // Features the corpus never contains cannot match anything; they would only add collision noise.
      const idf = this.idf.get(f);
      if (idf === undefined) continue;
      const h = fnv1a(f);
      const sign = h & 0x80000000 ? -1 : 1;
      v[h % this.dimensions] += sign * (1 + Math.log(tf)) * idf;
    }
    const norm = Math.hypot(...v);
    return norm > 0 ? v.map((x) => x / norm) : v;
  }
}
