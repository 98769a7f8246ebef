/** RFC 4180 CSV output: comma-separated, CRLF line ends, fields quoted when they hold a comma, a quote or a line break. */

const needsQuotes = /[",\r\n]|^\s|\s$/;

/**
 * A spreadsheet runs a cell that starts with = + - @ (or a tab or carriage return) as a formula, so a
 * text cell starting with one of them, or with the apostrophe that marks such an escape, gets an
 * apostrophe in front. `unescapeCell` takes exactly that apostrophe off, so an export imports back unchanged.
 */
const FORMULA_START = /^[=+\-@\t\r']/;

export const escapeCell = (text: string) => (FORMULA_START.test(text) ? `'${text}` : text);
export const unescapeCell = (text: string) => (text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text);

export type Cell = { text: string } | { number: string } | null | undefined;

function csvField(cell: Cell): string {
  if (!cell) return '';
  const text = 'number' in cell ? cell.number : escapeCell(cell.text);
  return needsQuotes.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(cells: readonly Cell[]): string {
  return `${cells.map(csvField).join(',')}\r\n`;
}

export const text = (value: string | null | undefined): Cell => (value === null || value === undefined ? null : { text: value });
/** A number, written so that reading it back gives the same double (JavaScript's shortest round-trip form). */
export const number = (value: number | string | null | undefined): Cell => (value === null || value === undefined ? null : { number: String(value) });
