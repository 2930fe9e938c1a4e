import type { StatedDuration } from '../model';
import { lineRange } from './lines';

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, fifteen: 15, twenty: 20, 'twenty-four': 24, 'twenty four': 24, thirty: 30,
  forty: 40, 'forty-five': 45, 'forty five': 45, 'forty-eight': 48, 'forty eight': 48, sixty: 60, ninety: 90,
};
// Number words stand alone ("a" in "data" is not one), and the bare units d, h and m follow
// digits only: "2 h" is a duration, "AM" is not "a minute".
const NUMBER = `(\\d+(?:\\.\\d+)?|\\b(?:${Object.keys(NUMBER_WORDS).sort((a, b) => b.length - a.length).join('|')}))`;
const UNIT = '(days?|hours?|hrs?|minutes?|mins?|(?<=\\d\\s?)[dhm])';
/**
 * One quantity of time: "2 hours", "~9h", "four and a half days", "45-minute". "2100hrs" is a
 * military time, not 2,100 hours.
 */
const QUANTITY = new RegExp(`(?<![\\d.])(?:~\\s*)?(?!\\d{4}\\s?(?:hrs?|hours)\\b)${NUMBER}(\\s+and\\s+a\\s+half)?\\s*(?:-\\s*)?${UNIT}(?![a-z])`, 'i');
const NEXT_QUANTITY = new RegExp(`\\s*(?:,|and)?\\s*${QUANTITY.source}`, 'iy');
const HALF_AN_HOUR = /\bhalf an hour\b/i;
const MINUTES_PER: Readonly<Record<string, number>> = { d: 1440, h: 60, m: 1 };

// "Rejected all calls for 66 minutes": a summary that gives a length in digits after "for" states the duration.
const TRIGGER = /\b(?:for\s+(?:~\s*)?\d+(?:\.\d+)?\s*(?:minutes?|mins?|hours?|hrs?|days?)|for\s+(?:round about|about|approximately|around|roughly|nearly|almost|over|just over)\s+[\w-]+(?: and a half)?\s+(?:minutes?|hours?|days?)|during (?:round about|about|approximately|around|roughly|nearly|almost|over|just over)\s+[\w.-]+\s+(?:minutes?|hours?|days?)|lasted|lasting|duration|outage of|downtime of|down for|unavailable for|inaccessible for|degraded for|offline for|for a (?:total|period)|over (?:~\s*)?\w+(?: and a half)? days|took (?:about |approximately |around |roughly |nearly |almost |over )?(?=~|\d|(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|sixty|ninety)\b|twenty-|forty-)|(?:minute|hour|day)s?(?:-|\s)(?:long )?(?:outage|downtime|disruption|incident|degradation))\b/i;

function toNumber(text: string): number {
  const lower = text.toLowerCase();
  return lower in NUMBER_WORDS ? NUMBER_WORDS[lower] : Number(lower);
}

function quantityMinutes(m: RegExpExecArray): number {
  const unit = m[3].toLowerCase();
  const per = MINUTES_PER[unit.startsWith('day') || unit === 'd' ? 'd' : unit.startsWith('h') ? 'h' : 'm'];
  return (toNumber(m[1]) + (m[2] ? 0.5 : 0)) * per;
}

/** Minutes in an amount of time as written ("2 hours and 45 minutes", "an hour", "3h 45m", "~4 days"). */
export function readAmount(text: string): { minutes: number; index: number; length: number } | undefined {
  const half = HALF_AN_HOUR.exec(text);
  const first = QUANTITY.exec(text);
  if (half && (!first || half.index <= first.index)) return { minutes: 30, index: half.index, length: half[0].length };
  if (!first) return undefined;
  let minutes = quantityMinutes(first);
  let end = first.index + first[0].length;
  for (let more = 0; more < 2; more++) {
    NEXT_QUANTITY.lastIndex = end;
    const next = NEXT_QUANTITY.exec(text);
    if (!next) break;
    minutes += quantityMinutes(next);
    end += next[0].length;
  }
  return { minutes: Math.round(minutes), index: first.index, length: end - first.index };
}

/**
 * A duration the line states for the incident. `asField` is for a "Duration:" field, whose value
 * is the duration itself; elsewhere the line must say so ("the outage lasted 45 minutes"), and the
 * amount is the first one from where it says so. `nextLine` is the paragraph's next line, where a
 * wrapped sentence goes on.
 */
export function readStatedDuration(text: string, line: number, offset: number, asField: boolean, nextLine = ''): StatedDuration | undefined {
  const trigger = asField ? undefined : TRIGGER.exec(text);
  if (!asField && (!trigger || keptFor(text, trigger))) return undefined;
  const from = trigger?.index ?? 0;
  const after = readAmount(text.slice(from));
  const amount = after ? { ...after, index: after.index + from } : readAmount(text);
  if (!amount || amount.minutes <= 0) return undefined;
  if (!asField && hasAnotherAmount(`${text} ${nextLine}`, amount.index + amount.length)) return undefined;
  const start = offset + amount.index;
  return { minutes: amount.minutes, text: text.slice(amount.index, amount.index + amount.length), range: lineRange(line, start, start + amount.length) };
}

const SENTENCE_END = /[.;!?](?:\s|$)/;

/** "Keeps pull logs for 30 days", "still valid for nine days": how long something is kept, not how long the incident lasted. */
const KEPT = /\b(?:keeps?|kept|retains?|retained|stores?|stored|holds?|held|cached|valid|expires?|retention)\s+(?:[\w-]+\s+){0,3}$/i;

function keptFor(text: string, trigger: RegExpExecArray): boolean {
  return /^for\b/i.test(trigger[0]) && KEPT.test(text.slice(Math.max(0, trigger.index - 60), trigger.index));
}

/**
 * "Stopped for about 45 minutes, and then advanced slowly for the next 3 hours": a sentence that
 * goes on to a second amount of time tells phases, and neither is the incident's length.
 */
function hasAnotherAmount(text: string, from: number): boolean {
  const rest = text.slice(from);
  const end = SENTENCE_END.exec(rest);
  return readAmount(end ? rest.slice(0, end.index) : rest) !== undefined;
}
