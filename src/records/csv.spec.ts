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

describe('toCsv formula guard (what a spreadsheet would run, however it is disguised)', () => {
  const first = (value: string) => toCsv(['a'], [[value]]).slice(1).split('\r\n')[1];

  it.each([
    ['full-width equals', '＝HYPERLINK("http://x")'],
    ['full-width plus', '＋1'],
    ['full-width minus', '－2+3'],
    ['full-width at', '＠SUM(A1)'],
    ['Mongolian vowel separator before =', '\u180E=1+1'],
    ['zero-width space before =', '\u200B=cmd|" /C calc"!A0'],
    ['left-to-right mark before +', '\u200E+1'],
    ['byte order mark before @', '\uFEFF@SUM(A1)'],
    ['word joiner before -', '\u2060-1'],
    ['invisible plus before =', '\u2064=1'],
    ['ideographic space before =', '\u3000=1'],
    ['no-break space before =', '\u00A0=1'],
    ['several invisibles before full-width =', '\u200B\u200F\uFEFF＝1'],
    ['tab', '\t=1'],
    ['carriage return', '\r=1'],
  ])('%s gets the apostrophe', (_name, value) => {
    expect(first(value)).toMatch(/^"?'/);
  });

  it.each([
    ['plain text', '专利导航', '专利导航'],
    ['equals later in the text', '金额=60万', '金额=60万'],
    ['full-width equals later', '金额＝60万', '金额＝60万'],
    ['ASCII equals', '=1+1', "'=1+1"],
    ['ASCII minus', '-2', "'-2"],
  ])('%s: %j → %j', (_name, value, expected) => {
    expect(first(value)).toBe(expected);
  });
});
