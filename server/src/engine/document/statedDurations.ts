import type { StatedDuration } from '../model';
import { lineRange } from './lines';

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, 'forty-five': 45, 'forty five': 45, ninety: 90,
};
// Number words stand alone ("a" in "data" is not one), and the bare units h and m follow digits
// only: "2 h" is a duration, "AM" is not "a minute".
const NUMBER = `(\\d+(?:\\.\\d+)?|\\b(?:${Object.keys(NUMBER_WORDS).sort((a, b) => b.length - a.length).join('|')}))`;
// "2100hrs" is a military time, not 2,100 hours.
const HOURS = `(?!\\d{4}\\s?(?:hrs?|hours)\\b)${NUMBER}\\s*(?:-\\s*)?(?:hours?|hrs?|(?<=\\d\\s?)h)\\b`;
const MINUTES = `${NUMBER}\\s*(?:-\\s*)?(?:minutes?|mins?|(?<=\\d\\s?)m)\\b`;
const AMOUNT = new RegExp(`(?:${HOURS}(?:\\s*(?:and|,)?\\s*${MINUTES})?|${MINUTES}|(half an hour))`, 'i');
const STATEMENT = new RegExp(`(?:\\b(?:lasted|lasting|duration(?: of)?|outage of|downtime of|down for|unavailable for|inaccessible for|degraded for|offline for|for a (?:total |period )?of|for (?:about|approximately|around|roughly|nearly|almost|over|just over|a total of))\\s*:?\\s*|\\b)${AMOUNT.source}(?:\\s*(?:-\\s*)?(?:long )?(?:outage|downtime|disruption|incident))?`, 'i');
// "Rejected all calls for 66 minutes": a summary that gives a length in digits after "for" states the duration.
const TRIGGER = /\b(?:for\s+\d+(?:\.\d+)?\s*(?:minutes?|mins?|hours?|hrs?)|lasted|lasting|duration|outage of|downtime of|down for|unavailable for|inaccessible for|degraded for|offline for|for a (?:total|period)|(?:minute|hour)s?(?:-|\s)(?:long )?(?:outage|downtime|disruption|incident))\b/i;

function toNumber(text: string | undefined): number {
  if (!text) return 0;
  const lower = text.toLowerCase();
  return lower in NUMBER_WORDS ? NUMBER_WORDS[lower] : Number(lower);
}

/** Minutes in an amount of time as written ("2 hours and 45 minutes", "an hour", "90 mins"). */
export function readAmount(text: string): { minutes: number; index: number; length: number } | undefined {
  const m = AMOUNT.exec(text);
  if (!m) return undefined;
  const minutes = m[4] ? 30 : m[1] ? toNumber(m[1]) * 60 + toNumber(m[2]) : toNumber(m[3]);
  return { minutes: Math.round(minutes), index: m.index, length: m[0].length };
}

/**
 * A duration the line states for the incident. `asField` is for a "Duration:" field, whose value
 * is the duration itself; elsewhere the line must say so ("the outage lasted 45 minutes").
 */
export function readStatedDuration(text: string, line: number, offset: number, asField: boolean): StatedDuration | undefined {
  if (!asField && !TRIGGER.test(text)) return undefined;
  const statement = asField ? AMOUNT.exec(text) : STATEMENT.exec(text);
  if (!statement) return undefined;
  const amount = readAmount(statement[0]);
  if (!amount || amount.minutes <= 0) return undefined;
  const start = offset + statement.index + amount.index;
  return { minutes: amount.minutes, text: statement[0].slice(amount.index, amount.index + amount.length), range: lineRange(line, start, start + amount.length) };
}
