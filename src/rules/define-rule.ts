import { caveatsFor, cityPolicyCaveat } from './caveats';
import { clauseRef, explain } from './explanation';
import { APPLICANT_FACTS, withApplicant } from './applicant';
import { activeVersion } from './policy-version';
import { pickProfile, Profile, ProfileKey } from './profile.schema';
import { Calculation, Citation, Rule, RuleDefinition, Verdict } from './rule';

/**
 * Compiles a rule: its input schema is the `.pick()` of the profile fields it reads, plus who the
 * applicant is and where it stands — every award is checked against them (applicant.ts), unless the
 * rule reads them itself because its text does (art.8, art.14).
 */
export function defineRule<const K extends ProfileKey>(facts: readonly K[], def: RuleDefinition<Pick<Profile, K>>): Rule {
  const all = [...new Set<ProfileKey>([...facts, ...APPLICANT_FACTS])];
  const own = new Set<ProfileKey>(facts);
  return {
    id: def.id,
    title: def.title,
    clauseId: def.clauseId,
    facts: all,
    schema: pickProfile(all),
    params: def.params,
    assumptions: def.assumptions,
    ...(def.cityPolicy ? { cityPolicy: def.cityPolicy } : {}),
    applicants: def.applicants,
    interpretations: ['district-applicants', ...(def.interpretations ?? [])],
    conditionQuotes: def.conditionQuotes ?? [],
    ...(def.oneOff ? { oneOff: def.oneOff } : {}),
    ...(def.separateCases ? { separateCases: true as const } : {}),
    evaluate: (f) => withApplicant(def.applicants, own, f as Partial<Profile>, () => def.evaluate(f as Pick<Profile, K>)),
  };
}

export const ONE_OFF = '一次性奖补：同一事项只发放一次，不按年度重复发放。';

/**
 * Turns a verdict into the API's calculation: citations of every parameter the rule uses plus the
 * caveats, assumptions, and the explanation. `labelOf` gives clause labels (the corpus has them).
 * Called in the same policy version as the evaluation (RulesService.run), it names that version.
 */
export function toCalculation(rule: Rule, v: Verdict, labelOf: (clauseId: string) => string = clauseRef): Calculation {
  const version = activeVersion();
  const caveats = [...caveatsFor(version), ...(rule.cityPolicy ? [cityPolicyCaveat(rule.cityPolicy)] : [])];
  const assumptions = [...rule.assumptions, ...(rule.oneOff ? [ONE_OFF] : []), ...v.notes];
  const seen = new Set<string>();
  const citations: Citation[] = [];
  // Who may apply is quoted when it decided the result (a stated applicant of another kind).
  const applicantFailed = v.trace.some((t) => t.outcome === 'fail' && t.clauseId === rule.applicants.clauseId && t.label.startsWith('申报单位为'));
  const applicant = applicantFailed ? [{ clauseId: rule.applicants.clauseId, quote: rule.applicants.quote }] : [];
  const quoted = [...applicant, ...rule.params.map((p) => ({ clauseId: p.clauseId, quote: p.quote })), ...rule.conditionQuotes];
  for (const c of [...quoted, ...caveats.map((c) => c.citation)]) {
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
    ceiling: v.status === 'eligible' && Boolean(v.ceiling),
    alternatives: v.status === 'eligible' ? (v.alternatives ?? []) : [],
    policyVersion: { id: version.id, title: version.title, status: version.status },
  };
}
