/** What every reader of pasted logs gives back, and the small pieces of reading they share. */

/** A time as a log writes it: an instant, or a wall-clock time whose missing parts the document supplies. */
export type EventTime =
  | { instant: number }
  | { wall: WallTime; zone?: string };

export interface WallTime {
  year?: number;
  month?: number;
  day?: number;
  hour: number;
  minute: number;
  second?: number;
}

export interface TimelineEvent {
  time: EventTime;
  /** One line: what happened. */
  text: string;
  /** Who wrote it or did it, where the log says. */
  author?: string;
}

export type ImportFormat =
  | 'slack-copied'
  | 'slack-json'
  | 'pagerduty-log'
  | 'pagerduty-csv'
  | 'opsgenie'
  | 'alertmanager'
  | 'iso-log'
  | 'syslog'
  | 'plain';

/** A reader recognises its format or says undefined, so detection can try the next one. */
export interface EventReader {
  format: ImportFormat;
  /** How the format is named to a person ("Slack messages"). */
  label: string;
  read(text: string): TimelineEvent[] | undefined;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** 1-12 for a month's name or its three-letter abbreviation, else undefined. */
export function monthNumber(name: string): number | undefined {
  const index = MONTHS.indexOf(name.slice(0, 3).toLowerCase());
  return index < 0 ? undefined : index + 1;
}

export const CLOCK_SOURCE = String.raw`\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?`;

/** "2:02 PM", "14:02", "14:02:11" as 24-hour parts; undefined when the clock cannot be a time. */
export function readClock(text: string): { hour: number; minute: number; second?: number } | undefined {
  const match = /^(\d{1,2}):(\d{2})(?::(\d{2}))?\s?(?:([AaPp])\.?[Mm]\.?)?$/.exec(text.trim());
  if (!match) return undefined;
  let hour = Number(match[1]);
  const minute = Number(match[2]);
  const second = match[3] === undefined ? undefined : Number(match[3]);
  const half = match[4]?.toLowerCase();
  if (half) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (half === 'p' ? 12 : 0);
  }
  if (hour > 23 || minute > 59 || (second ?? 0) > 59) return undefined;
  return { hour, minute, second };
}

/** An entry is one line: a message's lines run together, its spacing collapsed. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The lines that say something; blank ones separate nothing in these formats. */
export function contentLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/).filter((line) => line.trim() !== '');
}

/**
 * Whether enough of a paste is in a line format to call it that: most lines, so a paragraph that
 * happens to hold one time stays a plain paste.
 */
export function mostLines(matching: number, total: number): boolean {
  return matching > 0 && matching * 2 >= total;
}

/** JSON text, or undefined for anything that is not JSON (most pastes). */
export function parseJson(text: string): unknown {
  const trimmed = text.trim();
  if (!/^[[{]/.test(trimmed)) return undefined;
  try {
    return JSON.parse(trimmed);
  } catch {
    return undefined;
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function stringField(record: Record<string, unknown>, ...names: string[]): string | undefined {
  for (const name of names) {
    const value = record[name];
    if (typeof value === 'string' && value.trim()) return value;
  }
  return undefined;
}

export const ISO_SOURCE = String.raw`\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:\s?(?:Z|[+-]\d{2}:?\d{2}))?`;

/**
 * An ISO 8601 date and time: an instant when it carries `Z` or an offset, else a wall-clock time
 * (a log written in local time without saying which), whose zone is the document's.
 */
export function readIsoTime(text: string): EventTime | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s?(Z|([+-])(\d{2}):?(\d{2}))?$/.exec(text.trim());
  if (!match) return undefined;
  const [year, month, day, hour, minute] = match.slice(1, 6).map(Number);
  const second = match[6] === undefined ? undefined : Number(match[6]);
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || (second ?? 0) > 59) return undefined;
  if (!match[8]) return { wall: { year, month, day, hour, minute, second } };
  const offsetMinutes = match[8] === 'Z' ? 0 : (match[9] === '-' ? -1 : 1) * (Number(match[10]) * 60 + Number(match[11]));
  const millis = match[7] ? Math.floor(Number(`0.${match[7]}`) * 1000) : 0;
  return { instant: Date.UTC(year, month - 1, day, hour, minute, second ?? 0, millis) - offsetMinutes * 60_000 };
}

/** The JSON objects pasted: one, an array of them, or one per line (as a log of webhook calls holds them). */
export function jsonObjects(text: string): Record<string, unknown>[] | undefined {
  const whole = parseJson(text);
  if (Array.isArray(whole)) return whole.every(isRecord) ? whole : undefined;
  if (isRecord(whole)) return [whole];
  const lines = contentLines(text);
  if (!lines.length || !lines.every((line) => /^\s*\{/.test(line))) return undefined;
  const objects = lines.map(parseJson);
  return objects.every(isRecord) ? objects : undefined;
}

/** A format of one event per line: the events, when most lines are such events. */
export function readLines(text: string, readLine: (line: string) => TimelineEvent | undefined): TimelineEvent[] | undefined {
  const lines = contentLines(text);
  const events = lines.map(readLine).filter((event): event is TimelineEvent => event !== undefined);
  return mostLines(events.length, lines.length) ? events : undefined;
}
