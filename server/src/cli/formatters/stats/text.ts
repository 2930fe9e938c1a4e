import type { StatsTable } from './tables';

/** Tables for a terminal: columns padded to their widest cell, a rule under the headers. */
export function formatStatsText(tables: readonly StatsTable[]): string {
  return tables.map(textTable).join('\n');
}

function textTable(table: StatsTable): string {
  const lines = [table.title, ''];
  if (table.rows.length === 0) {
    lines.push('  (none)');
  } else {
    const widths = table.headers.map((h, i) => Math.max(h.length, ...table.rows.map((r) => r[i].length)));
    const line = (cells: readonly string[]) => ('  ' + cells.map((c, i) => c.padEnd(widths[i])).join('  ')).trimEnd();
    lines.push(line(table.headers), line(widths.map((w) => '-'.repeat(w))), ...table.rows.map(line));
  }
  if (table.note) lines.push('', `  ${table.note}`);
  return lines.join('\n') + '\n';
}
