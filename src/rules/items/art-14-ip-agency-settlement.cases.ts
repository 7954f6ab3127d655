import { RuleCases } from '../testing/rule-case';
import { ipAgencySettlement } from './art-14-ip-agency-settlement.rule';

/** Every threshold exactly: 12个月 (满一年), 50件, 10件 — all inclusive. */
const EXACT = { locatedInJindong: true, agencyOperatingMonths: 12, agencyPatentGrantsCount: 50, agencyInventionPatentGrantsCount: 10 };

export const ART14_CASES: RuleCases = {
  rule: ipAgencySettlement,
  cases: [
    { name: '各项恰好达到门槛', facts: EXACT, status: 'eligible', amountYuan: 50000 },
    { name: '运作11个月：未满一年', facts: { ...EXACT, agencyOperatingMonths: 11 }, status: 'ineligible', amountYuan: 0, mentions: ['在金东区运作11个月，未达到12个月'] },
    { name: '授权49件', facts: { ...EXACT, agencyPatentGrantsCount: 49, agencyInventionPatentGrantsCount: 10 }, status: 'ineligible', amountYuan: 0 },
    { name: '发明9件', facts: { ...EXACT, agencyInventionPatentGrantsCount: 9 }, status: 'ineligible', amountYuan: 0 },
    { name: '不在金东区', facts: { ...EXACT, locatedInJindong: false }, status: 'ineligible', amountYuan: 0 },
    { name: '发明专利数未知', facts: { ...EXACT, agencyInventionPatentGrantsCount: undefined }, status: 'needs-info', amountYuan: 0, needs: ['agencyInventionPatentGrantsCount'] },
  ],
};
