import type { MetadataField, StatedDuration } from '../model';
import type { MarkdownStructure } from './markdown';
import { normalizeTitle } from '../templates/normalize';
import { scanLine } from '../time/scan';
import { readStatedDuration } from './statedDurations';

/** Keys under which a document states how long the incident lasted ("Total impact duration", "Time to recovery"). */
const DURATION_KEY = /\b(?:duration|downtime|length|outage|time to (?:recover|recovery|resolve|resolution|restore|restoration))\b|^ttr$/;
/** Keys under which it states how long detection took ("Time to detection: 2 minutes"). */
const DETECTION_KEY = /\btime to (?:detect|detection)\b|^ttd$/;

export interface StatedFacts {
  /** Lengths of the incident the document states, fields first. */
  durations: StatedDuration[];
  /** The time to detect the document states, if it states one. */
  timeToDetect?: StatedDuration;
}

interface KeyedValue {
  key: string;
  line: number;
  /** Where the value starts on its line. */
  start: number;
  value: string;
}

/** Fields (`**Duration:** 3h`) and two-column table rows (`| Duration | 3h 45m |`) as key and value. */
function keyedValues(lines: readonly string[], fields: readonly MetadataField[], structure: MarkdownStructure): KeyedValue[] {
  const values: KeyedValue[] = fields.map((f) => ({ key: f.key, line: f.line, start: f.valueRange.start.character, value: lines[f.line].slice(f.valueRange.start.character) }));
  for (const table of structure.tables) {
    for (const row of table.rows) {
      const [key, value] = row.cells;
      if (key && value) values.push({ key: key.text.replace(/[*_`]/g, ''), line: row.line, start: value.start, value: lines[row.line].slice(value.start, value.end) });
    }
  }
  return values;
}

/**
 * What the document says of its own length and detection, in fields, tables and the sentences of
 * its summary (`proseLines`: "the outage lasted 45 minutes").
 */
export function readStatedFacts(lines: readonly string[], fields: readonly MetadataField[], structure: MarkdownStructure, proseLines: Iterable<number>): StatedFacts {
  const facts: StatedFacts = { durations: [] };
  const seen = new Set<number>();
  for (const { key, line, start, value } of keyedValues(lines, fields, structure)) {
    const normal = normalizeTitle(key);
    const isDuration = DURATION_KEY.test(normal) && !/\b(?:start|end|began|ended)\b/.test(normal);
    const isDetection = DETECTION_KEY.test(normal);
    if (!isDuration && !isDetection) continue;
    seen.add(line);
    // A duration written as a range of times is a start and an end, not a stated length.
    if (scanLine(value).filter((t) => t.time).length >= 2) continue;
    const stated = readStatedDuration(value, line, start, true);
    if (!stated) continue;
    if (isDetection) facts.timeToDetect ??= stated;
    else facts.durations.push(stated);
  }
  for (const line of proseLines) {
    if (seen.has(line)) continue;
    seen.add(line);
    const stated = readStatedDuration(lines[line], line, 0, false);
    if (stated) facts.durations.push(stated);
  }
  return facts;
}
