import { SIMPLIFIED, TRADITIONAL } from './traditional-chars.data';
import { toSimplified } from './simplified-chinese';

describe('toSimplified', () => {
  it.each([
    ['專利權質押貸款', '专利权质押贷款'],
    ['在臺灣打的官司勝訴了，判賠30萬', '在台湾打的官司胜诉了，判赔30万'],
    ['馬德里國際註冊費', '马德里国际注册费'],
    ['綠色產品認證', '绿色产品认证'],
  ])('%s → %s', (traditional, simplified) => {
    expect(toSimplified(traditional)).toBe(simplified);
  });

  it('leaves simplified text, digits and Latin letters as they are (著作权 keeps 著)', () => {
    const text = '著作权质押贷款500万，LPR 3.45%，干部于是乾隆';
    expect(toSimplified(text)).toBe(text);
  });

  it('the table is one to one and never maps a character to itself', () => {
    expect([...TRADITIONAL].length).toBe([...SIMPLIFIED].length);
    expect(new Set(TRADITIONAL).size).toBe([...TRADITIONAL].length);
    expect([...TRADITIONAL].filter((t, i) => t === [...SIMPLIFIED][i])).toEqual([]);
  });
});
