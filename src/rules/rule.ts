import type { z } from 'zod';

/** How a parameter's figure is written in the policy: 万元/元 amounts, percentages, counts (件/家), months (满一年). */
export type ParamUnit = 'yuan' | 'percent' | 'count' | 'months';

/**
 * What a parameter does in a formula. `amount`: a fixed award; `unit-amount`: paid per unit (per 件, per 项,
 * per country); `cap`: an upper limit applied after the formula; `rate`: a percentage of a base; `threshold`:
 * a condition's boundary.
 */
export type ParamRole = 'amount' | 'unit-amount' | 'cap' | 'rate' | 'threshold';

/** Every number a rule uses comes from the policy text: the clause it stands in and the exact phrase. */
export interface Param {
  /** Stable key, `<item>.<name>`, e.g. `art1.tier1Amount`; trace steps name the parameters they used. */
  id: string;
  /** Chinese label for catalogues and explanations, e.g. `第一档资助金额`. */
  label: string;
  /** Yuan for `yuan`, whole percent for `percent` (80 = 80 %), units for `count`, months for `months`. */
  value: number;
  unit: ParamUnit;
  role: ParamRole;
  /** The most specific clause (a leaf: `art.4.1`, not `art.4`). */
  clauseId: string;
  /** Found verbatim in that clause's text (a test enforces it) and contains the figure. */
  quote: string;
}

export interface Citation {
  clauseId: string;
  /** Filled from the corpus by the service, e.g. `第4条第1款 深化知识产权金融发展`. */
  label: string;
  quote: string;
}

export interface NeedsInfo {
  /** Input field path, e.g. `annualSalesYuan` or `ipPledgeLoans.0.interestPaidYuan`. */
  fact: string;
  /** A ready Chinese question to ask the user. */
  question: string;
}

export type TraceValue = string | number | boolean | null | readonly string[];

export type ConditionOutcome = 'pass' | 'fail' | 'unknown';

/** One condition checked or one calculation step taken, always with the clause it comes from. */
export interface TraceStep {
  clauseId: string;
  kind: 'condition' | 'calculation' | 'note';
  /** What was checked or computed, e.g. `年销售收入达到500万元以上`. */
  label: string;
  /** The input value used (absent for notes). */
  value?: TraceValue;
  /** Conditions only. */
  outcome?: ConditionOutcome;
  /** Calculations only: the running amount after this step, in yuan. */
  amountYuan?: number;
  /** A full Chinese sentence, e.g. `年销售收入450万元，未达到500万元`. */
  detail: string;
  /** Parameters used by this step (ids from the `*.params.ts` files). */
  paramIds: string[];
}

/** A three-valued condition: true, false, or unknown because a fact is missing. */
export interface Cond {
  clauseId: string;
  label: string;
  outcome: boolean | undefined;
  value?: TraceValue;
  detail: string;
  needs: NeedsInfo[];
  paramIds: string[];
  /** Extra steps shown under this condition (e.g. each tier of a tiered condition). */
  substeps?: TraceStep[];
}

export interface CapApplied {
  /** What the cap applies to, e.g. `专利权质押贷款` for the per-right-type cap of art.4.1. */
  scope: string;
  capYuan: number;
  uncappedYuan: number;
  clauseId: string;
  paramId: string;
}

/** A running amount with the steps that produced it. */
export interface Amount {
  yuan: number;
  steps: TraceStep[];
  caps: CapApplied[];
}

export type CalculationStatus = 'eligible' | 'ineligible' | 'needs-info';

/** What a rule's pure evaluation returns; the service adds citations, caveats and the explanation. */
export interface Verdict {
  status: CalculationStatus;
  amountYuan: number;
  trace: TraceStep[];
  needsInfo: NeedsInfo[];
  caps: CapApplied[];
  /** Failing conditions, in Chinese, for the explanation. */
  reasons: string[];
  /** Assumptions this particular result relied on (e.g. which LPR was used). */
  notes: string[];
}

/** One calculation as the API returns it (docs/api.md: ruleId, clauseId, eligible, amountYuan, trace …). */
export interface Calculation {
  ruleId: string;
  title: string;
  clauseId: string;
  status: CalculationStatus;
  /** True only when the enterprise would receive `amountYuan`; eligible entries add up to the total. */
  eligible: boolean;
  amountYuan: number;
  capApplied?: CapApplied[];
  trace: TraceStep[];
  explanation: string;
  citations: Citation[];
  needsInfo: NeedsInfo[];
  assumptions: string[];
  caveats: string[];
}

/** Where an item says its amount follows a city document, e.g. `（金委科领〔2022〕1号）规定`. */
export interface CityPolicyRef {
  docNo: string;
  clauseId: string;
  quote: string;
}

/** A rule before compilation: data, a fact list and a pure evaluation. */
export interface RuleDefinition<F> {
  id: string;
  title: string;
  clauseId: string;
  params: readonly Param[];
  /** Interpretations of ambiguous wording that every result of this rule relies on. */
  assumptions: readonly string[];
  /** City document the amount follows (`根据《…》规定`), for the stacking caveat. */
  cityPolicy?: CityPolicyRef;
  evaluate(facts: F): Verdict;
}

/** A compiled rule: its input schema is a `.pick()` of the enterprise profile. */
export interface Rule {
  id: string;
  title: string;
  clauseId: string;
  /** Profile fields this rule reads. */
  facts: readonly string[];
  schema: z.ZodType;
  params: readonly Param[];
  assumptions: readonly string[];
  cityPolicy?: CityPolicyRef;
  /** Evaluates already-validated facts (a subset of the profile). */
  evaluate(facts: Record<string, unknown>): Verdict;
}
