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
    // 省级 30万 and 市级 5万 the same year: highest only → 30万元, not 35万元
    {
      name: '同年省级+市级：只按最高一项',
      facts: t('市级知识产权示范企业', '省级知识产权示范企业'),
      status: 'eligible',
      amountYuan: 300000,
      mentions: ['市级知识产权示范企业不再重复奖补'],
    },
    { name: '没有新认定', facts: t(), status: 'ineligible', amountYuan: 0 },
    { name: '未知', facts: {}, status: 'needs-info', amountYuan: 0, needs: ['newIpEnterpriseTitles'] },
  ],
};
