import { DEFAULT_CORPUS_DIR, loadCorpus } from '../corpus/corpus.service';
import { ONE_OFF } from './define-rule';
import { RULES } from './rules.registry';
import { ALL_CASES } from './testing/all-cases';
import { calculate } from './testing/rule-case';

const corpus = loadCorpus(DEFAULT_CORPUS_DIR);
const textOf = (id: string) => corpus.clauses.find((c) => c.id === id)?.text ?? '';
const itemClauses = corpus.clauses.filter((c) => /^art\.\d+(\.\d+)?$/.test(c.id) && c.childIds.length === 0);

describe('what every result says in words', () => {
  it('quotes of conditions without figures and of 一次性 are verbatim', () => {
    for (const r of RULES) {
      for (const q of [...r.conditionQuotes, ...(r.oneOff ? [r.oneOff] : [])]) expect(textOf(q.clauseId).includes(q.quote) ? q.quote : `${r.id}: ${q.quote}`).toBe(q.quote);
    }
  });

  it('every sentence of the policy that pays 一次性 belongs to a rule that says so', () => {
    const sentences = itemClauses.flatMap((c) => c.text.split(/(?<=[。；])/).filter((s) => s.includes('一次性')));
    expect(sentences.length).toBeGreaterThanOrEqual(9);
    for (const s of sentences) expect(RULES.some((r) => r.oneOff && s.includes(r.oneOff.quote)) ? 'covered' : s).toBe('covered');
  });

  it.each(RULES.filter((r) => r.oneOff).map((r) => [r.id, r] as const))('%s says its award is paid once', (_id, rule) => {
    const c = ALL_CASES.find((t) => t.rule.id === rule.id)!.cases.find((x) => x.status === 'eligible')!;
    expect(calculate(rule, c.facts).assumptions).toContain(ONE_OFF);
  });

  it('an award paid every year does not say 一次性', () => {
    const yearly = RULES.filter((r) => ['ip-rights-station', 'ip-insurance', 'brand-station'].includes(r.id));
    for (const r of yearly) expect(r.oneOff).toBeUndefined();
  });

  it('art.1 quotes its 贯标 condition (art.1.2) as well as its figures', () => {
    const art1 = RULES.find((r) => r.id === 'patent-intensive-enterprise')!;
    const c = ALL_CASES.find((t) => t.rule === art1)!.cases.find((x) => x.status === 'eligible')!;
    expect(calculate(art1, c.facts).citations.map((x) => x.clauseId)).toContain('art.1.2');
  });
});
