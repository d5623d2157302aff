/** Plain-text table for terminals: a header, a rule, aligned columns (numbers right-aligned). */
export interface TextColumn {
  header: string;
  align?: 'left' | 'right';
}

export function renderTextTable(columns: readonly TextColumn[], rows: readonly (readonly string[])[]): string {
  const widths = columns.map((column, index) => Math.max(displayWidth(column.header), ...rows.map((row) => displayWidth(row[index] ?? ''))));
  const line = (cells: readonly string[]) => cells
    .map((cell, index) => (columns[index].align === 'right' ? pad(cell, widths[index], 'left') : pad(cell, widths[index], 'right')))
    .join('  ')
    .trimEnd();
  return [line(columns.map((column) => column.header)), widths.map((width) => '─'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

function displayWidth(text: string): number {
  return [...text].length;
}

function pad(text: string, width: number, side: 'left' | 'right'): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return side === 'left' ? fill + text : text + fill;
}
