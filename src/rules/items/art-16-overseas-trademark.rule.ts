import { capAt, decide, percentOf, perUnit, withAlternative } from '../combinators';
import { check, positive } from '../conditions';
import { defineRule } from '../define-rule';
import { formatYuan } from '../money';
import { fact } from '../profile.schema';
import { ART16, ART16_CITY_POLICY } from './art-16.params';

export const madridTrademark = defineRule(['madridTrademarkFeesYuan'], {
  id: 'madrid-trademark',
  applicants: { kinds: ['单位'], clauseId: 'art.16.1', quote: '在马德里国际注册的单位' },
  title: '马德里商标国际注册补助',
  clauseId: 'art.16.1',
  params: [ART16.madridRate, ART16.madridCap],
  cityPolicy: ART16_CITY_POLICY,
  assumptions: ['按当年通过马德里体系国际注册实际缴纳的注册费100%补助，每个单位每年最高3万元（原文未写“每年”，按年度申报理解）。'],
  evaluate(f) {
    const fees = fact(f, 'madridTrademarkFeesYuan');
    return decide(
      [positive({ clauseId: 'art.16.1', label: '马德里国际注册注册费', subject: '马德里国际注册注册费', input: fees, format: formatYuan })],
      () => capAt(percentOf(fees.value as number, '注册费', ART16.madridRate), ART16.madridCap, '马德里国际注册'),
    );
  },
});

export const regionalTrademark = defineRule(['regionalTrademarkRegistrations'], {
  id: 'regional-trademark',
  applicants: { kinds: ['单位'], clauseId: 'art.16.1', quote: '非洲地区工业产权组织和非洲知识产权组织等注册的单位' },
  title: '欧盟、非洲地区组织商标注册补助',
  clauseId: 'art.16.1',
  params: [ART16.regionalRate, ART16.regionalCap],
  cityPolicy: ART16_CITY_POLICY,
  assumptions: [
    '“欧盟（通过单一国家注册方式提交的）”理解为直接向欧盟知识产权局提交的欧盟商标（非马德里途径）；在欧盟某一成员国的国家注册按“单一国家注册”计。',
    '注册费100%补助，“最高不超过1万元”按每个单位计：在几个地区组织注册的，注册费合计后封顶1万元（另示按每个组织分别封顶的金额）。',
  ],
  interpretations: ['art16.1-regional-cap-per-applicant'],
  evaluate(f) {
    const list = fact(f, 'regionalTrademarkRegistrations');
    const items = list.value ?? [];
    const verdict = decide(
      [
        check({
          clauseId: 'art.16.1',
          label: '在欧盟、非洲地区工业产权组织或非洲知识产权组织注册商标',
          input: { value: list.value?.map((r) => `${r.office}（注册费${formatYuan(r.feesYuan)}）`), needs: list.needs },
          ok: items.length > 0,
          detail: items.length ? `注册于：${items.map((r) => r.office).join('、')}` : '未在欧盟、非洲地区工业产权组织或非洲知识产权组织注册商标',
        }),
      ],
      () => {
        const total = items.reduce((sum, r) => sum + r.feesYuan, 0);
        const label = items.length > 1 ? `${items.map((r) => r.office).join('、')}注册费合计` : `${items[0].office}注册费`;
        return capAt(percentOf(total, label, ART16.regionalRate), ART16.regionalCap, '每个单位');
      },
    );
    // Each office capped on its own, summed: the other reading of the cap.
    const perOffice = items.reduce((sum, r) => sum + capAt(percentOf(r.feesYuan, r.office, ART16.regionalRate), ART16.regionalCap, r.office).yuan, 0);
    return withAlternative(verdict, 'art16.1-regional-cap-per-applicant', items.length > 1 ? perOffice : undefined);
  },
});

export const singleCountryTrademark = defineRule(['singleCountryTrademarkCountries'], {
  id: 'single-country-trademark',
  separateCases: true,
  applicants: { kinds: ['单位'], clauseId: 'art.16.1', quote: '在单一国家注册的单位' },
  title: '单一国家商标注册补助',
  clauseId: 'art.16.1',
  params: [ART16.perCountry],
  cityPolicy: ART16_CITY_POLICY,
  assumptions: ['按注册国家数计，每个国家2000元，不设总额上限，也不以实际注册费为限（原文未规定）；同一国家注册多件商标按一个国家计。'],
  evaluate(f) {
    const count = fact(f, 'singleCountryTrademarkCountries');
    return decide(
      [positive({ clauseId: 'art.16.1', label: '在单一国家注册商标', subject: '单一国家注册的国家数', input: count, format: (n) => `${n}个` })],
      () => perUnit(count.value as number, '个国家', ART16.perCountry, '单一国家注册补助'),
    );
  },
});
