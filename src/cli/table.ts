export interface Column<Row> {
  header: string;
  value: (row: Row) => string;
  /** Numbers read best right-aligned. */
  align?: 'left' | 'right';
}

/**
 * Terminal columns a string takes: Chinese characters (names, unit words) take two,
 * so padding by string length alone would shear the table.
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    const wide =
      (code >= 0x1100 && code <= 0x115f) ||
      (code >= 0x2e80 && code <= 0xa4cf) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe30 && code <= 0xfe4f) ||
      (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6) ||
      code >= 0x20000;
    width += wide ? 2 : 1;
  }
  return width;
}

export function renderTable<Row>(columns: Column<Row>[], rows: Row[]): string {
  const cells = rows.map((row) => columns.map((column) => column.value(row)));
  const widths = columns.map((column, i) => Math.max(displayWidth(column.header), ...cells.map((line) => displayWidth(line[i]))));
  const render = (line: string[]) =>
    line
      .map((cell, i) => {
        const padding = ' '.repeat(widths[i] - displayWidth(cell));
        return columns[i].align === 'right' ? padding + cell : cell + padding;
      })
      .join('  ')
      .trimEnd();
  return [render(columns.map((column) => column.header)), ...cells.map(render)].join('\n');
}

/**
 * A number grouped by thousands: 27,000,000. Stored values are shown in full; derived ones
 * (a gap, a difference of floats) pass fewer digits so that rounding noise stays hidden.
 */
export const formatNumber = (value: number, maxFractionDigits = 20) =>
  new Intl.NumberFormat('en-US', { maximumFractionDigits: maxFractionDigits }).format(value);

/** Shown where a value is absent (no figure yet), so that it is never read as zero. */
export const NONE = '-';
