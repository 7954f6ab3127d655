export type CsvCell = string | number | boolean | null | undefined;

/** Excel reads a UTF-8 file as the local code page unless it starts with a byte order mark. */
const BOM = '\uFEFF';

/** What a spreadsheet may run as a formula when a cell starts with it. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Characters that show nothing (format characters: zero-width, bidi marks, BOM, word joiner, U+180E, …;
 * spaces): a cell that starts with them and then `=` still looks like, and may run as, a formula.
 */
const LEADING_INVISIBLE = /^[\p{Cf}\p{Zs}]+/u;

/**
 * True when the text would start a formula once invisible characters are skipped and compatibility forms
 * folded (NFKC turns the full-width ＝＋－＠ and the small ﹦﹢﹣﹫ into = + - @). Only the start matters,
 * so only a few characters are normalised, however long the answer.
 */
export function looksLikeFormula(text: string): boolean {
  if (FORMULA_START.test(text)) return true;
  const start = text.replace(LEADING_INVISIBLE, '').slice(0, 16).normalize('NFKC').replace(LEADING_INVISIBLE, '');
  return FORMULA_START.test(start);
}

/**
 * RFC 4180 CSV with CRLF line ends. Text that a spreadsheet would run as a formula (`=…`, `+…`, `-…`,
 * `@…`, also behind invisible characters or in full-width) gets a leading apostrophe: questions come
 * from the public and the export is opened in Excel.
 */
export function toCsv(header: readonly string[], rows: readonly CsvCell[][]): string {
  return BOM + [header, ...rows].map(csvRow).join('');
}

/** The start of a CSV file written piece by piece: the byte order mark and the header row. */
export function csvHead(header: readonly string[]): string {
  return BOM + csvRow(header);
}

/** One row with its CRLF. */
export function csvRow(row: readonly CsvCell[]): string {
  return row.map(cell).join(',') + '\r\n';
}

function cell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && looksLikeFormula(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}
