import { decide, perUnit, sumOf } from '../combinators';
import { check, Known } from '../conditions';
import { Param, Verdict } from '../rule';

/**
 * Awards won this year, one entry per award: each award is paid once at its own level. Several awards
 * (for different patents) add up; one award is never paid at two levels.
 */
export function awardList<T extends string>(
  o: { clauseId: string; label: string; prefix: string; none: string },
  awards: Known<readonly T[]>,
  amounts: Record<T, Param>,
): Verdict {
  const list = awards.value ?? [];
  const kinds = (Object.keys(amounts) as T[]).filter((k) => list.includes(k));
  return decide(
    [check({ clauseId: o.clauseId, label: o.label, input: awards, ok: list.length > 0, detail: list.length ? `当年新获${o.prefix}：${list.join('、')}` : o.none })],
    () =>
      sumOf(
        kinds.map((k) => perUnit(list.filter((a) => a === k).length, '项', amounts[k], `${o.prefix}${k}奖励`)),
        { clauseId: o.clauseId, label: `${o.prefix}奖励合计` },
      ),
  );
}
