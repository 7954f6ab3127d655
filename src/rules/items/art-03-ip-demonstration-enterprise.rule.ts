import { defineRule } from '../define-rule';
import { fact } from '../profile.schema';
import { ART3 } from './art-03.params';
import { levelAward } from './level-award';

export const ipDemonstrationEnterprise = defineRule(['newIpEnterpriseTitles'], {
  id: 'ip-demonstration-enterprise',
  applicants: { kinds: ['企业'], clauseId: 'art.3.1', quote: '对新认定的国家级知识产权示范企业、优势企业、省级知识产权示范企业' },
  title: '知识产权示范（优势）企业奖励',
  clauseId: 'art.3',
  params: Object.values(ART3),
  cityPolicy: { docNo: '金委科领〔2022〕1号', clauseId: 'art.3.1', quote: '（金委科领〔2022〕1号）规定' },
  interpretations: ['art3-titles-same-year'],
  assumptions: [
    '奖励对象为当年“新认定”的称号；同一年度新认定多项称号的，按原文字面每项分别奖励（另示只奖最高一项的金额）。',
    '国家级示范企业50万元、国家级优势企业40万元、省级示范企业30万元、市级示范企业5万元（第3条第2款原文为“5万”，按5万元理解）。',
  ],
  evaluate: (f) =>
    levelAward({ clauseId: 'art.3', subject: '', interpretationId: 'art3-titles-same-year', verb: '新认定' }, fact(f, 'newIpEnterpriseTitles'), [
      ['国家级知识产权示范企业', ART3.nationalDemonstration],
      ['国家级知识产权优势企业', ART3.nationalAdvantage],
      ['省级知识产权示范企业', ART3.provincialDemonstration],
      ['市级知识产权示范企业', ART3.cityDemonstration],
    ]),
});
