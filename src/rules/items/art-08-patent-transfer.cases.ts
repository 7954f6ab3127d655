import { RuleCases } from '../testing/rule-case';
import { patentTransfer } from './art-08-patent-transfer.rule';

const BASE = { organizationType: '高校', locatedInJindong: true, patentTransferLicenseeCount: 15, patentTransferValueYuan: 2_000_000 };

export const ART8_CASES: RuleCases = {
  rule: patentTransfer,
  cases: [
    // exactly 15家（含）; 200万 × 5% = 10万
    { name: '恰好15家（含）', facts: BASE, status: 'eligible', amountYuan: 100000 },
    { name: '14家不够', facts: { ...BASE, patentTransferLicenseeCount: 14 }, status: 'ineligible', amountYuan: 0, mentions: ['当年累计受让（被许可）的金东区企业14家，未达到15家'] },
    { name: '科研机构同样适用', facts: { ...BASE, organizationType: '科研机构' }, status: 'eligible', amountYuan: 100000 },
    // 9 999 980 × 5% = 499 999 just under 50万
    { name: '刚低于上限', facts: { ...BASE, patentTransferValueYuan: 9_999_980 }, status: 'eligible', amountYuan: 499999 },
    // 1000万 × 5% = 50万 = cap
    { name: '恰好等于上限', facts: { ...BASE, patentTransferValueYuan: 10_000_000 }, status: 'eligible', amountYuan: 500000 },
    // 10 000 020 × 5% = 500 001 → 50万
    { name: '刚超过上限', facts: { ...BASE, patentTransferValueYuan: 10_000_020 }, status: 'eligible', amountYuan: 500000, capsYuan: [500000] },
    // 123 457 × 5% = 6172.85 → 6172
    { name: '向下取整', facts: { ...BASE, patentTransferValueYuan: 123_457 }, status: 'eligible', amountYuan: 6172 },
    { name: '企业不适用', facts: { ...BASE, organizationType: '企业' }, status: 'ineligible', amountYuan: 0, mentions: ['本条只奖励高校、科研机构'] },
    { name: '不在金东区', facts: { ...BASE, locatedInJindong: false }, status: 'ineligible', amountYuan: 0 },
    { name: '成交金额为0', facts: { ...BASE, patentTransferValueYuan: 0 }, status: 'ineligible', amountYuan: 0 },
    { name: '成交金额未知', facts: { ...BASE, patentTransferValueYuan: undefined }, status: 'needs-info', amountYuan: 0, needs: ['patentTransferValueYuan'] },
  ],
};
