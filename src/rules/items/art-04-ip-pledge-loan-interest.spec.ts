import { calculate, observed } from '../testing/rule-case';
import { ART4_PLEDGE_CASES } from './art-04-ip-pledge-loan-interest.cases';

describe('ip-pledge-loan-interest (art.4.1)', () => {
  it.each(ART4_PLEDGE_CASES.cases)('$name', (c) => {
    const { actual, expected } = observed(ART4_PLEDGE_CASES.rule, c);
    expect(actual).toEqual(expected);
  });

  it.each([
    [{ ipPledgeLoans: [{ rightType: '专利权', loanPrincipalYuan: 100, ipPledgedPrincipalYuan: 200 }] }, 'ipPledgeLoans.0.ipPledgedPrincipalYuan：知识产权质押部分不能大于贷款本金总额'],
    [{ ipPledgeLoans: [{ rightType: '专利权', interestMonths: 13 }] }, 'ipPledgeLoans.0.interestMonths：不应超过12'],
    [{ ipPledgeLoans: [{ rightType: '专利权', interestMonths: 0 }] }, 'ipPledgeLoans.0.interestMonths：应大于0'],
    [{ ipPledgeLoans: [{ rightType: '专利权', interestDays: 400 }] }, 'ipPledgeLoans.0.interestDays：应在1到366之间'],
    [{ ipPledgeLoans: [{ rightType: '专利权', interestDays: 4.5 }] }, 'ipPledgeLoans.0.interestDays：应为整数'],
    [{ ipPledgeLoans: [{ rightType: '专利权', loanRatePercent: 0 }] }, 'ipPledgeLoans.0.loanRatePercent：应大于0'],
    [{ ipPledgeLoans: [{ rightType: '股权' }] }, 'ipPledgeLoans.0.rightType：只能是'],
    [{ lprOneYearPercent: 3.456 }, 'lprOneYearPercent：最多保留两位小数'],
    [{ lprOneYearPercent: 0 }, 'lprOneYearPercent：应大于0'],
  ])('rejects nonsense %j', (facts, message) => {
    expect(() => calculate(ART4_PLEDGE_CASES.rule, facts)).toThrow(message);
  });

  it('states the LPR it used and the announcement it comes from', () => {
    const calc = calculate(ART4_PLEDGE_CASES.rule, ART4_PLEDGE_CASES.cases[0].facts);
    expect(calc.assumptions.join('')).toContain('2024年度取2023年末有效的一年期LPR 3.45%');
    expect(calc.assumptions.join('')).toContain('全国银行间同业拆借中心 2023年12月20日 贷款市场报价利率（LPR）公告：1年期LPR为3.45%');
  });

  it('gives every amount as a ceiling (不高于), with the other reading of 「上年末」 beside it', () => {
    for (const c of ART4_PLEDGE_CASES.cases) {
      const calc = calculate(ART4_PLEDGE_CASES.rule, c.facts);
      expect([c.name, calc.ceiling]).toEqual([c.name, calc.status === 'eligible']);
    }
    const calc = calculate(ART4_PLEDGE_CASES.rule, ART4_PLEDGE_CASES.cases[0].facts);
    expect(calc.explanation).toContain('结论：符合条件，最高可获2.76万元');
    expect(calc.alternatives).toEqual([expect.objectContaining({ interpretationId: 'art4.1-subsidy-year', amountYuan: 24800 })]);
  });

  it('counts days, not whole months: a 45-day loan is 45/365 of a year', () => {
    const facts = (period: Record<string, number>) => ({ pledgeLoanSubsidyYear: 2024, ipPledgeLoans: [{ rightType: '专利权', ipPledgedPrincipalYuan: 5_000_000, repaidOnTime: true, ...period }] });
    const days = calculate(ART4_PLEDGE_CASES.rule, facts({ interestDays: 45 })).amountYuan;
    const months = calculate(ART4_PLEDGE_CASES.rule, facts({ interestMonths: 1.5 })).amountYuan;
    // 45 days and one and a half months are about the same share of a year; two whole months are not.
    expect(days).toBe(17013);
    expect(months).toBe(17250);
    expect(calculate(ART4_PLEDGE_CASES.rule, facts({ interestMonths: 2 })).amountYuan).toBe(23000);
  });

  it('asks for no more than the ceiling needs and the text requires: not the interest paid', () => {
    const calc = calculate(ART4_PLEDGE_CASES.rule, { pledgeLoanSubsidyYear: 2024, ipPledgeLoans: [{ rightType: '商标权', loanPrincipalYuan: 3_000_000 }] });
    expect(calc.needsInfo.map((n) => n.fact).sort()).toEqual(['ipPledgeLoans.0.interestMonths', 'ipPledgeLoans.0.ipPledgedPrincipalYuan', 'ipPledgeLoans.0.repaidOnTime']);
  });

  it('with only the repayment unstated, asks it and computes nothing yet (the service adds the amount if so)', () => {
    const calc = calculate(ART4_PLEDGE_CASES.rule, { pledgeLoanSubsidyYear: 2024, ipPledgeLoans: [{ rightType: '专利权', ipPledgedPrincipalYuan: 1_000_000, interestMonths: 12 }] });
    expect(calc.needsInfo.map((n) => n.fact)).toEqual(['ipPledgeLoans.0.repaidOnTime']);
    expect(calc.amountYuan).toBe(0);
  });
});
