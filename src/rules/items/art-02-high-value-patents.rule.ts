import { decide, fixed, highestTier, Tier } from '../combinators';
import { atLeast } from '../conditions';
import { defineRule } from '../define-rule';
import { fact } from '../profile.schema';
import { Param } from '../rule';
import { ART2 } from './art-02.params';

export const highValuePatents = defineRule(['newHighValueInventionPatentsCount'], {
  id: 'high-value-patents',
  applicants: { kinds: ['企业', '高校', '科研机构'], clauseId: 'art.2', quote: '支持企业、高校、科研院所发挥不同优势' },
  title: '新增高价值发明专利奖励',
  clauseId: 'art.2',
  params: Object.values(ART2),
  assumptions: [
    '“10件以上”“30件以上”“50件以上”均含本数；三级只按达到的最高一级奖励，不累加。',
    '本政策没有规定“高价值发明专利”的认定标准，以主管部门认定为准；测算只按申报单位填报的当年新增数量计算。',
  ],
  evaluate(f) {
    const count = fact(f, 'newHighValueInventionPatentsCount');
    const tier = (min: Param, award: Param): Tier => ({
      name: `新增${min.value}件以上`,
      award,
      conds: [atLeast({ label: `当年新增高价值发明专利${min.value}件以上`, subject: '当年新增高价值发明专利', input: count, threshold: min, format: (n) => `${n}件` })],
    });
    const choice = highestTier({ clauseId: 'art.2', label: '奖励档次（取达到的最高一级）' }, [
      tier(ART2.tier3Patents, ART2.tier3Award),
      tier(ART2.tier2Patents, ART2.tier2Award),
      tier(ART2.tier1Patents, ART2.tier1Award),
    ]);
    return decide([choice.cond], () => fixed((choice.chosen as Tier).award, `高价值发明专利奖励（${(choice.chosen as Tier).name}）`));
  },
});
