import { decide, fixed, highestTier, Tier } from '../combinators';
import { includes, Known } from '../conditions';
import { Param, Verdict } from '../rule';

/**
 * A matter recognised at one of several levels, each with its own award: the highest level newly
 * recognised this year is paid, lower ones are not (alternatives inside one item are never summed).
 */
export function levelAward<T extends string>(
  o: { clauseId: string; subject: string },
  levels: Known<readonly T[]>,
  awards: ReadonlyArray<readonly [T, Param]>,
): Verdict {
  const tiers: Tier[] = awards.map(([level, award]) => ({
    name: `${level}${o.subject}`,
    award,
    conds: [
      includes({
        clauseId: award.clauseId,
        label: `新认定（新建）${level}${o.subject}`,
        input: levels,
        option: level,
        yes: `当年新认定（新建）${level}${o.subject}`,
        no: `当年未新认定（新建）${level}${o.subject}`,
      }),
    ],
  }));
  const choice = highestTier({ clauseId: o.clauseId, label: `${o.subject}层级（取最高一级）` }, tiers);
  return decide([choice.cond], () => fixed((choice.chosen as Tier).award, `${(choice.chosen as Tier).name}奖励`));
}
