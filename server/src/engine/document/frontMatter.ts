import type { parse as yamlParse } from 'yaml';
import type { MetadataField } from '../model';
import { lineRange } from './lines';
import { readFlatYaml } from './flatYaml';

export interface FrontMatter {
  data: Record<string, unknown>;
  fields: MetadataField[];
  error?: string;
}

function parseYaml(source: string): unknown {
  // Loaded on first use: few postmortems have front matter the flat reader leaves, and the YAML
  // parser is a large share of start-up for the CLI and the language server.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const parse: typeof yamlParse = require('yaml').parse;
  // Duplicate keys are not checked: yaml compares each key with every earlier one, which is
  // quadratic in the keys; the last value of a repeated key wins. Its warnings ("Alias ending in :
  // is ambiguous") would go to the process's stderr on every keystroke: the engine writes nothing.
  return parse(source, { uniqueKeys: false, logLevel: 'error' });
}

/** Front matter's top-level scalar keys become fields, placed on the line that sets them. */
export function readFrontMatter(source: string, lines: readonly string[], startLine: number): FrontMatter {
  let data: unknown;
  try {
    data = readFlatYaml(source) ?? parseYaml(source);
  } catch (error) {
    return { data: {}, fields: [], error: (error as Error).message.split('\n')[0] };
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return { data: {}, fields: [] };
  const fields: MetadataField[] = [];
  const entries = Object.entries(data as Record<string, unknown>).filter(([, value]) => value !== null && typeof value !== 'object');
  const lineOf = keyLines(lines, startLine, new Set(entries.map(([key]) => key)));
  for (const [key, value] of entries) {
    const line = lineOf.get(key);
    if (line === undefined) continue;
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

/** A key may itself hold a colon ("a:b: c"); a line is tried at its first few colons only. */
const MAX_COLONS = 4;

/**
 * The first line after `startLine` that sets each key (`key:` at the start of the line), in one
 * pass that stops once every key is placed: one search per key would be quadratic in the keys.
 */
function keyLines(lines: readonly string[], startLine: number, keys: ReadonlySet<string>): Map<string, number> {
  const found = new Map<string, number>();
  for (let i = startLine + 1; i < lines.length && found.size < keys.size; i++) {
    let colon = -1;
    for (let n = 0; n < MAX_COLONS; n++) {
      colon = lines[i].indexOf(':', colon + 1);
      if (colon < 0) break;
      const key = lines[i].slice(0, colon).trimEnd();
      if (keys.has(key) && !found.has(key)) found.set(key, i);
    }
  }
  return found;
}
