import { stripInvisible } from './text-sanitize';

describe('stripInvisible', () => {
  it.each([
    ['专\u200b利', '专利'],
    ['a\u202eb', 'ab'],
    ['奖\u{e0041}\u{e0042}补', '奖补'],
    ['x\u0000y\u0007z', 'xyz'],
    ['第一行\n第二行\t缩进', '第一行\n第二行\t缩进'],
    ['\ufeff开头', '开头'],
  ])('%j → %j', (input, output) => {
    expect(stripInvisible(input)).toBe(output);
  });
});
