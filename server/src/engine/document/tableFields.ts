import type { MetadataField } from '../model';
import type { MarkdownStructure } from './markdown';
import { lineRange } from './lines';

/** A key cell is a short name ("Started", "Duration", "Time to detection"), not a sentence. */
const KEY_CELL = /^[A-Za-z][\w ()/&'’.-]{0,40}$/;

/**
 * Rows of a table that are a key and a value (`| Started | 2023-09-19 06:15 UTC |`, an impact
 * table's `| Duration | 3h 45m |`), read as fields. They are not the document's metadata: the
 * rules that ask for fields ask for written labels.
 */
export function tableFields(lines: readonly string[], structure: MarkdownStructure): MetadataField[] {
  const fields: MetadataField[] = [];
  for (const table of structure.tables) {
    // | Customers Impacted | Service Outage |, then one row of values: each column is a field.
    if (table.rows.length === 1) {
      const [row] = table.rows;
      table.header.cells.forEach((keyCell, i) => {
        const valueCell = row.cells[i];
        const key = keyCell.text.replace(/[*_`]/g, '').trim();
        if (!valueCell?.text || !KEY_CELL.test(key)) return;
        fields.push({ key, value: valueCell.text, line: row.line, range: lineRange(row.line, valueCell.start, valueCell.end), valueRange: lineRange(row.line, valueCell.start, valueCell.end), source: 'table' });
      });
      continue;
    }
    for (const row of table.rows) {
      const [keyCell, valueCell] = row.cells;
      const key = keyCell?.text.replace(/[*_`]/g, '').trim();
      if (!key || !valueCell || !valueCell.text || !KEY_CELL.test(key)) continue;
      fields.push({
        key,
        value: valueCell.text,
        line: row.line,
        range: lineRange(row.line, keyCell.start, valueCell.end),
        valueRange: lineRange(row.line, valueCell.start, valueCell.end),
        source: 'table',
      });
    }
  }
  return fields;
}
