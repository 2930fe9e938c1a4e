import type { StatsTable } from './tables';

/** Tables for a terminal: columns padded to their widest cell, a rule under the headers. */
export function formatStatsText(tables: readonly StatsTable[]): string {
  return tables.map(textTable).join('\n');
}

/**
 * A cell's text as a terminal should show it: control characters (an escape sequence in a title
 * could recolour or clear the screen) shown as the replacement character.
 */
function printable(cell: string): string {
  return cell.replace(/[\x00-\x1f\x7f-\x9f]/g, '\uFFFD');
}

function textTable(table: StatsTable): string {
  const lines = [table.title, ''];
  if (table.rows.length === 0) {
    lines.push('  (none)');
  } else {
    const rows = table.rows.map((row) => row.map(printable));
    const widths = table.headers.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    const line = (cells: readonly string[]) => ('  ' + cells.map((c, i) => c.padEnd(widths[i])).join('  ')).trimEnd();
    lines.push(line(table.headers), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line));
  }
  if (table.note) lines.push('', `  ${table.note}`);
  return lines.join('\n') + '\n';
}
