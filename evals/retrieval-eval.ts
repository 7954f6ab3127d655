/**
 * `npm run eval:retrieval` — recall@1/3/5 and MRR of the hybrid retriever, BM25 alone and vectors
 * alone, over evals/retrieval.jsonl. `--misses` lists the questions whose first hit is wrong.
 */
import { buildRetrieval, evaluate, loadCases, ModeReport } from './retrieval-metrics';

function row(r: ModeReport): string {
  const f = (x: number) => x.toFixed(3);
  return `| ${r.mode.padEnd(6)} | ${f(r.recallAt1)} | ${f(r.recallAt3)} | ${f(r.recallAt5)} | ${f(r.allExpectedAt5)} | ${f(r.mrr)} | ${r.meanMs.toFixed(2)} | ${r.p95Ms.toFixed(2)} |`;
}

async function main(): Promise<void> {
  const cases = loadCases();
  const { retrieval, corpus } = await buildRetrieval();
  // Warm-up so that the first timed query does not pay for lazy initialisation.
  await retrieval.search('专利', 5);
  const reports: ModeReport[] = [];
  for (const mode of ['hybrid', 'bm25', 'vector'] as const) reports.push(await evaluate(retrieval, corpus, cases, mode));
  console.log(`检索评测：${cases.length} 个问题，${retrieval.status().indexedClauses} 个条款，向量 ${retrieval.status().vectors}`);
  console.log(`| mode   | R@1   | R@3   | R@5   | all@5 | MRR   | mean ms | p95 ms |`);
  console.log(`|--------|-------|-------|-------|-------|-------|---------|--------|`);
  for (const r of reports) console.log(row(r));
  if (process.argv.includes('--misses')) {
    for (const r of reports) {
      console.log(`\n${r.mode} — first hit wrong (${r.misses.length}):`);
      for (const m of r.misses) console.log(`  ${m.id} ${m.question}  expected ${m.expected.join(',')}  got ${m.top3.join(',')}`);
    }
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
