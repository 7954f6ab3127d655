import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SETTINGS } from '../config/config.module';
import type { Settings } from '../config/settings.schema';
import { Clause } from '../corpus/clause';
import { CorpusService } from '../corpus/corpus.service';
import { Bm25Index, ScoredId } from './bm25-index';
import { ChineseTokenizer } from './chinese-tokenizer';
import { parseClauseReferences, referenceMatches } from './clause-reference';
import { Embeddings } from './embeddings.port';
import { HashedNgramEmbeddings } from './hashed-ngram.embeddings';
import { reciprocalRankFusion } from './rank-fusion';
import { VectorIndex } from './vector-index';

export type RetrievalMode = 'hybrid' | 'bm25' | 'vector';

/** At most this many clauses lead for articles named by number (第4条 has three paragraphs). */
const MAX_REFERENCED = 6;

export interface SearchHit {
  clause: Clause;
  score: number;
  /** 1-based rank in each retriever's list, where the clause appeared there. */
  ranks: { bm25?: number; vector?: number };
  /** Raw scores (BM25; cosine similarity), for callers that judge whether anything matched at all. */
  scores: { bm25?: number; vector?: number };
  /** The query named this clause by number (第12条, 第四条第二款): it leads, whatever the scores. */
  referenced?: boolean;
}

export interface RetrievalStatus {
  ready: boolean;
  indexedClauses: number;
  vectors: string;
  buildMs: number;
}

/** What retrieval indexes for a clause: its headings, so that 专利导航 finds art.6, and its text. */
export function indexText(clause: Clause): string {
  return [...clause.headingPath, clause.text].join('\n');
}

@Injectable()
export class RetrievalService implements OnModuleInit {
  private readonly logger = new Logger(RetrievalService.name);
  private bm25!: Bm25Index;
  private vectors!: VectorIndex;
  private embeddings: Embeddings;
  private byId = new Map<string, Clause>();
  private state: RetrievalStatus = { ready: false, indexedClauses: 0, vectors: '', buildMs: 0 };

  constructor(
    private readonly corpus: CorpusService,
    private readonly tokenizer: ChineseTokenizer,
    embeddings: Embeddings,
    @Inject(SETTINGS) private readonly settings: Settings,
  ) {
    this.embeddings = embeddings;
  }

  async onModuleInit(): Promise<void> {
    const started = performance.now();
    const leaves = this.corpus.leaves();
    const texts = leaves.map(indexText);
    this.byId = new Map(leaves.map((c) => [c.id, c]));
    this.bm25 = Bm25Index.build(leaves.map((c, i) => ({ id: c.id, tokens: this.tokenizer.tokenize(texts[i]) })));
    // Vectors see the synonyms' canonical terms too (computed once: applying them twice repeats them).
    const canonical = texts.map((t) => this.tokenizer.withCanonicalTerms(t));
    let vectors: number[][];
    try {
      vectors = await this.documentVectors(canonical);
    } catch (e) {
      // A hotline must keep answering when the embedding service is down: fall back to local vectors.
      this.logger.warn(`远程嵌入服务不可用（${(e as Error).message}），改用本地字符 n-gram 向量`);
      this.embeddings = new HashedNgramEmbeddings();
      vectors = await this.embeddings.embedDocuments(canonical);
    }
    this.vectors = VectorIndex.build(leaves.map((c, i) => ({ id: c.id, vector: vectors[i] })));
    this.state = {
      ready: true,
      indexedClauses: leaves.length,
      vectors: this.embeddings.id,
      buildMs: Math.round(performance.now() - started),
    };
    this.logger.log(`检索索引已建立：${leaves.length} 个条款，向量 ${this.embeddings.id}，用时 ${this.state.buildMs} ms`);
  }

  status(): RetrievalStatus {
    return this.state;
  }

  async search(query: string, k = 5, mode: RetrievalMode = 'hybrid'): Promise<SearchHit[]> {
    const expanded = this.tokenizer.expandQuery(query);
    const depth = Math.max(k * 4, 20);
    const bm25 = mode === 'vector' ? [] : this.bm25.search(this.tokenizer.tokenize(expanded), depth);
    const vector = mode === 'bm25' ? [] : await this.vectorSearch(expanded, depth);
    const ranked = mode === 'bm25' ? bm25 : mode === 'vector' ? vector : reciprocalRankFusion([{ results: bm25 }, { results: vector }]);
    const position = (list: ScoredId[], id: string) => {
      const i = list.findIndex((r) => r.id === id);
      return i >= 0 ? { rank: i + 1, score: list[i].score } : undefined;
    };
    const hit = (id: string, score: number): SearchHit => {
      const b = position(bm25, id);
      const v = position(vector, id);
      return { clause: this.byId.get(id)!, score, ranks: { bm25: b?.rank, vector: v?.rank }, scores: { bm25: b?.score, vector: v?.score } };
    };
    // A clause named by number comes first, in the text's order; the search's own ranking follows.
    const refs = parseClauseReferences(query);
    const named = refs.length ? [...this.byId.keys()].filter((id) => refs.some((ref) => referenceMatches(ref, id))) : [];
    const score = (id: string) => ranked.find((r) => r.id === id)?.score ?? 0;
    const first = named.slice(0, MAX_REFERENCED).map((id) => ({ ...hit(id, score(id)), referenced: true }));
    const rest = ranked.filter((r) => !named.includes(r.id)).map((r) => hit(r.id, r.score));
    return [...first, ...rest].slice(0, k);
  }

  private async vectorSearch(query: string, depth: number): Promise<ScoredId[]> {
    try {
      return this.vectors.search(await this.embeddings.embedQuery(this.tokenizer.withCanonicalTerms(query)), depth);
    } catch (e) {
      this.logger.warn(`向量检索失败，仅用 BM25：${(e as Error).message}`);
      return [];
    }
  }

  /** Remote vectors are cached on disk, keyed by corpus hash and model, so restarts cost no API calls. */
  private async documentVectors(texts: string[]): Promise<number[][]> {
    if (!this.embeddings.remote) return this.embeddings.embedDocuments(texts);
    const dir = resolve(this.settings.CACHE_DIR ?? join(process.cwd(), '.cache'));
    const key = createHash('sha256').update(this.corpus.hash).update(this.embeddings.id).update(texts.join('\0')).digest('hex');
    const file = join(dir, `embeddings-${key.slice(0, 24)}.json`);
    try {
      const cached = JSON.parse(readFileSync(file, 'utf8')) as number[][];
      if (Array.isArray(cached) && cached.length === texts.length) return cached;
    } catch {
      // No usable cache: compute below.
    }
    const vectors = await this.embeddings.embedDocuments(texts);
    try {
      mkdirSync(dir, { recursive: true });
      writeFileSync(`${file}.tmp`, JSON.stringify(vectors));
      renameSync(`${file}.tmp`, file);
    } catch (e) {
      this.logger.warn(`无法写入嵌入缓存 ${file}：${(e as Error).message}`);
    }
    return vectors;
  }
}
