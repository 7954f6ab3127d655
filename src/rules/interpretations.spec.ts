import { readFileSync } from 'node:fs';
import { DEFAULT_CORPUS_DIR, loadCorpus } from '../corpus/corpus.service';
import { INTERPRETATIONS } from './interpretations';
import { INTERPRETATIONS_DOC, renderInterpretationsDoc } from './interpretations-doc';
import { RULES } from './rules.registry';
import { ALL_CASES } from './testing/all-cases';
import { calculate } from './testing/rule-case';

const corpus = loadCorpus(DEFAULT_CORPUS_DIR);
const textOf = (id: string) => corpus.clauses.find((c) => c.id === id)?.text ?? '';

describe('readings of ambiguous wording', () => {
  it('are these, each written down once', () => {
    // Every place where the wording admits two readings that matter; a new one is added here on purpose.
    expect(INTERPRETATIONS.map((i) => i.id)).toEqual([
      'district-applicants',
      'art3-titles-same-year',
      'art6-navigation-levels',
      'levels-same-year',
      'art16.1-regional-cap-per-applicant',
      'art13-abroad-cap-per-case',
      'art4.1-subsidy-year',
    ]);
  });

  it.each(INTERPRETATIONS.map((i) => [i.id, i] as const))('%s quotes its clause verbatim and is used by a rule', (_id, i) => {
    expect(textOf(i.clauseId)).toContain(i.wording);
    expect(RULES.some((r) => r.interpretations.includes(i.id))).toBe(true);
  });

  it('every rule names only registered readings', () => {
    const ids = new Set(INTERPRETATIONS.map((i) => i.id));
    for (const r of RULES) for (const id of r.interpretations) expect(ids.has(id) ? id : `${r.id}: ${id}`).toBe(id);
  });

  it('where two readings give different amounts, a table case shows both', () => {
    const shown = new Set(
      ALL_CASES.flatMap((t) => t.cases.flatMap((c) => calculate(t.rule, c.facts).alternatives.map((a) => a.interpretationId))),
    );
    for (const i of INTERPRETATIONS.filter((x) => x.alternativeLine)) expect(shown.has(i.id) ? i.id : `no case for ${i.id}`).toBe(i.id);
  });

  it('docs/interpretations.md is the generated text (npm run docs:interpretations)', () => {
    expect(readFileSync(INTERPRETATIONS_DOC, 'utf8')).toBe(renderInterpretationsDoc());
  });
});
