import { Cond, NeedsInfo, Param, TraceStep, TraceValue } from './rule';

/**
 * Three-valued conditions. A fact the user has not given is `undefined`; a condition on it is unknown
 * (never assumed) and carries the question to ask. A known failing condition makes a rule ineligible
 * whatever else is unknown.
 */

/** A fact's value, or the questions that would supply it. */
export interface Known<T> {
  value: T | undefined;
  needs: NeedsInfo[];
}

export function known<T>(value: T | undefined, need: NeedsInfo): Known<T> {
  return { value, needs: value === undefined ? [need] : [] };
}

/** Derives a value from two facts; unknown while either is. */
export function combine<A, B, R>(a: Known<A>, b: Known<B>, f: (a: A, b: B) => R): Known<R> {
  if (a.value === undefined || b.value === undefined) return { value: undefined, needs: [...a.needs, ...b.needs] };
  return { value: f(a.value, b.value), needs: [] };
}

interface CondBase {
  clauseId: string;
  label: string;
  paramIds?: string[];
}

function unknownCond(base: CondBase, needs: NeedsInfo[]): Cond {
  return {
    clauseId: base.clauseId,
    label: base.label,
    outcome: undefined,
    value: null,
    detail: `${base.label}：尚缺信息`,
    needs,
    paramIds: base.paramIds ?? [],
  };
}

/** Unknown while the input is (carrying its questions); otherwise the outcome and sentence `judge` gives its value. */
function judged<T extends TraceValue>(base: CondBase, input: Known<T>, judge: (v: T) => [outcome: boolean, detail: string]): Cond {
  const v = input.value;
  if (v === undefined) return unknownCond(base, input.needs);
  const [outcome, detail] = judge(v);
  return { clauseId: base.clauseId, label: base.label, outcome, value: v, detail, needs: [], paramIds: base.paramIds ?? [] };
}

/** A fact needed for the calculation: satisfied once it is known. */
export function given<T extends TraceValue>(base: CondBase & { input: Known<T>; show: (v: T) => string }): Cond {
  return judged(base, base.input, (v) => [true, `${base.label}：${base.show(v)}`]);
}

/** A yes/no fact that must be yes. */
export function isTrue(base: CondBase & { input: Known<boolean>; yes: string; no: string }): Cond {
  return judged(base, base.input, (v) => [v, v ? base.yes : base.no]);
}

/** A yes/no fact that must be no (e.g. 未覆盖发明专利). */
export function isFalse(base: CondBase & { input: Known<boolean>; yes: string; no: string }): Cond {
  return judged(base, base.input, (v) => [!v, v ? base.yes : base.no]);
}

interface Comparison {
  /** Defaults to the threshold's clause. */
  clauseId?: string;
  label: string;
  /** What is measured, e.g. `年销售收入`. */
  subject: string;
  input: Known<number>;
  threshold: Param;
  format: (n: number) => string;
}

function compare(c: Comparison, pass: (v: number, t: number) => boolean, failWord: string, passWord: string): Cond {
  const base = { clauseId: c.clauseId ?? c.threshold.clauseId, label: c.label, paramIds: [c.threshold.id] };
  return judged(base, c.input, (v) => {
    const ok = pass(v, c.threshold.value);
    return [ok, `${c.subject}${c.format(v)}，${ok ? passWord : failWord}${c.format(c.threshold.value)}`];
  });
}

/** 不少于 / 以上 / 达到 / 不低于 / 含: the threshold itself passes. */
export function atLeast(c: Comparison): Cond {
  return compare(c, (v, t) => v >= t, '未达到', '达到');
}

/** 超过: the threshold itself fails. */
export function moreThan(c: Comparison): Cond {
  return compare(c, (v, t) => v > t, '未超过', '超过');
}

/** A chosen option is among the listed ones (e.g. the levels newly recognised this year). */
export function includes<T extends string>(base: CondBase & { input: Known<readonly T[]>; option: T; yes: string; no: string }): Cond {
  return judged(base, base.input, (v) => {
    const ok = v.includes(base.option);
    return [ok, ok ? base.yes : base.no];
  });
}

/** A condition decided by the rule itself from known facts (e.g. a country list). */
export function check(base: CondBase & { input: Known<TraceValue>; ok: boolean; detail: string }): Cond {
  return judged(base, base.input, () => [base.ok, base.detail]);
}

/** The shared shape of AND and OR: the outcome and its sentence decided, the rest follows from the parts. */
function junction(base: CondBase, conds: Cond[], outcome: boolean | undefined, detail: string): Cond {
  const unknown = conds.filter((c) => c.outcome === undefined);
  return {
    clauseId: base.clauseId,
    label: base.label,
    outcome,
    detail,
    needs: outcome === undefined ? dedupeNeeds(unknown.flatMap((c) => c.needs)) : [],
    paramIds: [...new Set([...(base.paramIds ?? []), ...conds.flatMap((c) => c.paramIds)])],
    substeps: flattenSteps(conds),
  };
}

/** Three-valued AND: false if any is false, else unknown if any is unknown. */
export function allOf(base: CondBase, conds: Cond[]): Cond {
  const failing = conds.filter((c) => c.outcome === false);
  const outcome = failing.length ? false : conds.some((c) => c.outcome === undefined) ? undefined : true;
  const detail =
    outcome === true
      ? `${base.label}：各项条件均满足`
      : outcome === false
        ? failing.map((c) => c.detail).join('；')
        : `${base.label}：尚缺信息`;
  return junction(base, conds, outcome, detail);
}

/** Three-valued OR: true if any is true, else unknown if any is unknown. */
export function anyOf(base: CondBase, conds: Cond[]): Cond {
  const passing = conds.filter((c) => c.outcome === true);
  const outcome = passing.length ? true : conds.some((c) => c.outcome === undefined) ? undefined : false;
  const detail =
    outcome === true
      ? passing.map((c) => c.detail).join('；')
      : outcome === false
        ? conds.map((c) => c.detail).join('；')
        : `${base.label}：尚缺信息`;
  return junction(base, conds, outcome, detail);
}

/** Each condition followed by its own sub-steps, depth first. */
export function flattenSteps(conds: Cond[]): TraceStep[] {
  return conds.flatMap((c) => [toStep(c), ...(c.substeps ?? [])]);
}

function toStep(c: Cond): TraceStep {
  return {
    clauseId: c.clauseId,
    kind: 'condition',
    label: c.label,
    value: c.value ?? null,
    outcome: c.outcome === true ? 'pass' : c.outcome === false ? 'fail' : 'unknown',
    detail: c.detail,
    paramIds: c.paramIds,
  };
}

export function dedupeNeeds(needs: NeedsInfo[]): NeedsInfo[] {
  const seen = new Set<string>();
  return needs.filter((n) => (seen.has(n.fact) ? false : (seen.add(n.fact), true)));
}

/** A quantity that must be above zero for there to be anything to pay (a premium, a fee, a count). */
export function positive(base: CondBase & { input: Known<number>; subject: string; format: (n: number) => string }): Cond {
  return judged(base, base.input, (v) =>
    v > 0 ? [true, `${base.subject}${base.format(v)}`] : [false, `${base.subject}为${base.format(0)}，无可奖补的基数`],
  );
}
