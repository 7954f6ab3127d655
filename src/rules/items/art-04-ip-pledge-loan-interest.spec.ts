import { calculate, observed } from '../testing/rule-case';
import { ART4_PLEDGE_CASES } from './art-04-ip-pledge-loan-interest.cases';

describe('ip-pledge-loan-interest (art.4.1)', () => {
  it.each(ART4_PLEDGE_CASES.cases)('$name', (c) => {
    const { actual, expected } = observed(ART4_PLEDGE_CASES.rule, c);
    expect(actual).toEqual(expected);
  });

  it.each([
    [{ ipPledgeLoans: [{ rightType: '专利权', loanPrincipalYuan: 100, ipPledgedPrincipalYuan: 200 }] }, 'ipPledgeLoans.0.ipPledgedPrincipalYuan：知识产权质押部分不能大于贷款本金总额'],
    [{ ipPledgeLoans: [{ rightType: '专利权', interestMonths: 13 }] }, 'ipPledgeLoans.0.interestMonths：应在1到12之间'],
    [{ ipPledgeLoans: [{ rightType: '股权' }] }, 'ipPledgeLoans.0.rightType：只能是'],
    [{ lprOneYearPercent: 3.456 }, 'lprOneYearPercent：最多保留两位小数'],
    [{ lprOneYearPercent: 0 }, 'lprOneYearPercent：应大于0'],
  ])('rejects nonsense %j', (facts, message) => {
    expect(() => calculate(ART4_PLEDGE_CASES.rule, facts)).toThrow(message);
  });

  it('states the LPR it used and where it comes from', () => {
    const calc = calculate(ART4_PLEDGE_CASES.rule, ART4_PLEDGE_CASES.cases[0].facts);
    expect(calc.assumptions.join('')).toContain('2023年12月（2023-12-20）公布值3.45%');
  });
});
