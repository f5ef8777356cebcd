/**
 * CSV as Excel reads it (RFC 4180): fields separated by commas, lines by CRLF; a field with a
 * comma, quote, line break or edge space is quoted, its quotes doubled. Text that a spreadsheet
 * would run as a formula (=, +, -, @ first) gets a leading apostrophe. Pure.
 */
export type CsvValue = string | number | null | undefined;

/** The byte-order mark that makes Excel read the file as UTF-8 (Chinese text included). */
export const UTF8_BOM = '\uFEFF';

export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The rows as one CSV text (header row first, if given), without the BOM. */
export function toCsv(rows: readonly (readonly CsvValue[])[]): string {
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
