import { parseInput } from '../../common/zod-input';
import { toCalculation } from '../define-rule';
import { Calculation, CalculationStatus, Rule } from '../rule';

/**
 * A table-driven case in the OpenFisca style: facts in, expected result out. The arithmetic is written
 * as a comment beside each case in the `*.cases.ts` files.
 */
export interface RuleCase {
  name: string;
  facts: Record<string, unknown>;
  status: CalculationStatus;
  amountYuan: number;
  /** The caps that bit, in yuan (omit when none did). */
  capsYuan?: number[];
  /** Input fields that must be asked for (needs-info cases). */
  needs?: string[];
  /** Phrases the explanation must contain, e.g. the failing condition. */
  mentions?: string[];
  /** Amounts under other readings of the wording (src/rules/interpretations.ts), in order. */
  alternativesYuan?: number[];
}

export interface RuleCases {
  rule: Rule;
  cases: RuleCase[];
}

/** Validates the facts with the rule's own schema, as the API does, and evaluates them. */
export function calculate(rule: Rule, facts: Record<string, unknown>): Calculation {
  return toCalculation(rule, rule.evaluate(parseInput(rule.schema, facts, '测算事实') as Record<string, unknown>));
}

/** What a case asserts, in one object so a failure shows every difference at once. */
export function observed(rule: Rule, c: RuleCase) {
  const calc = calculate(rule, c.facts);
  return {
    calc,
    actual: {
      status: calc.status,
      eligible: calc.eligible,
      amountYuan: calc.amountYuan,
      capsYuan: (calc.capApplied ?? []).map((x) => x.capYuan),
      needs: calc.needsInfo.map((n) => n.fact),
      mentions: (c.mentions ?? []).filter((m) => calc.explanation.includes(m)),
      alternativesYuan: calc.alternatives.map((a) => a.amountYuan),
    },
    expected: {
      status: c.status,
      eligible: c.status === 'eligible',
      amountYuan: c.amountYuan,
      capsYuan: c.capsYuan ?? [],
      needs: c.needs ?? [],
      mentions: c.mentions ?? [],
      alternativesYuan: c.alternativesYuan ?? [],
    },
  };
}
