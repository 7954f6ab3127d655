import { CityPolicyRef } from './rule';

export interface Caveat {
  text: string;
  citation: { clauseId: string; quote: string };
}

/**
 * Attached to every result, never applied to the amount: the policy is a draft, city and district awards
 * for one matter are not simply added, and the district differentiates awards by 亩均效益 evaluation.
 */
export const COMMON_CAVEATS: readonly Caveat[] = [
  {
    text: '本政策为征求意见稿，尚未正式印发，实施日期空缺；测算结果仅供参考，以正式文件和主管部门解释为准。',
    citation: { clauseId: 'title', quote: '关于促进知识产权高质量发展的若干政策意见（征求意见稿）' },
  },
  {
    text:
      '同一单位同一事项符合市、区多项奖补政策的，优先申报市级政策；市级奖补无需金东区配套的，可叠加享受区级政策；' +
      '市级奖补需金东区配套的，区级奖补资金视同配套，按“就高不就低”原则享受。本测算只按区级政策计算，未扣减或叠加市级奖补。',
    citation: {
      clauseId: 'final.stacking',
      quote: '同一单位同一事项符合市、区多项奖补政策的，优先申报市级政策，如市级奖补无需金东区配套，可叠加享受区级政策；如市级奖补需金东区配套，金东区按本文件规定奖补资金视同配套，按“就高不就低”原则享受',
    },
  },
  {
    text: '以上奖补按金东区亩均效益综合评价结果执行差别化配置，实际金额可能因评价结果调整；本测算未作此项调整。',
    citation: { clauseId: 'final.stacking', quote: '以上奖补按金东区亩均效益综合评价结果运用有关政策执行差别化配置' },
  },
];

/** For items whose amount is set "根据《…》规定" by a city document. */
export function cityPolicyCaveat(ref: CityPolicyRef): Caveat {
  return {
    text: `本项奖补标准依据市级文件（${ref.docNo}）确定，属市、区同一事项：应优先申报市级政策，区级资金视同配套，不重复享受。`,
    citation: { clauseId: ref.clauseId, quote: ref.quote },
  };
}
