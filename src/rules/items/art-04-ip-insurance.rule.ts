import { capAt, decide, percentOf } from '../combinators';
import { positive } from '../conditions';
import { defineRule } from '../define-rule';
import { formatYuan } from '../money';
import { fact } from '../profile.schema';
import { ART4, ART4_CITY_POLICY } from './art-04.params';

export const ipInsurance = defineRule(['ipInsurancePremiumYuan'], {
  id: 'ip-insurance',
  applicants: { kinds: ['企业'], clauseId: 'art.4.2', quote: '企业购买知识产权保险' },
  title: '知识产权保险保费补助',
  clauseId: 'art.4.2',
  params: [ART4.insuranceRate, ART4.insuranceCap],
  cityPolicy: { ...ART4_CITY_POLICY, clauseId: 'art.4.2' },
  assumptions: ['按当年度实际缴纳的知识产权保险保费的50%计算，不足1元部分舍去，再按每年10万元封顶。'],
  evaluate(f) {
    const premium = fact(f, 'ipInsurancePremiumYuan');
    return decide(
      [positive({ clauseId: 'art.4.2', label: '当年度购买知识产权保险并缴纳保费', subject: '年度保费', input: premium, format: formatYuan })],
      () => capAt(percentOf(premium.value as number, '年度保费', ART4.insuranceRate), ART4.insuranceCap, '单个企业每年'),
    );
  },
});
