export type CsvCell = string | number | boolean | null | undefined;

/** Excel reads a UTF-8 file as the local code page unless it starts with a byte order mark. */
const BOM = '\uFEFF';

/**
 * RFC 4180 CSV with CRLF line ends. Text that a spreadsheet would run as a formula (`=…`, `+…`, `-…`,
 * `@…`) gets a leading apostrophe: questions come from the public and the export is opened in Excel.
 */
export function toCsv(header: readonly string[], rows: readonly CsvCell[][]): string {
  return BOM + [header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}

function cell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}
