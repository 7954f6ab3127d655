import { RULES } from '../rules.registry';
import { RULE_LEXICONS } from './rule-lexicons';
import { TYPOS } from './typos';

/**
 * An unbounded quantifier on anything but one character or one character class (`.*`, `(…)+`): those
 * can nest and backtrack. A run of one class (`[\s-]*` between two words) stays linear; the growth test
 * (test/understanding-growth.e2e-spec.ts) times the generated patterns either way.
 */
function unbounded(source: string): boolean {
  const bare = source.replace(/\\.[*+]?/g, '').replace(/\[[^\]]*\][*+]?/g, '');
  return /[.)][*+]/.test(bare);
}

describe('rule lexicons', () => {
  it('every rule has its words, beside it, once', () => {
    expect(RULE_LEXICONS.map((l) => l.ruleId).sort()).toEqual(RULES.map((r) => r.id).sort());
    for (const l of RULE_LEXICONS) expect(l.topic.length).toBeGreaterThan(0);
  });

  it.each(RULE_LEXICONS.map((l) => [l.ruleId, l] as const))('%s: topic phrasings compile and stay linear (bounded quantifiers only)', (_id, l) => {
    for (const source of l.topic) {
      expect(() => new RegExp(source)).not.toThrow();
      expect(unbounded(source) ? source : 'bounded').toBe('bounded');
    }
  });

  it('lists no misspelling the shared normaliser already corrects', () => {
    for (const l of RULE_LEXICONS) {
      for (const source of l.topic) for (const [typo] of TYPOS) expect(typo.test(source.replace(/\\./g, '')) ? `${l.ruleId}: ${source}` : 'ok').toBe('ok');
    }
  });
});
