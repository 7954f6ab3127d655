import { normalizeDocument, normalizeLine, toHalfWidthAlnum } from './text-normalize';

describe('normalizeLine', () => {
  it.each([
    ['[bookmark: _GoBack]金华市金东区人民政府', '金华市金东区人民政府'],
    ['不少于10 件且比上年同比增长 5 件以上。', '不少于10件且比上年同比增长5件以上。'],
    ['企业年销售收入达到 500 万元以上', '企业年销售收入达到500万元以上'],
    ['最高不超过3 万元；', '最高不超过3万元；'],
    ['按每个国家 2000 元给予补助。', '按每个国家2000元给予补助。'],
    ['不低于 20%。 ', '不低于20%。'],
    ['本意见自2023年  月  日起实施', '本意见自2023年 月 日起实施'],
    ['     金华市金东区人民政府    ', '金华市金东区人民政府'],
    ['贷款LPR利率80%', '贷款LPR利率80%'],
    ['全角数字１０件', '全角数字10件'],
    ['零宽\u200b字符\ufeff', '零宽字符'],
    ['\u3000\u3000首行缩进', '首行缩进'],
  ])('%j → %j', (raw, clean) => {
    expect(normalizeLine(raw)).toBe(clean);
  });

  it('keeps Chinese full-width punctuation as it is', () => {
    expect(normalizeLine('（一）知识产权创造能力大幅提升。发明专利')).toBe('（一）知识产权创造能力大幅提升。发明专利');
  });
});

describe('toHalfWidthAlnum', () => {
  it('converts only letters and digits', () => {
    expect(toHalfWidthAlnum('ＬＰＲ１年（含）')).toBe('LPR1年（含）');
  });
});

describe('normalizeDocument', () => {
  it('drops blank lines, unifies line ends and is idempotent', () => {
    const raw = '\ufeff[bookmark: _GoBack]标题\r\n\r\n第一段 10 件\r\n \r\n第二段\r';
    const clean = normalizeDocument(raw);
    expect(clean).toBe('标题\n第一段10件\n第二段\n');
    expect(normalizeDocument(clean)).toBe(clean);
  });
});
