import { RuleCases } from '../testing/rule-case';
import { patentLitigationDomestic } from './art-13-patent-litigation-domestic.rule';

const won = (damages: number) => ({ domesticPatentSuitWon: true, domesticPatentDamagesYuan: damages });

export const ART13_DOMESTIC_CASES: RuleCases = {
  rule: patentLitigationDomestic,
  cases: [
    // 10万 × 20% = 2万
    { name: '判赔10万元', facts: won(100_000), status: 'eligible', amountYuan: 20000 },
    // 249 995 × 20% = 49 999 just under 5万
    { name: '刚低于上限', facts: won(249_995), status: 'eligible', amountYuan: 49999 },
    // 25万 × 20% = 5万 = cap
    { name: '恰好等于上限', facts: won(250_000), status: 'eligible', amountYuan: 50000 },
    // 250 005 × 20% = 50 001 → 5万
    { name: '刚超过上限', facts: won(250_005), status: 'eligible', amountYuan: 50000, capsYuan: [50000] },
    // 100万 × 20% = 20万 → 5万
    { name: '判赔100万元封顶', facts: won(1_000_000), status: 'eligible', amountYuan: 50000, capsYuan: [50000] },
    { name: '败诉', facts: { ...won(100_000), domesticPatentSuitWon: false }, status: 'ineligible', amountYuan: 0 },
    { name: '判赔为0', facts: won(0), status: 'ineligible', amountYuan: 0 },
    { name: '判赔金额未知', facts: { domesticPatentSuitWon: true }, status: 'needs-info', amountYuan: 0, needs: ['domesticPatentDamagesYuan'] },
  ],
};
