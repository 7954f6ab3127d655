import { RuleCases } from '../testing/rule-case';
import { ipDemonstrationEnterprise } from './art-03-ip-demonstration-enterprise.rule';

const t = (...titles: string[]) => ({ newIpEnterpriseTitles: titles });

export const ART3_CASES: RuleCases = {
  rule: ipDemonstrationEnterprise,
  cases: [
    { name: '国家级示范企业 50万元', facts: t('国家级知识产权示范企业'), status: 'eligible', amountYuan: 500000 },
    { name: '国家级优势企业 40万元', facts: t('国家级知识产权优势企业'), status: 'eligible', amountYuan: 400000 },
    { name: '省级示范企业 30万元', facts: t('省级知识产权示范企业'), status: 'eligible', amountYuan: 300000 },
    { name: '市级示范企业 5万元', facts: t('市级知识产权示范企业'), status: 'eligible', amountYuan: 50000 },
    // 省级 30万 and 市级 5万 the same year: as written, each → 35万元; highest only would be 30万元
    {
      name: '同年省级+市级：按原文分别奖励，另示只奖最高一项',
      facts: t('市级知识产权示范企业', '省级知识产权示范企业'),
      status: 'eligible',
      amountYuan: 350000,
      alternativesYuan: [300000],
      mentions: ['另一种理解：如主管部门按同一年度只奖最高一项执行，则为30万元'],
    },
    // 国家级优势 40万 + 市级示范 5万 = 45万; highest only 40万
    { name: '国家级优势+市级示范 45万元（或40万元）', facts: t('国家级知识产权优势企业', '市级知识产权示范企业'), status: 'eligible', amountYuan: 450000, alternativesYuan: [400000] },
    { name: '没有新认定', facts: t(), status: 'ineligible', amountYuan: 0 },
    { name: '未知', facts: {}, status: 'needs-info', amountYuan: 0, needs: ['newIpEnterpriseTitles'] },
  ],
};
