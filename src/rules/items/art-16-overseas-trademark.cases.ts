import { RuleCases } from '../testing/rule-case';
import { madridTrademark, regionalTrademark, singleCountryTrademark } from './art-16-overseas-trademark.rule';

export const ART16_MADRID_CASES: RuleCases = {
  rule: madridTrademark,
  cases: [
    // 100% of 1.2万 = 1.2万
    { name: '注册费1.2万元全额补助', facts: { madridTrademarkFeesYuan: 12000 }, status: 'eligible', amountYuan: 12000 },
    { name: '刚低于3万元', facts: { madridTrademarkFeesYuan: 29999 }, status: 'eligible', amountYuan: 29999 },
    { name: '恰好3万元', facts: { madridTrademarkFeesYuan: 30000 }, status: 'eligible', amountYuan: 30000 },
    // 30 001 → 3万
    { name: '刚超过3万元', facts: { madridTrademarkFeesYuan: 30001 }, status: 'eligible', amountYuan: 30000, capsYuan: [30000] },
    { name: '未注册', facts: { madridTrademarkFeesYuan: 0 }, status: 'ineligible', amountYuan: 0 },
    { name: '未知', facts: {}, status: 'needs-info', amountYuan: 0, needs: ['madridTrademarkFeesYuan'] },
  ],
};

export const ART16_REGIONAL_CASES: RuleCases = {
  rule: regionalTrademark,
  cases: [
    { name: '欧盟 9999元', facts: { regionalTrademarkRegistrations: [{ office: '欧盟', feesYuan: 9999 }] }, status: 'eligible', amountYuan: 9999 },
    { name: '欧盟 恰好1万元', facts: { regionalTrademarkRegistrations: [{ office: '欧盟', feesYuan: 10000 }] }, status: 'eligible', amountYuan: 10000 },
    // 10 001 → 1万
    { name: '非洲知识产权组织 刚超过1万元', facts: { regionalTrademarkRegistrations: [{ office: '非洲知识产权组织', feesYuan: 10001 }] }, status: 'eligible', amountYuan: 10000, capsYuan: [10000] },
    // 1.5万 + 8000 = 2.3万 → 1万 per applicant; per office it would be 1万 + 8000 = 1.8万
    {
      name: '两个组织：注册费合计按每个单位封顶1万元，另示按组织分别封顶',
      facts: { regionalTrademarkRegistrations: [{ office: '欧盟', feesYuan: 15000 }, { office: '非洲地区工业产权组织', feesYuan: 8000 }] },
      status: 'eligible',
      amountYuan: 10000,
      capsYuan: [10000],
      alternativesYuan: [18000],
    },
    // three offices, 4000 each = 1.2万 → 1万; per office 1.2万
    {
      name: '三个组织各4000元：合计1.2万元按1万元封顶',
      facts: { regionalTrademarkRegistrations: [{ office: '欧盟', feesYuan: 4000 }, { office: '非洲地区工业产权组织', feesYuan: 4000 }, { office: '非洲知识产权组织', feesYuan: 4000 }] },
      status: 'eligible',
      amountYuan: 10000,
      capsYuan: [10000],
      alternativesYuan: [12000],
    },
    // two offices under the cap together: both readings agree, no alternative
    { name: '两个组织合计未超1万元', facts: { regionalTrademarkRegistrations: [{ office: '欧盟', feesYuan: 3000 }, { office: '非洲知识产权组织', feesYuan: 5000 }] }, status: 'eligible', amountYuan: 8000 },
    { name: '没有', facts: { regionalTrademarkRegistrations: [] }, status: 'ineligible', amountYuan: 0 },
    { name: '未知', facts: {}, status: 'needs-info', amountYuan: 0, needs: ['regionalTrademarkRegistrations'] },
  ],
};

export const ART16_SINGLE_COUNTRY_CASES: RuleCases = {
  rule: singleCountryTrademark,
  cases: [
    // 1 × 2000 = 2000
    { name: '1个国家 2000元', facts: { singleCountryTrademarkCountries: 1 }, status: 'eligible', amountYuan: 2000 },
    // 7 × 2000 = 14 000
    { name: '7个国家', facts: { singleCountryTrademarkCountries: 7 }, status: 'eligible', amountYuan: 14000, mentions: ['7个国家 × 2000元 = 1.4万元'] },
    { name: '0个国家', facts: { singleCountryTrademarkCountries: 0 }, status: 'ineligible', amountYuan: 0 },
  ],
};
