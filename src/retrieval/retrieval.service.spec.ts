import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSettings } from '../config/settings';
import { CorpusService } from '../corpus/corpus.service';
import { ChineseTokenizer, withDomain } from './chinese-tokenizer';
import { RULES_VOCABULARY } from '../rules/lexicon/retrieval-vocabulary';
import { Embeddings } from './embeddings.port';
import { HashedNgramEmbeddings } from './hashed-ngram.embeddings';
import { indexText, RetrievalService } from './retrieval.service';

/** A "remote" model backed by the local one, counting calls and able to fail on demand. */
class FakeRemoteEmbeddings extends Embeddings {
  readonly id = 'fake-remote';
  readonly remote = true;
  documentCalls = 0;
  documentTexts: string[] = [];
  failDocuments = false;
  failQueries = false;
  private readonly inner = new HashedNgramEmbeddings(128);

  async embedDocuments(texts: string[]): Promise<number[][]> {
    this.documentCalls++;
    this.documentTexts = texts;
    if (this.failDocuments) throw new Error('connection refused');
    return this.inner.embedDocuments(texts);
  }

  async embedQuery(text: string): Promise<number[]> {
    if (this.failQueries) throw new Error('timeout');
    return this.inner.embedQuery(text);
  }
}

const tokenizer = new ChineseTokenizer(withDomain(RULES_VOCABULARY));

async function build(embeddings: Embeddings, env: Record<string, string> = {}): Promise<RetrievalService> {
  const settings = loadSettings(env);
  const service = new RetrievalService(new CorpusService(settings), tokenizer, embeddings, settings);
  await service.onModuleInit();
  return service;
}

describe('RetrievalService', () => {
  let service: RetrievalService;
  beforeAll(async () => {
    service = await build(new HashedNgramEmbeddings());
  });

  it('finds the pledge-loan paragraph first for the README question', async () => {
    const [first] = await service.search('专利权质押贷款贴息怎么算', 5);
    expect(first.clause.id).toBe('art.4.1');
    expect(first.ranks.bm25).toBe(1);
  });

  it('finds art.6 through its heading for 专利导航, and colloquial questions', async () => {
    expect((await service.search('专利导航', 3)).map((h) => h.clause.id)).toEqual(
      expect.arrayContaining(['art.6.2', 'art.6.3']),
    );
    expect((await service.search('打赢了官司能补多少', 1))[0].clause.id).toBe('art.13');
    expect((await service.search('商标国际注册有什么补贴', 1))[0].clause.id).toBe('art.16.1');
    expect((await service.search('商秘站有什么奖励', 1))[0].clause.id).toBe('art.12');
    // The domain's typos are corrected before the search, as in the chat's reading.
    expect((await service.search('专利质压贷款贴息', 1))[0].clause.id).toBe('art.4.1');
    expect((await service.search('弛名商标奖多少', 1))[0].clause.id).toBe('art.16.1');
  });

  it('puts clauses named by number first, marked, in the text\'s order', async () => {
    const hits = await service.search('第十二条怎么规定的', 3);
    expect(hits[0]).toMatchObject({ clause: { id: 'art.12' }, referenced: true });
    expect(hits.filter((h) => h.referenced)).toHaveLength(1);
    const paragraphs = await service.search('第4条', 5);
    expect(paragraphs.filter((h) => h.referenced).map((h) => h.clause.id)).toEqual(['art.4.1', 'art.4.2', 'art.4.3']);
    expect(await service.search('第4条', 2)).toHaveLength(2);
    expect((await service.search('第四条第二款', 1)).map((h) => h.clause.id)).toEqual(['art.4.2']);
    expect((await service.search('知识产权保险', 3)).some((h) => h.referenced)).toBe(false);
  });

  it('searches in each mode and honours k', async () => {
    for (const mode of ['hybrid', 'bm25', 'vector'] as const) {
      const hits = await service.search('知识产权保险保费补助', 2, mode);
      expect(hits).toHaveLength(2);
      expect(hits[0].clause.id).toBe('art.4.2');
    }
    const bm25Only = await service.search('知识产权保险', 3, 'bm25');
    expect(bm25Only.every((h) => h.ranks.vector === undefined)).toBe(true);
  });

  it('indexes the heading path with the text', () => {
    expect(indexText(new CorpusService(loadSettings({})).get('art.6.3'))).toContain('加强专利信息分析利用');
  });

  it('reports its state', () => {
    expect(service.status()).toMatchObject({ ready: true, indexedClauses: 39, vectors: 'local-hashed-ngram-1024' });
  });
});

describe('RetrievalService with a remote embedding model', () => {
  it('caches document vectors on disk by corpus hash and model, so a restart makes no call', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'emb-cache-'));
    const first = new FakeRemoteEmbeddings();
    await build(first, { CACHE_DIR: cacheDir });
    expect(first.documentCalls).toBe(1);
    expect(readdirSync(cacheDir).filter((f) => f.startsWith('embeddings-'))).toHaveLength(1);

    const second = new FakeRemoteEmbeddings();
    const service = await build(second, { CACHE_DIR: cacheDir });
    expect(second.documentCalls).toBe(0);
    expect(service.status().vectors).toBe('fake-remote');
  });

  it('sends each clause with its canonical synonym terms once', async () => {
    const remote = new FakeRemoteEmbeddings();
    await build(remote, { CACHE_DIR: mkdtempSync(join(tmpdir(), 'emb-cache-')) });
    const corpus = new CorpusService(loadSettings({}));
    expect(remote.documentTexts).toEqual(corpus.leaves().map((c) => tokenizer.withCanonicalTerms(indexText(c))));
  });

  it('falls back to local vectors when the service is down at start-up', async () => {
    const remote = new FakeRemoteEmbeddings();
    remote.failDocuments = true;
    const service = await build(remote, { CACHE_DIR: mkdtempSync(join(tmpdir(), 'emb-cache-')) });
    expect(service.status().vectors).toBe('local-hashed-ngram-1024');
    expect((await service.search('知识产权保险', 1))[0].clause.id).toBe('art.4.2');
  });

  it('answers from BM25 alone when a query embedding fails', async () => {
    const remote = new FakeRemoteEmbeddings();
    const service = await build(remote, { CACHE_DIR: mkdtempSync(join(tmpdir(), 'emb-cache-')) });
    remote.failQueries = true;
    const hits = await service.search('知识产权保险', 3);
    expect(hits[0].clause.id).toBe('art.4.2');
    expect(hits.every((h) => h.ranks.vector === undefined)).toBe(true);
  });
});
