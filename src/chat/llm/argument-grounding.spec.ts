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

  // Regression (audit, issue 5): the 0s of 5000 and 100% were taken for “the user said zero”, the model's
  // invented last-year count of 0 was computed with, and LLM mode paid 12万元 where the offline engine asks.
  const ART1_NO_LAST_YEAR = '我们通过了贯标认证，自主研发发明专利30件，销售收入5000万元，专利产品占比40%，研发人员培训率100%，能拿多少？';

  it('a zero nobody said is not grounded by the 0s inside other numbers', () => {
    const s = new NumberSources().addUserText(ART1_NO_LAST_YEAR);
    expect(ungroundedArguments({ selfDevelopedInventionPatentsCount: 30, selfDevelopedInventionPatentsLastYearCount: 0 }, s)).toEqual([
      { path: 'selfDevelopedInventionPatentsLastYearCount', value: 0 },
    ]);
  });

  it.each([
    ['去年0件', true],
    ['上年末是0', true],
    ['去年没有', true],
    ['去年一件也没有', true],
    ['我们一件发明专利都没有', true],
    ['今年没有新增', true],
    ['专利数为零', true],
    ['2023年贷款100万，利率3.45%', false],
    ['培训率100%，销售收入5000万元', false],
    ['联盟未备案', false],
    ['我们没有贯标', false],
    ['主要做汽车零件，有5件专利', false],
    ['一共一百零五件', false],
    ['无锡的分公司', false],
  ])('zero said in “%s”: %p', (text, said) => {
    const s = new NumberSources().addUserText(text);
    expect(ungroundedArguments({ selfDevelopedInventionPatentsLastYearCount: 0 }, s)).toHaveLength(said ? 0 : 1);
  });

  it('with the offline engine’s facts, a zero is grounded only for a field the engine read as 0', () => {
    const s = new NumberSources().addUserText('今年没有新增高价值专利，去年末有20件发明专利').useFacts({ newHighValueInventionPatentsCount: 0, selfDevelopedInventionPatentsLastYearCount: 20 });
    expect(ungroundedArguments({ newHighValueInventionPatentsCount: 0 }, s)).toEqual([]);
    // The “none” was said about something else: the text alone would have let it pass.
    expect(ungroundedArguments({ selfDevelopedInventionPatentsCount: 0 }, s)).toEqual([{ path: 'selfDevelopedInventionPatentsCount', value: 0 }]);
    expect(ungroundedArguments({ selfDevelopedInventionPatentsLastYearCount: 0 }, s)).toEqual([{ path: 'selfDevelopedInventionPatentsLastYearCount', value: 0 }]);
    // Inside a list the engine's entries may not line up with the model's: the words decide.
    expect(ungroundedArguments({ ipPledgeLoans: [{ interestPaidYuan: 0 }] }, s)).toEqual([]);
  });

  it('a count is grounded by a count or a bare number, never by money, a year or months; money only by money', () => {
    const s = new NumberSources().addUserText('销售收入5000万元，2023年的贷款计息10个月，发明专利有30');
    expect(ungroundedArguments({ selfDevelopedInventionPatentsCount: 50_000_000 }, s)).toEqual([{ path: 'selfDevelopedInventionPatentsCount', value: 50_000_000 }]);
    expect(ungroundedArguments({ annualSalesYuan: 50_000_000 }, s)).toEqual([]);
    expect(ungroundedArguments({ newHighValueInventionPatentsCount: 2023 }, s)).toEqual([{ path: 'newHighValueInventionPatentsCount', value: 2023 }]);
    expect(ungroundedArguments({ newHighValueInventionPatentsCount: 10 }, s)).toEqual([{ path: 'newHighValueInventionPatentsCount', value: 10 }]);
    expect(ungroundedArguments({ selfDevelopedInventionPatentsCount: 30, pledgeLoanSubsidyYear: 2023 }, s)).toEqual([]);
    expect(ungroundedArguments({ annualSalesYuan: 10 }, s)).toEqual([{ path: 'annualSalesYuan', value: 10 }]);
    expect(ungroundedArguments({ ipStaffTrainingRatePercent: 2023 }, s)).toEqual([{ path: 'ipStaffTrainingRatePercent', value: 2023 }]);
  });
});
