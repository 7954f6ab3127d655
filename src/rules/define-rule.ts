import { COMMON_CAVEATS, cityPolicyCaveat } from './caveats';
import { clauseRef, explain } from './explanation';
import { pickProfile, Profile, ProfileKey } from './profile.schema';
import { Calculation, Citation, Rule, RuleDefinition, Verdict } from './rule';

/** Compiles a rule: its input schema is the `.pick()` of the profile fields it reads. */
export function defineRule<const K extends ProfileKey>(facts: readonly K[], def: RuleDefinition<Pick<Profile, K>>): Rule {
  return {
    id: def.id,
    title: def.title,
    clauseId: def.clauseId,
    facts,
    schema: pickProfile(facts),
    params: def.params,
    assumptions: def.assumptions,
    ...(def.cityPolicy ? { cityPolicy: def.cityPolicy } : {}),
    evaluate: (f) => def.evaluate(f as Pick<Profile, K>),
  };
}

/**
 * Turns a verdict into the API's calculation: citations of every parameter the rule uses plus the
 * caveats, assumptions, and the explanation. `labelOf` gives clause labels (the corpus has them).
 */
export function toCalculation(rule: Rule, v: Verdict, labelOf: (clauseId: string) => string = clauseRef): Calculation {
  const caveats = [...COMMON_CAVEATS, ...(rule.cityPolicy ? [cityPolicyCaveat(rule.cityPolicy)] : [])];
  const assumptions = [...rule.assumptions, ...v.notes];
  const seen = new Set<string>();
  const citations: Citation[] = [];
  for (const c of [...rule.params.map((p) => ({ clauseId: p.clauseId, quote: p.quote })), ...caveats.map((c) => c.citation)]) {
    const key = `${c.clauseId}\u0000${c.quote}`;
    if (seen.has(key)) continue;
    seen.add(key);
    citations.push({ clauseId: c.clauseId, label: labelOf(c.clauseId), quote: c.quote });
  }
  const caveatTexts = caveats.map((c) => c.text);
  return {
    ruleId: rule.id,
    title: rule.title,
    clauseId: rule.clauseId,
    status: v.status,
    eligible: v.status === 'eligible',
    amountYuan: v.amountYuan,
    ...(v.caps.length ? { capApplied: v.caps } : {}),
    trace: v.trace,
    explanation: explain(rule, v, assumptions, caveatTexts),
    citations,
    needsInfo: v.needsInfo,
    assumptions,
    caveats: caveatTexts,
  };
}
