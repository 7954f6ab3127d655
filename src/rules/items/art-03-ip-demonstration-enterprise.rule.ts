import { decide, fixed, highestTier, Tier } from '../combinators';
import { includes } from '../conditions';
import { defineRule } from '../define-rule';
import { fact, Profile } from '../profile.schema';
import { Param } from '../rule';
import { ART3 } from './art-03.params';

type Title = NonNullable<Profile['newIpEnterpriseTitles']>[number];

export const ipDemonstrationEnterprise = defineRule(['newIpEnterpriseTitles'], {
  id: 'ip-demonstration-enterprise',
  title: '知识产权示范（优势）企业奖励',
  clauseId: 'art.3',
  params: Object.values(ART3),
  cityPolicy: { docNo: '金委科领〔2022〕1号', clauseId: 'art.3.1', quote: '（金委科领〔2022〕1号）规定' },
  assumptions: [
    '奖励对象为当年“新认定”的称号；同一企业同一年度新认定多项称号的，视为同一事项的不同档次，只按最高一项奖励，不累加。',
    '档次由高到低：国家级示范企业50万元、国家级优势企业40万元、省级示范企业30万元、市级示范企业5万元（第3条第2款原文为“5万”，按5万元理解）。',
  ],
  evaluate(f) {
    const titles = fact(f, 'newIpEnterpriseTitles');
    const tier = (title: Title, award: Param): Tier => ({
      name: title,
      award,
      conds: [includes({ clauseId: award.clauseId, label: `新认定为${title}`, input: titles, option: title, yes: `当年新认定为${title}`, no: `当年未新认定为${title}` })],
    });
    const choice = highestTier({ clauseId: 'art.3', label: '新认定称号（取最高一项）' }, [
      tier('国家级知识产权示范企业', ART3.nationalDemonstration),
      tier('国家级知识产权优势企业', ART3.nationalAdvantage),
      tier('省级知识产权示范企业', ART3.provincialDemonstration),
      tier('市级知识产权示范企业', ART3.cityDemonstration),
    ]);
    return decide([choice.cond], () => fixed((choice.chosen as Tier).award, `新认定${(choice.chosen as Tier).name}奖励`));
  },
});
