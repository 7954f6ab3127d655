import { loadCorpus } from '../corpus/corpus.service';
import { DEFAULT_CORPUS_DIR } from '../corpus/corpus.service';
import { DISTRICT_READING } from './applicant';
import { ORGANIZATION_TYPES } from './profile.schema';
import { RULES } from './rules.registry';
import { ALL_CASES } from './testing/all-cases';
import { calculate } from './testing/rule-case';

const corpus = loadCorpus(DEFAULT_CORPUS_DIR);
const textOf = (id: string) => corpus.clauses.find((c) => c.id === id)?.text ?? '';

/** Per rule, the facts of its first eligible table case: an applicant that qualifies in every other respect. */
const ELIGIBLE = RULES.map((rule) => {
  const table = ALL_CASES.find((t) => t.rule.id === rule.id);
  const c = table?.cases.find((x) => x.status === 'eligible');
  return { rule, facts: c?.facts ?? {}, amountYuan: c?.amountYuan ?? 0 };
});

describe('who may apply', () => {
  it.each(RULES.map((r) => [r.id, r] as const))('%s declares its applicants in the words of its clause', (_id, rule) => {
    expect(rule.applicants.kinds.length).toBeGreaterThan(0);
    expect(textOf(rule.applicants.clauseId)).toContain(rule.applicants.quote);
    // The clause naming the applicants belongs to the rule's item.
    expect(rule.applicants.clauseId.split('.').slice(0, 2).join('.')).toBe(rule.clauseId.split('.').slice(0, 2).join('.'));
    for (const kind of rule.applicants.kinds) expect([...ORGANIZATION_TYPES, '单位']).toContain(kind);
  });

  it('the district reading cites words of the title', () => {
    expect(textOf(DISTRICT_READING.clauseId)).toContain(DISTRICT_READING.quote);
  });

  it.each(ELIGIBLE.map((e) => [e.rule.id, e] as const))('%s: an applicant outside Jindong gets nothing, and is told why', (_id, { rule, facts }) => {
    const calc = calculate(rule, { ...facts, locatedInJindong: false });
    expect([calc.status, calc.amountYuan]).toEqual(['ineligible', 0]);
    expect(calc.explanation).toMatch(/不在金东区内/);
  });

  it.each(ELIGIBLE.map((e) => [e.rule.id, e] as const))('%s: unstated, the applicant is assumed to qualify, and the result says so', (_id, { rule, facts, amountYuan }) => {
    const { organizationType: _t, locatedInJindong: _l, ...rest } = facts as Record<string, unknown>;
    const calc = calculate(rule, rest);
    if (rule.facts.includes('organizationType') && rule.id === 'patent-transfer') {
      // art.8 pays 高校、科研机构 only: there the kind is asked, never assumed.
      expect(calc.status).toBe('needs-info');
      return;
    }
    if (rule.id === 'ip-agency-settlement') {
      // art.14's own text says 在金东区内依法设立: asked, not assumed.
      expect(calc.needsInfo.map((n) => n.fact)).toContain('locatedInJindong');
      return;
    }
    expect([calc.status, calc.amountYuan]).toEqual(['eligible', amountYuan]);
    expect(calc.assumptions.join('')).toMatch(/^.*按金东区内的.+测算（本政策为金东区人民政府的政策/);
  });

  const specific = ELIGIBLE.filter((e) => !e.rule.applicants.kinds.includes('单位'));
  it.each(specific.map((e) => [e.rule.id, e] as const))('%s: a stated applicant of a kind its text does not name gets nothing', (_id, { rule, facts }) => {
    const other = ORGANIZATION_TYPES.find((t) => !(rule.applicants.kinds as readonly string[]).includes(t))!;
    const calc = calculate(rule, { ...facts, organizationType: other });
    expect([calc.status, calc.amountYuan]).toEqual(['ineligible', 0]);
    expect(calc.explanation).toContain(`申报单位为${other}`);
  });

  it('a university is paid art.2 (企业、高校、科研院所) but not art.1 (…的企业)', () => {
    const art1 = ELIGIBLE.find((e) => e.rule.id === 'patent-intensive-enterprise')!;
    const art2 = ELIGIBLE.find((e) => e.rule.id === 'high-value-patents')!;
    expect(calculate(art1.rule, { ...art1.facts, organizationType: '高校' }).status).toBe('ineligible');
    expect(calculate(art2.rule, { ...art2.facts, organizationType: '高校' })).toMatchObject({ status: 'eligible', amountYuan: art2.amountYuan });
  });
});
