import { RULES } from '../rules.registry';
import { RULE_LEXICONS } from './rule-lexicons';
import { unbounded } from '../testing/regex-bounds';
import { TYPOS } from './typos';
import { SHARED_FACTS } from '../profile.schema';

describe('rule lexicons', () => {
  it('every rule has its words, beside it, once', () => {
    expect(RULE_LEXICONS.map((l) => l.ruleId).sort()).toEqual(RULES.map((r) => r.id).sort());
    for (const l of RULE_LEXICONS) expect(l.topic.length).toBeGreaterThan(0);
  });

  it.each(RULE_LEXICONS.map((l) => [l.ruleId, l] as const))('%s: topic phrasings compile and stay linear (bounded quantifiers only)', (_id, l) => {
    for (const source of [...l.topic, ...(l.numbers ?? []).map((c) => c.words), ...(l.flags ?? []).flatMap((f) => [f.words, f.yesNeeds ?? '', f.unless ?? '']), ...(l.levels ?? []).map((t) => t.thing), ...(l.lookAlikes ?? []).flatMap((a) => [a.words, a.when ?? '']), ...(l.english ?? []).map(([en]) => en)]) {
      expect(() => new RegExp(source)).not.toThrow();
      expect(unbounded(source) ? source : 'bounded').toBe('bounded');
    }
  });

  it('levelled things and look-alikes name a fact of their own rule, and only level words', () => {
    for (const l of RULE_LEXICONS) {
      const rule = RULES.find((r) => r.id === l.ruleId)!;
      for (const a of l.lookAlikes ?? []) expect([l.ruleId, rule.facts.includes(a.field as (typeof rule.facts)[number])]).toEqual([l.ruleId, true]);
      for (const t of l.levels ?? []) {
        expect([l.ruleId, rule.facts.includes(t.field as (typeof rule.facts)[number])]).toEqual([l.ruleId, true]);
        for (const level of t.listed) expect(['国家级', '省级', '市级', '区级']).toContain(level);
      }
    }
  });

  it('number words read into a fact of their own rule (or a shared one, or nowhere)', () => {
    const nowhere = ['sink', 'increase', 'patentProductSalesYuan'];
    for (const l of RULE_LEXICONS) {
      const facts: readonly string[] = [...RULES.find((r) => r.id === l.ruleId)!.facts, ...SHARED_FACTS];
      for (const c of l.numbers ?? []) {
        expect([l.ruleId, c.field, facts.includes(c.field) || nowhere.includes(c.field)]).toEqual([l.ruleId, c.field, true]);
        if (c.zeroFor) expect([l.ruleId, facts.includes(c.zeroFor)]).toEqual([l.ruleId, true]);
        if (c.kind === 'count') expect(c.counters?.length).toBeGreaterThan(0);
      }
      for (const field of Object.keys(l.counts ?? {})) expect([l.ruleId, facts.includes(field)]).toEqual([l.ruleId, true]);
      for (const f of l.flags ?? []) expect([l.ruleId, f.field, facts.includes(f.field)]).toEqual([l.ruleId, f.field, true]);
    }
  });

  it('lists no misspelling the shared normaliser already corrects', () => {
    for (const l of RULE_LEXICONS) {
      for (const source of l.topic) for (const [typo] of TYPOS) expect(typo.test(source.replace(/\\./g, '')) ? `${l.ruleId}: ${source}` : 'ok').toBe('ok');
    }
  });
});
