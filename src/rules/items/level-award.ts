import { decide, fixed, sumOf, withAlternative } from '../combinators';
import { check, Known } from '../conditions';
import { Param, Verdict } from '../rule';

/**
 * A matter newly recognised (新认定、新建、新承担) at one or more levels, each level with its award. As the
 * text reads, every level newly recognised this year is paid (levels sharing one award, like 省级、市级
 * 10万元/家, once); where that is more than one award, the calculation also carries the amount if only
 * the highest were paid (`interpretationId` names that reading).
 */
export function levelAward<T extends string>(
  o: { clauseId: string; subject: string; interpretationId: string; verb: '新认定' | '新建' | '新承担' | '新创建' },
  levels: Known<readonly T[]>,
  awards: ReadonlyArray<readonly [T, Param]>,
): Verdict {
  const stated = levels.value ?? [];
  const matched = awards.filter(([level]) => stated.includes(level));
  const paid = matched.filter(([, award], i) => matched.findIndex(([, a]) => a.id === award.id) === i);
  const name = (level: T) => `${level}${o.subject}`;
  const cond = check({
    clauseId: o.clauseId,
    label: `当年${o.verb}${o.subject || '的层级'}`,
    input: levels,
    ok: matched.length > 0,
    detail: matched.length ? `当年${o.verb}${matched.map(([l]) => name(l)).join('、')}` : `当年未${o.verb}${awards.map(([l]) => name(l)).join('、')}`,
  });
  const v = decide([cond], () =>
    sumOf(
      paid.map(([level, award]) => fixed(award, `${matched.filter(([, a]) => a.id === award.id).map(([l]) => name(l)).join('、') || name(level)}奖励`)),
      { clauseId: o.clauseId, label: '各层级奖励合计' },
    ),
  );
  return paid.length > 1 ? withAlternative(v, o.interpretationId, Math.max(...paid.map(([, a]) => a.value))) : v;
}
