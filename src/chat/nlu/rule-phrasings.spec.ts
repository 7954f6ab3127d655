import { isDeepStrictEqual } from 'node:util';
import type { Phrasing } from '../../rules/lexicon/lexicon.types';
import { RULE_PHRASINGS } from '../../rules/lexicon/rule-phrasings';
import { SHARED_FACTS, type ProfileKey } from '../../rules/profile.schema';
import { findRule, RULES } from '../../rules/rules.registry';
import { mergeFacts, resolveDerived } from '../offline/numeric-planner';
import { detectRuleTopics } from '../offline/rule-topics';
import { extractFacts } from './fact-extractor';

/**
 * The phrasings written beside each rule (src/rules/items/art-NN.phrasings.ts), read as a first message
 * (or as a bare reply to the question named in `asked`). Each must give its listed facts, and none may
 * set a fact outside its rule's and the shared ones: a phrasing for one award that moves another
 * award's fact is a leak between rules.
 */
function read(ruleId: string, p: Phrasing): Record<string, unknown> {
  const rule = findRule(ruleId)!;
  const asked = p.asked as ProfileKey | undefined;
  const context = asked ? { asked, focus: [asked, ...(rule.facts as ProfileKey[]).filter((f) => f !== asked)] } : {};
  const extracted = extractFacts(p.say, context);
  const merged = mergeFacts({}, extracted);
  return { ...merged, ...resolveDerived(merged, extracted) };
}

/** The listed value, with list entries compared on the properties listed (a loan's rightType, principal …). */
function matches(want: unknown, got: unknown): boolean {
  if (Array.isArray(want)) return Array.isArray(got) && got.length === want.length && want.every((w, i) => matches(w, got[i]));
  if (want !== null && typeof want === 'object') {
    return got !== null && typeof got === 'object' && Object.entries(want).every(([k, w]) => matches(w, (got as Record<string, unknown>)[k]));
  }
  return isDeepStrictEqual(want, got);
}

function problems(ruleId: string, p: Phrasing): string[] {
  const rule = findRule(ruleId)!;
  const got = read(ruleId, p);
  const out: string[] = [];
  for (const [field, want] of Object.entries(p.facts)) {
    if (!matches(want, got[field])) out.push(`${field}: 应为 ${JSON.stringify(want)}，读出 ${JSON.stringify(got[field])}`);
  }
  // Another rule's fact is a leak; so is who the applicant is, unless listed, where it could cost them the
  // award (not in Jindong) or where a bare reply answered another question.
  const own = new Set<string>([...rule.facts.filter((f) => !SHARED_FACTS.includes(f as ProfileKey)), ...Object.keys(p.facts)]);
  const harmless = (field: string) => SHARED_FACTS.includes(field as ProfileKey) && !p.asked && got[field] !== false;
  for (const field of Object.keys(got)) if (!own.has(field) && !harmless(field)) out.push(`越界：${field}=${JSON.stringify(got[field])}`);
  // A question that states no fact (国优企业能奖多少) must still be read as asking about this award.
  if (!p.asked && Object.keys(p.facts).length === 0) {
    const topics = detectRuleTopics(p.say);
    if (!topics.includes(ruleId)) out.push(`未认出本项：识别为 ${JSON.stringify(topics)}`);
  }
  return out;
}

const CASES = RULE_PHRASINGS.flatMap((r) => r.phrasings.map((p) => [r.ruleId, p.say, p] as const));

describe('phrasings beside each rule', () => {
  it('cover every rule and every fact of it, and list only facts of their rule', () => {
    for (const rule of RULES) {
      const said = RULE_PHRASINGS.filter((r) => r.ruleId === rule.id).flatMap((r) => r.phrasings);
      const covered = new Set(said.flatMap((p) => Object.keys(p.facts)));
      expect([rule.id, (rule.facts as ProfileKey[]).filter((f) => !SHARED_FACTS.includes(f) && !covered.has(f))]).toEqual([rule.id, []]);
      for (const p of said) for (const f of Object.keys(p.facts)) expect([p.say, [...rule.facts, ...SHARED_FACTS].includes(f as ProfileKey)]).toEqual([p.say, true]);
    }
  });

  it.each(CASES.filter(([, , p]) => !p.gap))('%s: %s', (ruleId, _say, p) => {
    expect(problems(ruleId, p)).toEqual([]);
  });

  // A known gap stays listed until understood; once it is, the `gap` line must go (this then fails).
  it.each(CASES.filter(([, , p]) => p.gap))('gap still open — %s: %s', (ruleId, _say, p) => {
    expect(problems(ruleId, p).length).toBeGreaterThan(0);
  });
});
