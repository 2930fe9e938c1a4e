import type { IncidentBound, MetadataField, StatedDuration } from '../model';
import { normalizeTitle } from '../templates/normalize';
import { scanLine } from '../time/scan';
import { readStatedDuration } from './statedDurations';

/** Keys under which a document states how long the incident lasted ("Total impact duration", "Downtime"). */
const DURATION_KEY = /\b(?:duration|downtime|length|outage)\b/;
/** Keys of a time-to-recover metric ("Time to recovery: 54 hours"), which teams fill in apart from the timeline. */
const RECOVERY_KEY = /\btime to (?:recover|recovery|resolve|resolution|restore|restoration)\b|^ttr$/;
/** Keys under which it states how long detection took ("Time to detection: 2 minutes"). */
const DETECTION_KEY = /\btime to (?:detect|detection)\b|^ttd$/;

export interface StatedFacts {
  /** Lengths of the incident the document states, fields first. */
  durations: StatedDuration[];
  /** The time to detect the document states, if it states one. */
  timeToDetect?: StatedDuration;
  /** When a "Detected" field says the incident was detected. */
  detectedAt?: IncidentBound;
  /** The time to recover it states, if it states one. */
  timeToRecover?: StatedDuration;
  /**
   * Lengths stated outside the summary ("the time from the report until it was verified took
   * approximately twenty-four hours" under Resolution): they may measure a step rather than the
   * incident, so they count only where the times agree with them.
   */
  confirming?: StatedDuration[];
}

/**
 * What the document says of its own length and detection, in fields (labels and table rows) and
 * the sentences of its summary (`proseLines`: "the outage lasted 45 minutes").
 */
export function readStatedFacts(lines: readonly string[], fields: readonly MetadataField[], proseLines: Iterable<number>, confirmingLines: Iterable<number> = []): StatedFacts {
  const facts: StatedFacts = { durations: [] };
  const seen = new Set<number>();
  for (const field of fields) {
    const { key, line } = field;
    const start = field.valueRange.start.character;
    const value = lines[line].slice(start, field.source === 'table' ? field.valueRange.end.character : undefined);
    const normal = normalizeTitle(key);
    const isRecovery = RECOVERY_KEY.test(normal);
    const isDuration = !isRecovery && DURATION_KEY.test(normal) && !/\b(?:start|end|began|ended)\b/.test(normal);
    const isDetection = DETECTION_KEY.test(normal);
    if (!isDuration && !isDetection && !isRecovery) continue;
    seen.add(line);
    const stated = readStatedDuration(value, line, start, true);
    if (!stated) continue;
    // A duration written as a range of times is a start and an end, not a stated length; "30
    // mins (13:20 ~ 13:30)" states both.
    const times = scanLine(value).filter((t) => t.time);
    if (times.length >= 2 && times[0].start < stated.range.start.character - start) continue;
    if (isDetection) facts.timeToDetect ??= stated;
    else if (isRecovery) facts.timeToRecover ??= stated;
    else facts.durations.push(stated);
  }
  facts.durations.push(...statedInProse(lines, proseLines, seen));
  const confirming = statedInProse(lines, confirmingLines, seen);
  if (confirming.length) facts.confirming = confirming;
  return facts;
}

function statedInProse(lines: readonly string[], proseLines: Iterable<number>, seen: Set<number>): StatedDuration[] {
  const found: StatedDuration[] = [];
  // Marks by line rather than a set: the summary can be every line of a large document.
  const inProse = new Uint8Array(lines.length + 1);
  const order: number[] = [];
  for (const line of proseLines) {
    if (inProse[line]) continue;
    inProse[line] = 1;
    order.push(line);
  }
  for (const line of order) {
    if (seen.has(line)) continue;
    // A sentence wrapped onto the next line of its paragraph goes on there.
    const next = inProse[line + 1] ? lines[line + 1] : '';
    const stated = readStatedDuration(lines[line], line, 0, false, next);
    // Only lines that state a length are remembered: a line read again states none again.
    if (!stated) continue;
    seen.add(line);
    found.push(stated);
  }
  return found;
}
