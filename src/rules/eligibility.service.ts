import { Injectable } from '@nestjs/common';
import { parseInput } from '../common/zod-input';
import { caveatsFor } from './caveats';
import { activeVersion } from './policy-version';
import { Profile, profileSchema, SHARED_FACTS } from './profile.schema';
import { Calculation, NeedsInfo, Rule } from './rule';
import { RULES } from './rules.registry';
import { RulesService } from './rules.service';

export interface EligibilityResult {
  /** Every rule the profile says something about, in policy order; `eligible` ones add up to `totalYuan`. */
  calculations: Calculation[];
  totalYuan: number;
  eligibleRuleIds: string[];
  /** Questions that would decide the rules above that still need information, each once. */
  needsInfo: Array<NeedsInfo & { ruleIds: string[] }>;
  /** Rules the profile says nothing about, with what to ask to check them. */
  notAssessed: Array<{ ruleId: string; title: string; clauseId: string; needsInfo: NeedsInfo[] }>;
  caveats: string[];
}

/** True when the profile holds at least one fact specific to the rule (who-the-applicant-is facts do not count). */
function concerns(rule: Rule, profile: Profile): boolean {
  return rule.facts.some((f) => !SHARED_FACTS.includes(f as keyof Profile) && profile[f as keyof Profile] !== undefined);
}

function pick(profile: Profile, facts: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of facts) {
    const v = profile[f as keyof Profile];
    if (v !== undefined) out[f] = v;
  }
  return out;
}

/**
 * The eligibility matcher: a profile in, every rule it concerns evaluated, the total of what the applicant
 * would receive, and what is missing for the rest. Each rule already pays only the highest of its
 * alternatives, and different rules are different matters, so eligible amounts add up.
 */
@Injectable()
export class EligibilityService {
  constructor(private readonly rules: RulesService) {}

  check(profile: unknown, what = '企业画像'): EligibilityResult {
    return this.assess(parseInput(profileSchema, profile, what));
  }

  /** Every rule in the version of the policy in force today. */
  assess(profile: Profile): EligibilityResult {
    return this.rules.withVersionInForce(() => this.assessInVersion(profile));
  }

  private assessInVersion(profile: Profile): EligibilityResult {
    const calculations: Calculation[] = [];
    const notAssessed: EligibilityResult['notAssessed'] = [];
    for (const rule of RULES) {
      if (concerns(rule, profile)) {
        calculations.push(this.rules.run(rule, pick(profile, rule.facts)));
      } else {
        const v = rule.evaluate(pick(profile, rule.facts));
        notAssessed.push({ ruleId: rule.id, title: rule.title, clauseId: rule.clauseId, needsInfo: v.needsInfo });
      }
    }
    const needs = new Map<string, NeedsInfo & { ruleIds: string[] }>();
    for (const c of calculations) {
      for (const n of c.needsInfo) {
        const entry = needs.get(n.fact) ?? { ...n, ruleIds: [] };
        entry.ruleIds.push(c.ruleId);
        needs.set(n.fact, entry);
      }
    }
    const eligible = calculations.filter((c) => c.eligible);
    return {
      calculations,
      totalYuan: eligible.reduce((sum, c) => sum + c.amountYuan, 0),
      eligibleRuleIds: eligible.map((c) => c.ruleId),
      needsInfo: [...needs.values()],
      notAssessed,
      caveats: caveatsFor(activeVersion()).map((c) => c.text),
    };
  }
}
