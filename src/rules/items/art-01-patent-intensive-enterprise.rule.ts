import { fixed, decide, highestTier, Tier } from '../combinators';
import { atLeast, combine, isTrue } from '../conditions';
import { defineRule } from '../define-rule';
import { formatYuan } from '../money';
import { fact } from '../profile.schema';
import { Param } from '../rule';
import { ART1 } from './art-01.params';

const pieces = (n: number) => `${n}件`;
const pct = (n: number) => `${n}%`;

export const patentIntensiveEnterprise = defineRule(
  [
    'ipManagementStandardCertified',
    'selfDevelopedInventionPatentsCount',
    'selfDevelopedInventionPatentsLastYearCount',
    'annualSalesYuan',
    'patentProductSalesPercent',
    'ipStaffTrainingRatePercent',
  ],
  {
    id: 'patent-intensive-enterprise',
    conditionQuotes: [{ clauseId: 'art.1.2', quote: '通过《企业知识产权管理规范》国家标准认证并贯彻实施' }],
    applicants: { kinds: ['企业'], clauseId: 'art.1.1', quote: '对同时满足以下条件的企业' },
    title: '专利密集型企业资助',
    clauseId: 'art.1',
    params: Object.values(ART1),
    assumptions: [
      '“同时满足以下条件”：四项条件（贯标认证、专利创造、专利实施、培训）须全部满足，专利创造按档次确定资助额。',
      '三个档次只按满足的最高一档资助，不累加。',
      '“比上年同比增长N件以上”按当年末与上年末累计拥有的自主研发有效发明专利数之差计算；“不少于”“以上”“达到”“不低于”均含本数。',
      '专利产品销售收入占比的分母为企业当年总收入（原文“占企业当年总收入的比例”），由申报单位按此口径填报。',
    ],
    evaluate(f) {
      const count = fact(f, 'selfDevelopedInventionPatentsCount');
      const increase = combine(count, fact(f, 'selfDevelopedInventionPatentsLastYearCount'), (now, before) => now - before);
      const tier = (name: string, award: Param, minCount: Param, minIncrease: Param): Tier => ({
        name,
        award,
        conds: [
          atLeast({ label: `累计有效发明专利不少于${minCount.value}件`, subject: '累计拥有自主研发的有效发明专利', input: count, threshold: minCount, format: pieces }),
          atLeast({ label: `比上年同比增长${minIncrease.value}件以上`, subject: '比上年同比增量', input: increase, threshold: minIncrease, format: pieces }),
        ],
      });
      const creation = highestTier({ clauseId: 'art.1.3', label: '专利创造档次（取满足的最高一档）' }, [
        tier('第一档', ART1.tier1Award, ART1.tier1Patents, ART1.tier1Increase),
        tier('第二档', ART1.tier2Award, ART1.tier2Patents, ART1.tier2Increase),
        tier('第三档', ART1.tier3Award, ART1.tier3Patents, ART1.tier3Increase),
      ]);
      const conds = [
        isTrue({
          clauseId: 'art.1.2',
          label: '通过《企业知识产权管理规范》国家标准认证并贯彻实施',
          input: fact(f, 'ipManagementStandardCertified'),
          yes: '已通过《企业知识产权管理规范》国家标准认证并贯彻实施',
          no: '未通过《企业知识产权管理规范》国家标准认证',
        }),
        creation.cond,
        atLeast({ label: '企业年销售收入达到500万元以上', subject: '年销售收入', input: fact(f, 'annualSalesYuan'), threshold: ART1.minSales, format: formatYuan }),
        atLeast({
          label: '专利产品销售收入占当年总收入的比例不低于20%',
          subject: '专利产品销售收入占比',
          input: fact(f, 'patentProductSalesPercent'),
          threshold: ART1.minPatentProductShare,
          format: pct,
        }),
        atLeast({
          label: '知识产权从业人员、研发人员当年培训率达到100%',
          subject: '当年培训率',
          input: fact(f, 'ipStaffTrainingRatePercent'),
          threshold: ART1.trainingRate,
          format: pct,
        }),
      ];
      return decide(conds, () => {
        const chosen = creation.chosen as Tier;
        return fixed(chosen.award, `专利密集型企业${chosen.name}资助`);
      });
    },
  },
);
