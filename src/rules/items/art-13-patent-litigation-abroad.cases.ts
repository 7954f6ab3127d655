import { RuleCases } from '../testing/rule-case';
import { patentLitigationAbroad } from './art-13-patent-litigation-abroad.rule';

const suit = (country: string, fees: number) => ({ foreignPatentSuitCountry: country, foreignPatentSuitFavourable: true, foreignPatentSuitAgencyFeesYuan: fees });

export const ART13_ABROAD_CASES: RuleCases = {
  rule: patentLitigationAbroad,
  cases: [
    // 40万 × 25% = 10万
    { name: '美国 代理费40万元', facts: suit('美国', 400_000), status: 'eligible', amountYuan: 100000 },
    // 1 199 996 × 25% = 299 999 < 30万
    { name: '美国 刚低于30万元', facts: suit('美国', 1_199_996), status: 'eligible', amountYuan: 299999 },
    // 120万 × 25% = 30万 = cap
    { name: '日本 恰好30万元', facts: suit('日本', 1_200_000), status: 'eligible', amountYuan: 300000 },
    // 1 200 004 × 25% = 300 001 → 30万
    { name: '德国（欧盟成员国）刚超过30万元', facts: suit('德国', 1_200_004), status: 'eligible', amountYuan: 300000, capsYuan: [300000] },
    { name: '英文国名 Japan', facts: suit('Japan', 400_000), status: 'eligible', amountYuan: 100000 },
    { name: '欧盟层面诉讼', facts: suit('欧盟', 2_000_000), status: 'eligible', amountYuan: 300000, capsYuan: [300000] },
    // 其他国家: 599 996 × 25% = 149 999 < 15万
    { name: '韩国 刚低于15万元', facts: suit('韩国', 599_996), status: 'eligible', amountYuan: 149999 },
    // 60万 × 25% = 15万 = cap
    { name: '韩国 恰好15万元', facts: suit('韩国', 600_000), status: 'eligible', amountYuan: 150000 },
    // 120万 × 25% = 30万 → other-country cap 15万
    { name: '韩国 超过15万元', facts: suit('韩国', 1_200_000), status: 'eligible', amountYuan: 150000, capsYuan: [150000], mentions: ['不属于美国、日本、欧盟国家'] },
    { name: '英国按其他国家', facts: suit('英国', 1_200_000), status: 'eligible', amountYuan: 150000, capsYuan: [150000], mentions: ['英国已于2020年1月31日退出欧盟'] },
    { name: '香港属于国内', facts: suit('香港', 400_000), status: 'ineligible', amountYuan: 0, mentions: ['属于国内（含港澳台）'] },
    { name: '未获有利判决', facts: { ...suit('美国', 400_000), foreignPatentSuitFavourable: false }, status: 'ineligible', amountYuan: 0 },
    { name: '国家未知', facts: { foreignPatentSuitFavourable: true, foreignPatentSuitAgencyFeesYuan: 400_000 }, status: 'needs-info', amountYuan: 0, needs: ['foreignPatentSuitCountry'] },
  ],
};
