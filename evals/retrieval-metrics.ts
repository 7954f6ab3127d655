import { Logger } from '@nestjs/common';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSettings } from '../src/config/settings';
import { CorpusService } from '../src/corpus/corpus.service';
import { ChineseTokenizer, withDomain } from '../src/retrieval/chinese-tokenizer';
import { RULES_VOCABULARY } from '../src/rules/lexicon/retrieval-vocabulary';
import { HashedNgramEmbeddings } from '../src/retrieval/hashed-ngram.embeddings';
import { RetrievalMode, RetrievalService } from '../src/retrieval/retrieval.service';

export interface RetrievalCase {
  id: string;
  question: string;
  expected: string[];
  tags?: string[];
}

export interface ModeReport {
  mode: RetrievalMode;
  n: number;
  /** Share of questions with a clause that answers them at rank 1 / in the top 3 / top 5. */
  recallAt1: number;
  recallAt3: number;
  recallAt5: number;
  /** Share of questions all of whose expected clauses are in the top 5 (stricter; differs only for multi-clause questions). */
  allExpectedAt5: number;
  mrr: number;
  meanMs: number;
  p95Ms: number;
  misses: { id: string; question: string; expected: string[]; top3: string[] }[];
}

export function loadCases(file = join(__dirname, 'retrieval.jsonl')): RetrievalCase[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as RetrievalCase);
}

/** The real service, built the way the app builds it (offline settings, local vectors). */
export async function buildRetrieval(): Promise<{ retrieval: RetrievalService; corpus: CorpusService }> {
  Logger.overrideLogger(['error']);
  const settings = loadSettings({});
  const corpus = new CorpusService(settings);
  const retrieval = new RetrievalService(corpus, new ChineseTokenizer(withDomain(RULES_VOCABULARY)), new HashedNgramEmbeddings(), settings);
  await retrieval.onModuleInit();
  return { retrieval, corpus };
}

export async function evaluate(
  retrieval: RetrievalService,
  corpus: CorpusService,
  cases: RetrievalCase[],
  mode: RetrievalMode,
): Promise<ModeReport> {
  let r1 = 0, r3 = 0, r5 = 0, all5 = 0, rr = 0;
  const times: number[] = [];
  const misses: ModeReport['misses'] = [];
  for (const c of cases) {
    const t0 = performance.now();
    const hits = await retrieval.search(c.question, 10, mode);
    times.push(performance.now() - t0);
    const ids = hits.map((h) => h.clause.id);
    // A paragraph answers for its item: art.4.2 counts where art.4 is expected (docs/api.md).
    const answers = (id: string) => c.expected.some((e) => corpus.covers(e, id));
    const first = ids.findIndex(answers);
    if (first === 0) r1++;
    if (first >= 0 && first < 3) r3++;
    if (first >= 0 && first < 5) r5++;
    if (first >= 0) rr += 1 / (first + 1);
    if (c.expected.every((e) => ids.slice(0, 5).some((id) => corpus.covers(e, id)))) all5++;
    if (first !== 0) misses.push({ id: c.id, question: c.question, expected: c.expected, top3: ids.slice(0, 3) });
  }
  const n = cases.length;
  const sorted = [...times].sort((a, b) => a - b);
  return {
    mode,
    n,
    recallAt1: r1 / n,
    recallAt3: r3 / n,
    recallAt5: r5 / n,
    allExpectedAt5: all5 / n,
    mrr: rr / n,
    meanMs: times.reduce((a, b) => a + b, 0) / n,
    p95Ms: sorted[Math.min(n - 1, Math.floor(n * 0.95))],
    misses,
  };
}
