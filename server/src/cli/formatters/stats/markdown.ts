import type { StatsTable } from './tables';

/** Tables in GitHub Markdown, to paste into a monthly review or a wiki page. */
export function formatStatsMarkdown(tables: readonly StatsTable[]): string {
  return tables.map(markdownTable).join('\n');
}

function markdownTable(table: StatsTable): string {
  const lines = [`## ${table.title}`, ''];
  if (table.rows.length === 0) {
    lines.push('None.');
  } else {
    const row = (cells: readonly string[]) => `| ${cells.map(cell).join(' | ')} |`;
    lines.push(row(table.headers), row(table.headers.map(() => '---')), ...table.rows.map(row));
  }
  if (table.note) lines.push('', table.note);
  return lines.join('\n') + '\n';
}

/** A cell's text kept in its cell: a pipe would end it, a line break would end the row. */
function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
