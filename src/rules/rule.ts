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
  /**
   * The policy version whose text holds `quote` (src/rules/policy-version.ts): the draft's
   * `jindong-ip-2023-draft` for the figures written in art-NN.params.ts; a later version's id when it applies.
   */
  document: string;
  /** When that version applies (`YYYY-MM-DD`); null where the text leaves the date blank, as the draft does. */
  effective: { from: string | null; to: string | null };
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

/**
 * Another reading of wording that admits two, with the amount it would give. The calculation's own amount
 * follows the reading written down in src/rules/interpretations.ts; the alternative is shown beside it,
 * never added to totals.
 */
export interface AlternativeReading {
  /** Key of the interpretation (src/rules/interpretations.ts). */
  interpretationId: string;
  /** One Chinese clause saying under what reading, e.g. 如主管部门按同一年度只奖最高一项执行. */
  reading: string;
  amountYuan: number;
}

export interface ConditionalAmount {
  /** The conditions, in the questions' own words (按期正常偿还；新获国家级驰名商标认定). */
  condition: string;
  amountYuan: number;
  /** The amount is the most the text allows (最高可获). */
  ceiling: boolean;
}

/** Kinds of applicant the policy names (organizationType values, plus `单位`: any kind of unit). */
export type ApplicantKind = '企业' | '高校' | '科研机构' | '代理机构' | '园区' | '单位';

/** Who may apply for a rule's award, in the policy's own words. */
export interface Applicants {
  kinds: readonly ApplicantKind[];
  /** The clause and the words that name them, e.g. art.1.1 「对同时满足以下条件的企业」. */
  clauseId: string;
  quote: string;
}

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
  /** The amount is an upper bound the text sets (不高于, 最高): told as 「最高可获」. */
  ceiling?: boolean;
  alternatives?: AlternativeReading[];
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
  /** `amountYuan` is the most the text allows (不高于 …), not a sum the applicant is sure to receive. */
  ceiling: boolean;
  /** Other readings of ambiguous wording and their amounts; empty when the wording is plain. */
  alternatives: AlternativeReading[];
  /**
   * Needs-info only, when every missing fact is a yes/no condition: the amount were they all met
   * (若按期正常偿还，最高可获…), so the answer is given before the question. Not counted in any total.
   */
  conditional?: ConditionalAmount;
  /** The version of the policy whose figures this calculation used (the one in force on its date). */
  policyVersion: { id: string; title: string; status: '征求意见稿' | '正式' };
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
  applicants: Applicants;
  /** Ids of the readings of ambiguous wording this rule relies on (src/rules/interpretations.ts). */
  interpretations?: readonly string[];
  /** Conditions the rule checks that carry no figure (贯标), quoted with every result like the parameters. */
  conditionQuotes?: readonly { clauseId: string; quote: string }[];
  /** The words saying the award is paid once (一次性): every result then says it is not paid again each year. */
  oneOff?: { clauseId: string; quote: string };
  /**
   * Each case is paid on its own (a suit, one more item at a fixed sum each): another one told later is a
   * case of its own. Otherwise another one adds to the figure told before, before any tier, threshold or
   * cap applies (premiums in a year, firms licensed, new patents).
   */
  separateCases?: true;
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
  applicants: Applicants;
  interpretations: readonly string[];
  conditionQuotes: readonly { clauseId: string; quote: string }[];
  oneOff?: { clauseId: string; quote: string };
  separateCases?: true;
  /** Evaluates already-validated facts (a subset of the profile). */
  evaluate(facts: Record<string, unknown>): Verdict;
}
