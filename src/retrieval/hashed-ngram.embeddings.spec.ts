import { HashedNgramEmbeddings, ngramFeatures } from './hashed-ngram.embeddings';

const cos = (a: number[], b: number[]) => a.reduce((s, x, i) => s + x * b[i], 0);

describe('ngramFeatures', () => {
  it('takes Han 1–3-grams and whole Latin words, folded', () => {
    const f = ngramFeatures('专利ＬＰＲ');
    expect([...f.keys()].sort()).toEqual(['利', '专', '专利', 'lpr'].sort());
    expect(f.get('专')).toBe(0.5);
    expect(f.get('专利')).toBe(1);
  });
});

describe('HashedNgramEmbeddings', () => {
  const docs = ['专利权质押贷款贴息补助', '马德里国际注册商标补助', '地理标志证明商标资助'];

  it('is deterministic, unit length and of the stated size', async () => {
    const e1 = new HashedNgramEmbeddings(256);
    const e2 = new HashedNgramEmbeddings(256);
    const [v1] = await e1.embedDocuments(docs);
    const [v2] = await e2.embedDocuments(docs);
    expect(v1).toEqual(v2);
    expect(v1).toHaveLength(256);
    expect(Math.hypot(...v1)).toBeCloseTo(1, 10);
    expect(e1.id).toBe('local-hashed-ngram-256');
    expect(e1.remote).toBe(false);
  });

  it('tolerates a typo: 质压贷款 is still closest to the pledge-loan text', async () => {
    const e = new HashedNgramEmbeddings();
    const vectors = await e.embedDocuments(docs);
    const q = await e.embedQuery('专利质压贷款的贴息');
    const sims = vectors.map((v) => cos(v, q));
    expect(sims.indexOf(Math.max(...sims))).toBe(0);
  });

  it('gives a zero vector for text sharing nothing with the corpus', async () => {
    const e = new HashedNgramEmbeddings(64);
    await e.embedDocuments(docs);
    expect((await e.embedQuery('天气晴朗')).every((x) => x === 0)).toBe(true);
  });
});
