import { NumberSources, ungroundedArguments } from './argument-grounding';

describe('tool-argument grounding', () => {
  const sources = () => new NumberSources().addUserText('我们去年销售收入一千二百万，贷款500万元，利率3.45%，计息10个月');

  it.each([
    ['annualSalesYuan', 12_000_000, true],
    ['ipPledgeLoans.0.loanPrincipalYuan', 5_000_000, true],
    // 500 with 万 dropped: a unit mistake, not what the user said.
    ['ipPledgeLoans.0.loanPrincipalYuan', 500, false],
    ['lprOneYearPercent', 3.45, true],
    ['lprOneYearPercent', 3.1, false],
    ['ipPledgeLoans.0.interestMonths', 10, true],
    ['ipPledgeLoans.0.interestMonths', 12, false],
    ['annualSalesYuan', 13_000_000, false],
  ])('%s = %p grounded: %p', (path, value, ok) => {
    const args = path.split('.').reduceRight<unknown>((inner, k) => (/^\d+$/.test(k) ? [inner] : { [k]: inner }), value);
    expect(ungroundedArguments(args, sources())).toEqual(ok ? [] : [{ path, value }]);
  });

  it('accepts figures a tool returned earlier, and zero only when the user said none', () => {
    const s = new NumberSources().addUserText('今年新增35件').addToolResult({ trace: [{ value: 28 }] });
    expect(ungroundedArguments({ newCount: 28, oldCount: 0 }, s)).toEqual([{ path: 'oldCount', value: 0 }]);
    s.addUserText('去年没有');
    expect(ungroundedArguments({ newCount: 28, oldCount: 0 }, s)).toEqual([]);
  });

  it('reads numbers said in words: a whole year is 12 months, everyone trained is 100 %', () => {
    const s = new NumberSources().addUserText('贷款是全年的，员工全部参加了培训');
    expect(ungroundedArguments({ interestMonths: 12, trainingRatePercent: 100 }, s)).toEqual([]);
    expect(ungroundedArguments({ interestMonths: 11 }, s)).toEqual([{ path: 'interestMonths', value: 11 }]);
  });

  it('never lets the digits of a money amount pass as a count', () => {
    const s = new NumberSources().addUserText('第2条已修订，奖励改成100万了，我们新增35件');
    expect(ungroundedArguments({ newCount: 100 }, s)).toEqual([{ path: 'newCount', value: 100 }]);
    expect(ungroundedArguments({ newCount: 2 }, s)).toEqual([{ path: 'newCount', value: 2 }]);
    expect(ungroundedArguments({ newCount: 35 }, s)).toEqual([]);
  });

  it('ignores booleans and texts', () => {
    expect(ungroundedArguments({ repaidOnTime: true, rightType: '专利权' }, new NumberSources())).toEqual([]);
  });
});
