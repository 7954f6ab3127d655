/**
 * Cleans a policy exported from Word into the text the project quotes from.
 * Idempotent: cleaning clean text changes nothing.
 */
const CJK = '\\u3400-\\u9fff\\uf900-\\ufaff';
// Full-width punctuation and symbols that sit next to numbers in the source (％, 、, （ …).
const FULLWIDTH_PUNCT = '\\u3000-\\u303f\\uff01-\\uff0f\\uff1a-\\uff20\\uff3b-\\uff40\\uff5b-\\uff65';
const TIGHT = `${CJK}${FULLWIDTH_PUNCT}%`;

const WORD_ARTIFACTS = [/\[bookmark:[^\]]*\]/g, /\[footnoteRef:[^\]]*\]/g, /\[image:[^\]]*\]/g];

/** Full-width ASCII letters and digits (０–９, Ａ–Ｚ) become half-width; Chinese punctuation stays. */
export function toHalfWidthAlnum(text: string): string {
  return text.replace(/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

export function normalizeLine(line: string): string {
  let s = line;
  for (const artifact of WORD_ARTIFACTS) s = s.replace(artifact, '');
  s = toHalfWidthAlnum(s)
    .replace(/[\u00a0\u2002-\u200a\u202f\u205f]/g, ' ')
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/\t/g, ' ');
  // Stray spaces Word leaves around numbers: `不少于 5 件` → `不少于5件`, `3 万元` → `3万元`.
  s = s
    .replace(new RegExp(`(\\d) +(?=[${TIGHT}])`, 'g'), '$1')
    .replace(new RegExp(`([${TIGHT}]) +(?=\\d)`, 'g'), '$1');
  // Blanks left for a date to be filled in (`2023年  月  日`) stay visible as one space.
  s = s.replace(/ {2,}/g, ' ');
  // Ideographic spaces used for indentation or padding are dropped at the ends.
  return s.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
}

/** Cleans a whole document: normalised lines, empty lines dropped, LF line ends, final newline. */
export function normalizeDocument(raw: string): string {
  const lines = raw
    .replace(/^\ufeff/, '')
    .split(/\r\n|\r|\n/)
    .map(normalizeLine)
    .filter((line) => line.length > 0);
  return lines.join('\n') + '\n';
}
