import { maskPersonalData } from './personal-data';

describe('maskPersonalData', () => {
  it.each([
    ['我电话13812345678，请回电', '我电话138****5678，请回电'],
    ['手机 +86 138-1234-5678', '手机 +86****5678'],
    ['座机0579-82345678', '座机0579****78'],
    ['身份证330702199001011234', '身份证330***********1234'],
    ['身份证33070219900101123X。', '身份证330***********123X。'],
    ['老身份证330702900101123', '老身份证330********1123'],
    ['卡号6222021234567890123', '卡号6222********0123'],
    ['邮箱 zhang.san@example.com', '邮箱 [邮箱]'],
  ])('masks %s', (input, masked) => {
    expect(maskPersonalData(input)).toBe(masked);
  });

  it.each(['销售收入12000000元，专利35件', '贷款500万元，利息4.5%，2023年', '信用代码91330703MA2DXXXX1L'])(
    'leaves amounts, years and codes alone: %s',
    (text) => {
      expect(maskPersonalData(text)).toBe(text);
    },
  );
});
