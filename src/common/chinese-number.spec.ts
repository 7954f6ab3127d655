import { extractQuantities, parseNumber } from './chinese-number';

describe('parseNumber', () => {
  it.each([
    ['12', 12], ['1,200', 1200], ['1.2', 1.2], ['２４', 24],
    ['十', 10], ['十二', 12], ['三十五', 35], ['一百', 100], ['一百零五', 105], ['一千二百三十四', 1234],
    ['两千', 2000], ['两千万', 20_000_000], ['一千二百万', 12_000_000], ['一亿二千万', 120_000_000],
    ['二十五万', 250_000], ['两万五', 25_000], ['一万二', 12_000], ['三百五', 350], ['一千二', 1200],
    ['壹佰万', 1_000_000], ['十万', 100_000], ['万', 10_000],
    ['1.2亿', 120_000_000], ['3千万', 30_000_000], ['2万5', 25_000], ['25万', 250_000], ['1,200万', 12_000_000],
  ])('%s → %d', (raw, value) => {
    expect(parseNumber(raw)).toBe(value);
  });

  it.each(['', 'abc', '专利', '1.2.3'])('%j is not a number', (raw) => {
    expect(parseNumber(raw)).toBeUndefined();
  });
});

const q = (text: string) => extractQuantities(text).map((x) => ({ value: x.value, unit: x.unit, counter: x.counter }));

describe('extractQuantities', () => {
  it.each([
    ['今年新增高价值发明专利35件', [{ value: 35, unit: 'count', counter: '件' }]],
    ['十二件发明专利，比上年增加6件', [{ value: 12, unit: 'count', counter: '件' }, { value: 6, unit: 'count', counter: '件' }]],
    ['判赔二十五万元', [{ value: 250_000, unit: 'yuan', counter: undefined }]],
    ['发行规模1.2亿元', [{ value: 120_000_000, unit: 'yuan', counter: undefined }]],
    ['保费2.4万', [{ value: 24_000, unit: 'yuan', counter: undefined }]],
    ['贷了1500w', [{ value: 15_000_000, unit: 'yuan', counter: undefined }]],
    // k is typed for 千 (of yuan); a currency sign before a bare figure makes it yuan.
    ['注册费8k', [{ value: 8_000, unit: 'yuan', counter: undefined }]],
    ['注册费2w8', [{ value: 28_000, unit: 'yuan', counter: undefined }]],
    // The tail digit of 2万5 stands alone: in 200万12个月 the 12 is its own number.
    ['200万12个月', [{ value: 2_000_000, unit: 'yuan', counter: undefined }, { value: 12, unit: 'months', counter: undefined }]],
    ['300万6个月', [{ value: 3_000_000, unit: 'yuan', counter: undefined }, { value: 6, unit: 'months', counter: undefined }]],
    ['保费¥80,000', [{ value: 80_000, unit: 'yuan', counter: undefined }]],
    ['fee RMB 15000', [{ value: 15_000, unit: 'yuan', counter: undefined }]],
    ['保费1.2W', [{ value: 12_000, unit: 'yuan', counter: undefined }]],
    ['销售额两千万', [{ value: 20_000_000, unit: 'yuan', counter: undefined }]],
    ['每个国家2000元', [{ value: 2000, unit: 'yuan', counter: undefined }]],
    ['占比百分之二十', [{ value: 20, unit: 'percent', counter: undefined }]],
    ['占比30%', [{ value: 30, unit: 'percent', counter: undefined }]],
    ['培训了八成员工', [{ value: 80, unit: 'percent', counter: undefined }]],
    ['贷款期限6个月', [{ value: 6, unit: 'months', counter: undefined }]],
    ['跟15家企业签了许可', [{ value: 15, unit: 'count', counter: '家' }]],
    ['LPR是3.45%', [{ value: 3.45, unit: 'percent', counter: undefined }]],
  ])('%s', (text, expected) => {
    expect(q(text)).toEqual(expected);
  });

  it.each(['第一档能拿多少', '拿了一等奖', '一次性奖励', '一起申请', '万人拥有量', '有一点多', '两点开会'])('%s has no quantity', (text) => {
    expect(extractQuantities(text)).toEqual([]);
  });

  it('keeps vague amounts as ranges', () => {
    const [teens] = extractQuantities('有十几件发明专利');
    expect(teens).toMatchObject({ value: 10, min: 11, max: 19, approximate: true, unit: 'count' });
    const [twenties] = extractQuantities('二十多万元');
    expect(twenties).toMatchObject({ min: 210_000, max: 299_999, approximate: true, unit: 'yuan' });
    const [fifty] = extractQuantities('五万多元');
    expect(fifty).toMatchObject({ value: 50_000, min: 50_001, max: 59_999 });
    const [about] = extractQuantities('差不多两百万');
    expect(about).toMatchObject({ value: 2_000_000, approximate: true, unit: 'yuan' });
    const [exact] = extractQuantities('35件');
    expect(exact).toMatchObject({ min: 35, max: 35, approximate: false });
  });

  it.each([
    // Fixes: each of these was read wrongly before (百分之百 dropped, 二十余万 as 20, 三四十件 as exactly 40,
    // 几十万 as exactly 十万, 九成五 as 90%, 三年多 as the empty range 4–3, 3月15日 as a 3-month duration).
    ['培训率百分之百', { value: 100, min: 100, max: 100, approximate: false, unit: 'percent' }],
    ['培训率百分百', { value: 100, min: 100, max: 100, approximate: false, unit: 'percent' }],
    ['判赔二十余万元', { value: 200_000, min: 210_000, max: 299_999, approximate: true, unit: 'yuan' }],
    ['三十余件', { value: 30, min: 31, max: 39, approximate: true, unit: 'count' }],
    ['三四十件', { value: 30, min: 30, max: 40, approximate: true, unit: 'count' }],
    ['七八件', { value: 7, min: 7, max: 8, approximate: true, unit: 'count' }],
    ['一两件', { value: 1, min: 1, max: 2, approximate: true, unit: 'count' }],
    ['两三百万', { value: 2_000_000, min: 2_000_000, max: 3_000_000, approximate: true, unit: 'yuan' }],
    ['十一二件', { value: 11, min: 11, max: 12, approximate: true, unit: 'count' }],
    ['几十万', { value: 200_000, min: 200_000, max: 900_000, approximate: true, unit: 'yuan' }],
    ['十来件', { value: 10, min: 9, max: 11, approximate: true, unit: 'count' }],
    ['营收900来万', { value: 9_000_000, min: 8_100_000, max: 9_900_000, approximate: true, unit: 'yuan' }],
    ['九成五', { value: 95, min: 95, max: 95, approximate: false, unit: 'percent' }],
    ['开了三年多', { value: 3, min: 3, max: 4, approximate: true, unit: 'years' }],
    // A year and months are one duration.
    ['开了一年零两个月', { value: 14, min: 14, max: 14, approximate: false, unit: 'months' }],
    ['运作1年3个月', { value: 15, min: 15, max: 15, approximate: false, unit: 'months' }],
    // Chinese decimals: the fraction digit by digit, never a range of its last two digits.
    ['LPR百分之三点四五', { value: 3.45, min: 3.45, max: 3.45, approximate: false, unit: 'percent' }],
    ['保费一点五万', { value: 15_000, min: 15_000, max: 15_000, approximate: false, unit: 'yuan' }],
    ['零点八亿', { value: 80_000_000, min: 80_000_000, max: 80_000_000, approximate: false, unit: 'yuan' }],
  ])('%s is one vague or fixed quantity', (text, expected) => {
    const all = extractQuantities(text);
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject(expected);
  });

  it.each(['3月15日签的合同', '2023年3月', '一来一回', '从5月份开始'])('%s: dates and words are not quantities', (text) => {
    expect(extractQuantities(text).filter((x) => x.unit !== 'years')).toEqual([]);
  });

  it('still reads a month count as a duration', () => {
    expect(q('贷了6个月')).toEqual([{ value: 6, unit: 'months', counter: undefined }]);
    expect(q('期限12月')).toEqual([{ value: 12, unit: 'months', counter: undefined }]);
  });

  it('reads the spoken 个亿 and money in 人民币', () => {
    expect(q('发行了3个亿')).toEqual([{ value: 300_000_000, unit: 'yuan', counter: undefined }]);
    expect(q('两个亿元')).toEqual([{ value: 200_000_000, unit: 'yuan', counter: undefined }]);
    expect(q('律师费80万人民币')).toEqual([{ value: 800_000, unit: 'yuan', counter: undefined }]);
    expect(q('员工120人')).toEqual([{ value: 120, unit: 'count', counter: '人' }]);
  });

  it('reports where each quantity stands', () => {
    const [a, b] = extractQuantities('专利12件，销售额500万元');
    expect([a.index, a.raw, b.index, b.raw]).toEqual([2, '12件', 9, '500万元']);
  });
});
