import { dedupeNeeds, flattenSteps } from './conditions';
import { Fraction, formatYuan, mulFloorRounded, percent } from './money';
import { interpretation } from './interpretations';
import { Amount, CapApplied, Cond, Param, TraceStep, TraceValue, Verdict } from './rule';

/**
 * Formula building blocks. Each returns an `Amount` (integer yuan plus the trace steps that produced
 * it) so a rule reads as a composition: `cap(percentOf(premium, rate), limit)`.
 */

function calc(clauseId: string, label: string, value: TraceValue, amountYuan: number, detail: string, paramIds: string[]): TraceStep {
  return { clauseId, kind: 'calculation', label, value, amountYuan, detail, paramIds };
}

/** A fixed award. */
export function fixed(award: Param, label = award.label): Amount {
  return {
    yuan: award.value,
    steps: [calc(award.clauseId, label, award.value, award.value, `${label}：${formatYuan(award.value)}`, [award.id])],
    caps: [],
  };
}

/** `count` units at a fixed amount each (每件 / 每项 / 每个国家). */
export function perUnit(count: number, unitWord: string, unit: Param, label = unit.label): Amount {
  const yuan = count * unit.value;
  return {
    yuan,
    steps: [calc(unit.clauseId, label, count, yuan, `${count}${unitWord} × ${formatYuan(unit.value)} = ${formatYuan(yuan)}`, [unit.id])],
    caps: [],
  };
}

/** A whole-percent rate of a base, rounded down to the yuan. */
export function percentOf(baseYuan: number, baseLabel: string, r: Param): Amount {
  return scale(baseYuan, [percent(r.value)], {
    clauseId: r.clauseId,
    label: `${baseLabel} × ${r.value}%`,
    formula: `${baseLabel}${formatYuan(baseYuan)} × ${r.value}%`,
    paramIds: [r.id],
  });
}

/** A base times exact fractions, rounded down to the yuan; the formula text is the rule's. */
export function scale(
  baseYuan: number,
  factors: readonly Fraction[],
  o: { clauseId: string; label: string; formula: string; paramIds: string[] },
): Amount {
  const { yuan, roundedDown } = mulFloorRounded(baseYuan, factors);
  const detail = `${o.formula} = ${formatYuan(yuan)}${roundedDown ? '（不足1元部分舍去）' : ''}`;
  return { yuan, steps: [calc(o.clauseId, o.label, baseYuan, yuan, detail, o.paramIds)], caps: [] };
}

/** Applies an upper limit from the policy; records it when it bites. */
export function capAt(a: Amount, limit: Param, scope: string): Amount {
  if (a.yuan <= limit.value) {
    const step = calc(limit.clauseId, `${scope}上限`, a.yuan, a.yuan, `${formatYuan(a.yuan)}未超过${scope}上限${formatYuan(limit.value)}`, [limit.id]);
    return { yuan: a.yuan, steps: [...a.steps, step], caps: a.caps };
  }
  const capped: CapApplied = { scope, capYuan: limit.value, uncappedYuan: a.yuan, clauseId: limit.clauseId, paramId: limit.id };
  const step = calc(
    limit.clauseId,
    `${scope}上限`,
    a.yuan,
    limit.value,
    `${formatYuan(a.yuan)}超过${scope}上限${formatYuan(limit.value)}，按上限${formatYuan(limit.value)}计`,
    [limit.id],
  );
  return { yuan: limit.value, steps: [...a.steps, step], caps: [...a.caps, capped] };
}

/** Limits an amount by a fact rather than a policy figure (e.g. the interest actually paid). */
export function limitTo(a: Amount, limitYuan: number, o: { clauseId: string; label: string; what: string }): Amount {
  const yuan = Math.min(a.yuan, limitYuan);
  const detail =
    a.yuan <= limitYuan
      ? `${formatYuan(a.yuan)}不超过${o.what}${formatYuan(limitYuan)}`
      : `${formatYuan(a.yuan)}超过${o.what}${formatYuan(limitYuan)}，按${formatYuan(limitYuan)}计`;
  return { yuan, steps: [...a.steps, calc(o.clauseId, o.label, limitYuan, yuan, detail, [])], caps: a.caps };
}

/** Sums parts that are paid together (different right types, different awards) — never alternatives. */
export function sumOf(parts: Amount[], o: { clauseId: string; label: string }): Amount {
  if (parts.length === 1) return parts[0];
  const yuan = parts.reduce((s, p) => s + p.yuan, 0);
  const detail = `${parts.map((p) => formatYuan(p.yuan)).join(' + ')} = ${formatYuan(yuan)}`;
  return {
    yuan,
    steps: [...parts.flatMap((p) => p.steps), calc(o.clauseId, o.label, parts.length, yuan, detail, [])],
    caps: parts.flatMap((p) => p.caps),
  };
}

export interface Tier {
  /** e.g. `第一档` or `国家级知识产权示范企业`. */
  name: string;
  award: Param;
  conds: Cond[];
}

export interface TierChoice {
  cond: Cond;
  chosen?: Tier;
}

/**
 * Alternatives inside one item, highest first: the highest tier whose conditions are all met is paid,
 * lower tiers are not. A tier that cannot be decided stops the scan (a lower one may not be paid while
 * a higher one might still apply).
 */
export function highestTier(base: { clauseId: string; label: string }, tiers: Tier[]): TierChoice {
  const substeps: TraceStep[] = [];
  const failures: string[] = [];
  for (let i = 0; i < tiers.length; i++) {
    const tier = tiers[i];
    const failing = tier.conds.filter((c) => c.outcome === false);
    const unknown = tier.conds.filter((c) => c.outcome === undefined);
    const tierStep = (outcome: 'pass' | 'fail' | 'unknown', detail: string): TraceStep => ({
      clauseId: tier.award.clauseId,
      kind: 'condition',
      label: `${tier.name}（${formatYuan(tier.award.value)}）`,
      value: tier.name,
      outcome,
      detail,
      paramIds: [tier.award.id, ...tier.conds.flatMap((c) => c.paramIds)],
    });
    if (failing.length) {
      const why = failing.map((c) => c.detail).join('；');
      failures.push(`${tier.name}：${why}`);
      substeps.push(tierStep('fail', `不满足${tier.name}的条件`), ...flattenSteps(tier.conds));
      continue;
    }
    if (unknown.length) {
      substeps.push(tierStep('unknown', `${tier.name}：尚缺信息`), ...flattenSteps(tier.conds));
      return {
        cond: {
          ...base,
          outcome: undefined,
          value: null,
          detail: `${base.label}：尚缺信息，无法确定档次`,
          needs: dedupeNeeds(unknown.flatMap((c) => c.needs)),
          paramIds: [],
          substeps,
        },
      };
    }
    substeps.push(tierStep('pass', `满足${tier.name}的条件`), ...flattenSteps(tier.conds));
    const lower = tiers.slice(i + 1);
    if (lower.length) {
      substeps.push({
        clauseId: base.clauseId,
        kind: 'note',
        label: '较低档次不重复奖补',
        detail: `已按${tier.name}计，${lower.map((t) => t.name).join('、')}不再重复奖补（同一事项取满足的最高一档）`,
        paramIds: lower.map((t) => t.award.id),
      });
    }
    return {
      cond: { ...base, outcome: true, value: tier.name, detail: `按${tier.name}奖补`, needs: [], paramIds: [tier.award.id], substeps },
      chosen: tier,
    };
  }
  return {
    cond: { ...base, outcome: false, value: null, detail: failures.join('；'), needs: [], paramIds: [], substeps },
  };
}

/**
 * Combines conditions and a formula into a verdict: any known failing condition → ineligible (named);
 * otherwise any unknown → needs-info with the questions; otherwise the formula runs.
 */
export function decide(conds: Cond[], compute: () => Amount, notes: string[] = []): Verdict {
  const trace = flattenSteps(conds);
  const failing = conds.filter((c) => c.outcome === false);
  if (failing.length) {
    return { status: 'ineligible', amountYuan: 0, trace, needsInfo: [], caps: [], reasons: failing.map((c) => c.detail), notes };
  }
  const unknown = conds.filter((c) => c.outcome === undefined);
  if (unknown.length) {
    return {
      status: 'needs-info',
      amountYuan: 0,
      trace,
      needsInfo: dedupeNeeds(unknown.flatMap((c) => c.needs)),
      caps: [],
      reasons: [],
      notes,
    };
  }
  const amount = compute();
  const steps = [...trace, ...amount.steps];
  if (amount.yuan <= 0) {
    return { status: 'ineligible', amountYuan: 0, trace: steps, needsInfo: [], caps: [], reasons: ['按所给数据测算金额为0元'], notes };
  }
  return { status: 'eligible', amountYuan: amount.yuan, trace: steps, needsInfo: [], caps: amount.caps, reasons: [], notes };
}

/**
 * Adds the amount another reading of the wording would give (src/rules/interpretations.ts), when the
 * verdict is eligible and the amount differs; the verdict's own amount stays the primary reading's.
 */
export function withAlternative(v: Verdict, interpretationId: string, amountYuan: number | undefined): Verdict {
  if (v.status !== 'eligible' || amountYuan === undefined || amountYuan === v.amountYuan) return v;
  const { alternativeLine, alternative } = interpretation(interpretationId);
  const reading = alternativeLine ?? alternative.replace(/。$/, '');
  return { ...v, alternatives: [...(v.alternatives ?? []), { interpretationId, reading, amountYuan }] };
}
