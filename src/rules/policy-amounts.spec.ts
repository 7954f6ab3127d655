import { resolve } from 'node:path';
import { Clause } from '../corpus/clause';
import { loadCorpus } from '../corpus/corpus.service';
import { Param } from './rule';
import { RULES } from './rules.registry';
import { ALL_CASES } from './testing/all-cases';
import { calculate } from './testing/rule-case';

/**
 * The policy's own figures, read from the text, against the rules: every amount, rate, count and
 * threshold in items 1–16 must be a parameter of some registered rule (same clause, same place in
 * the text, same value), and every parameter must be reached by some tested calculation.
 */
const corpus = loadCorpus(resolve(__dirname, '../../corpus'));
const ITEM_LEAVES: Clause[] = corpus.clauses.filter((c) => /^art\.\d+(\.\d+)?$/.test(c.id) && c.childIds.length === 0);
const PARAMS: Param[] = RULES.flatMap((r) => r.params);

const FIGURE = /(\d+(?:\.\d+)?)(万元|万|元|%|件|家)/g;

interface Figure {
  clauseId: string;
  text: string;
  start: number;
  end: number;
  unit: Param['unit'];
  value: number;
}

function figuresIn(clauseId: string, text: string, offset = 0): Figure[] {
  return [...text.matchAll(FIGURE)].map((m) => {
    const n = Number(m[1]);
    const word = m[2];
    const unit: Param['unit'] = word === '%' ? 'percent' : word === '件' || word === '家' ? 'count' : 'yuan';
    const value = word === '万元' || word === '万' ? n * 10000 : n;
    return { clauseId, text: m[0], start: offset + (m.index as number), end: offset + (m.index as number) + m[0].length, unit, value };
  });
}

function spans(haystack: string, needle: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) out.push([i, i + needle.length]);
  return out;
}

const FIGURES = ITEM_LEAVES.flatMap((c) => figuresIn(c.id, c.text));

describe('every figure of 二、主要任务 items 1–16 is a rule parameter', () => {
  it('reads the expected figures from the text', () => {
    // 50 money figures (48 awards and caps + the 500万元 and 100万 thresholds), 10 percentages, 12 counts (件/家)
    const byUnit = (u: string) => FIGURES.filter((f) => f.unit === u).length;
    expect({ yuan: byUnit('yuan'), percent: byUnit('percent'), count: byUnit('count') }).toEqual({ yuan: 50, percent: 10, count: 12 });
    expect(new Set(ITEM_LEAVES.map((c) => c.id.split('.').slice(0, 2).join('.')))).toEqual(
      new Set(Array.from({ length: 16 }, (_, i) => `art.${i + 1}`)),
    );
  });

  it.each(FIGURES.map((f) => [`${f.clauseId} ${f.text} @${f.start}`, f] as const))('%s', (_label, f) => {
    const clause = ITEM_LEAVES.find((c) => c.id === f.clauseId) as Clause;
    const covering = PARAMS.filter(
      (p) =>
        p.clauseId === f.clauseId &&
        p.unit === f.unit &&
        p.value === f.value &&
        spans(clause.text, p.quote).some(([s, e]) => s <= f.start && f.end <= e),
    );
    expect(covering.map((p) => p.id)).not.toEqual([]);
  });
});

describe('every parameter is reached by a tested calculation', () => {
  const results = ALL_CASES.flatMap(({ rule, cases }) => cases.map((c) => calculate(rule, c.facts)));
  const steps = results.flatMap((r) => r.trace.map((s) => ({ ...s, eligible: r.eligible })));
  const used = (p: Param) => steps.filter((s) => s.paramIds.includes(p.id));

  it.each(PARAMS.filter((p) => p.role === 'amount' || p.role === 'unit-amount' || p.role === 'rate').map((p) => [p.id, p] as const))(
    '%s is paid in some eligible result',
    (_id, p) => {
      expect(used(p).some((s) => s.eligible && s.kind === 'calculation')).toBe(true);
    },
  );

  it.each(PARAMS.filter((p) => p.role === 'cap').map((p) => [p.id, p] as const))('%s is tested just under, at and above', (_id, p) => {
    const values = used(p)
      .filter((s) => s.kind === 'calculation')
      .map((s) => s.value as number);
    expect({
      under: values.some((v) => v < p.value),
      at: values.includes(p.value),
      above: values.some((v) => v > p.value),
      applied: results.some((r) => r.capApplied?.some((c) => c.paramId === p.id)),
    }).toEqual({ under: true, at: true, above: true, applied: true });
  });

  it.each(PARAMS.filter((p) => p.role === 'threshold').map((p) => [p.id, p] as const))('%s is tested at the boundary, passing and failing', (_id, p) => {
    const conds = used(p).filter((s) => s.kind === 'condition' && typeof s.value === 'number');
    expect({
      atBoundary: conds.some((s) => s.value === p.value),
      passes: conds.some((s) => s.outcome === 'pass'),
      fails: conds.some((s) => s.outcome === 'fail'),
    }).toEqual({ atBoundary: true, passes: true, fails: true });
  });

  it('has a table of cases for every registered rule, and none for unregistered ones', () => {
    expect(ALL_CASES.map((c) => c.rule.id).sort()).toEqual(RULES.map((r) => r.id).sort());
  });

  it('covers every status of every rule with at least an eligible and an ineligible case', () => {
    const missing = ALL_CASES.filter(({ cases }) => !cases.some((c) => c.status === 'eligible') || !cases.some((c) => c.status === 'ineligible')).map(
      (c) => c.rule.id,
    );
    expect(missing).toEqual([]);
  });
});
