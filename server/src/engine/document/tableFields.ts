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
