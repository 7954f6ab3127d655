import { buildRetrieval, evaluate, loadCases } from '../evals/retrieval-metrics';

// Guards the figures in evals/RESULTS.md against regressions; quality only, no timing.
describe('retrieval quality on evals/retrieval.jsonl', () => {
  it('hybrid retrieval meets recall@1 ≥ 0.85 and recall@3 ≥ 0.95', async () => {
    const { retrieval, corpus } = await buildRetrieval();
    const cases = loadCases();
    expect(cases.length).toBeGreaterThanOrEqual(80);
    const report = await evaluate(retrieval, corpus, cases, 'hybrid');
    expect(report.recallAt1).toBeGreaterThanOrEqual(0.85);
    expect(report.recallAt3).toBeGreaterThanOrEqual(0.95);
  });

  it('the eval set covers every clause id of the corpus', async () => {
    const { corpus } = await buildRetrieval();
    const expected = new Set(loadCases().flatMap((c) => c.expected));
    const uncovered = corpus.all().filter((c) => !expected.has(c.id) && !c.childIds.every((id) => expected.has(id)));
    expect(uncovered.map((c) => c.id)).toEqual([]);
  });
});
