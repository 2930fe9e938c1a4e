import type { parse as parseYaml } from 'yaml';
import type { MetadataField } from '../model';
import { lineRange } from './lines';

export interface FrontMatter {
  data: Record<string, unknown>;
  fields: MetadataField[];
  error?: string;
}

/** Front matter's top-level scalar keys become fields, placed on the line that sets them. */
export function readFrontMatter(source: string, lines: readonly string[], startLine: number): FrontMatter {
  let data: unknown;
  try {
    // Loaded on first use: few postmortems have front matter, and the YAML parser is a large
    // share of start-up for the CLI and the language server.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const parse: typeof parseYaml = require('yaml').parse;
    data = parse(source);
  } catch (error) {
    return { data: {}, fields: [], error: (error as Error).message.split('\n')[0] };
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return { data: {}, fields: [] };
  const fields: MetadataField[] = [];
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    if (value === null || typeof value === 'object') continue;
    const line = lines.findIndex((l, i) => i > startLine && new RegExp(`^${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*:`).test(l));
    if (line < 0) continue;
    const text = lines[line];
    const valueStart = text.indexOf(':') + 1 + (text.slice(text.indexOf(':') + 1).length - text.slice(text.indexOf(':') + 1).trimStart().length);
    fields.push({
      key,
      value: String(value instanceof Date ? value.toISOString() : value),
      line,
      range: lineRange(line, 0, text.trimEnd().length),
      valueRange: lineRange(line, valueStart, text.trimEnd().length),
      source: 'front-matter',
    });
  }
  return { data: data as Record<string, unknown>, fields };
}
