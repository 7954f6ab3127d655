import { toCsv } from './csv';

describe('toCsv', () => {
  it('starts with a byte order mark so Excel reads the Chinese text as UTF-8, and ends rows with CRLF', () => {
    const csv = toCsv(['问题', '金额'], [['多少钱', 600000]]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1)).toBe('问题,金额\r\n多少钱,600000\r\n');
  });

  it('quotes fields with commas, quotes, line breaks or edge spaces, doubling inner quotes', () => {
    const csv = toCsv(['a'], [['依据第2条：“奖励”，共"60"万'], ['第一行\n第二行'], [' 前后空格 '], [null], [undefined], [true]]);
    expect(csv.slice(1).split('\r\n')).toEqual(['a', '"依据第2条：“奖励”，共""60""万"', '"第一行\n第二行"', '" 前后空格 "', '', '', 'true', '']);
  });

  it('defuses text that a spreadsheet would run as a formula, but not numbers', () => {
    const csv = toCsv(['a'], [['=HYPERLINK("http://x")'], ['+1'], ['-2+3'], ['@SUM(A1)'], [-5]]);
    expect(csv.slice(1).split('\r\n').slice(1, 6)).toEqual(['"\'=HYPERLINK(""http://x"")"', "'+1", "'-2+3", "'@SUM(A1)", '-5']);
  });
});
