import type { IncidentBound, TimeMention } from '../model';
import { shiftHours } from '../time/resolve';
import { readAmount } from './statedDurations';

/** "By November 15, 6:20 AM UTC we had worked through the backlog and fully recovered." */
const FULLY_RECOVERED = /\b(?:fully (?:recovered|restored|resolved|operational)|full(?:y)? recovery|complete(?:d)? (?:the )?recovery|recovery (?:was )?complete)\b/i;

/**
 * A summary sentence that says when the service fully recovered. It ends the incident where a
 * stated window ends earlier (the window of the worst of it, then a backlog worked off).
 */
export function fullRecovery(lines: readonly number[], timesByLine: ReadonlyMap<number, TimeMention[]>, lineText: (line: number) => string): IncidentBound | undefined {
  let latest: IncidentBound | undefined;
  for (const line of lines) {
    const times = timesByLine.get(line);
    const said = times?.length ? FULLY_RECOVERED.exec(lineText(line)) : null;
    if (!times || !said) continue;
    // The time of the sentence that says so: "Around 7:10 AM it was reported. ... fully operational again" is no recovery at 7:10.
    const { from, to } = sentenceAround(lineText(line), said.index, said.index + said[0].length);
    const time = times.filter((t) => t.range.start.character >= from && t.range.start.character < Math.min(to, said.index + said[0].length + SENTENCE_TAIL)).pop();
    if (!time) continue;
    if (!latest || time.epochMs > latest.time.epochMs) latest = { time, source: 'range', line };
  }
  return latest;
}

const OPENS_AT = /\b(?:at|from|since|starting(?: at)?|beginning(?: at)?)\s+(?:about\s+|approximately\s+|around\s+|roughly\s+)?$/i;
const UNTIL = /\b(?:until|till|up to)\s+(?:about\s+|approximately\s+|around\s+|roughly\s+)?$/i;
const SENTENCE_END = /[.!?;](?:\s|$)/;

/** "At 3:00 PM the update was due. It was not applied, which delayed it until 5:01 PM": a window told in a paragraph. */
export function isAtUntil(text: string, first: TimeMention, second: TimeMention): boolean {
  return opensAt(text, first) && UNTIL.test(text.slice(first.range.end.character, second.range.start.character));
}

/** The words an opening time follows fit in this many characters ("beginning at approximately "). */
const OPENING_WORDS = 40;

/** Whether "at", "from" or "since" comes right before the time: only the few characters before it are read, so a line of many times stays linear. */
function opensAt(text: string, time: TimeMention): boolean {
  const start = time.range.start.character;
  return OPENS_AT.test(text.slice(Math.max(0, start - OPENING_WORDS), start));
}

/** The same window where the paragraph wraps between its two times: the last time on one line, the first on the next. */
export function atUntilOverLines(lines: ReadonlySet<number>, timesByLine: ReadonlyMap<number, TimeMention[]>, lineText: (line: number) => string): [TimeMention, TimeMention, number] | undefined {
  for (const line of lines) {
    const next = timesByLine.get(line + 1)?.[0];
    const times = timesByLine.get(line);
    const first = times?.[times.length - 1];
    if (!first || !next || !lines.has(line + 1) || !opensAt(lineText(line), first)) continue;
    if (UNTIL.test(lineText(line + 1).slice(0, next.range.start.character))) return [first, next, line];
  }
  return undefined;
}

/** Words of a service failing: what happens at an incident's onset. */
/** How far past the phrase its time may be written ("fully recovered by 6:20 AM"). */
const SENTENCE_TAIL = 40;

/** The sentence that holds `start`..`end` on a line, found once (a line can hold thousands of times). */
function sentenceAround(text: string, start: number, end: number): { from: number; to: number } {
  let from = 0;
  const ends = new RegExp(SENTENCE_END.source, 'g');
  for (let m = ends.exec(text); m && m.index < start; m = ends.exec(text)) from = m.index + m[0].length;
  ends.lastIndex = end;
  const after = ends.exec(text);
  return { from, to: after ? after.index + 1 : text.length };
}

const FAILED = /\b(?:became|went|was|were|is|are)\s+(?:\w+\s+)?(?:unresponsive|unavailable|down|offline|inaccessible|unreachable)\b|\b(?:began|started|starts|begins)\s+(?:to\s+)?(?:fail|failing|return|returning|throw|throwing|crash|crashing|drop|dropping|time out|timing out|reject|rejecting)\b|\bstopped (?:working|running|functioning|responding|serving|creating|accepting|processing)\b|\b(?:crashed|went dark|broke out|had an? (?:\w+\s+)?outage|experienced an? (?:\w+\s+)?outage)\b|\b(?:outage|incident|disruption|degradation) (?:began|started|occurred)\b/i;

/**
 * "At approximately 12:00 AM PDT on March 24th, the web server became unresponsive": a summary
 * sentence that opens with a time and says the service failed then.
 */
export function statedOnset(lines: readonly number[], timesByLine: ReadonlyMap<number, TimeMention[]>, lineText: (line: number) => string): IncidentBound | undefined {
  for (const line of lines) {
    const times = timesByLine.get(line);
    if (!times?.length) continue;
    const text = lineText(line);
    const time = times[0];
    if (!opensAt(text, time)) continue;
    const rest = text.slice(time.range.end.character);
    const end = SENTENCE_END.exec(rest.replace(/\b[ap]\.m\./gi, 'xxxx'));
    // "The outage broke out approximately at 5:00am": the failure may be told before the time.
    const before = text.slice(0, time.range.start.character).split(SENTENCE_END).pop() ?? '';
    if (FAILED.test(`${before} ${end ? rest.slice(0, end.index) : rest}`)) return { time, source: 'range', line };
  }
  return undefined;
}

/** The kinds of event a summary names as the end: "until the hotfix was released". */
const ENDING_EVENTS: ReadonlyArray<[RegExp, RegExp]> = [
  [/^(?:released|published|shipped)$/i, /\b(?:releas\w*|publish\w*|ship(?:ped)?)\b/i],
  [/^(?:deployed|rolled out)$/i, /\b(?:deploy\w*|roll(?:ed)?[ -]?out)\b/i],
  [/^(?:rolled back|reverted)$/i, /\b(?:roll(?:ed)?[ -]?back|revert\w*)\b/i],
  [/^(?:restarted|rebooted)$/i, /\b(?:restart\w*|reboot\w*)\b/i],
];
const UNTIL_EVENT = /\buntil (?:the |a |our )?(?:[\w.-]+\s+){0,3}?(?:was|were|had been|got|is)\s+(released|published|shipped|deployed|rolled out|rolled back|reverted|restarted|rebooted)\b/i;

/**
 * "... advanced slowly for the next 3 hours until the hotfix was released": the summary names the
 * event that ended the incident, and the timeline entry of that kind is its end.
 */
export function endingEvent(lines: readonly number[], lineText: (line: number) => string): RegExp | undefined {
  for (const line of lines) {
    const verb = UNTIL_EVENT.exec(lineText(line))?.[1];
    const kind = verb && ENDING_EVENTS.find(([said]) => said.test(verb));
    if (kind) return kind[1];
  }
  return undefined;
}

const TOOK_EFFECT_LATE = /\b(?:took|came into|went into) effect (?:later|only|hours|after)\b|\b(?:only|finally) (?:took|came into) effect\b/i;
const TOOK_EFFECT = /\b(?:took effect|came into effect|went live|(?:successfully|finally) (?:applied|deployed|rolled out)|(?:applied|deployed|rolled out) successfully)\b/i;

/**
 * "The change took effect later than expected": the incident began when the change took effect,
 * not when it was first attempted, so the timeline entry that says it was applied is the onset.
 * Only where the summary says so: elsewhere a change applied is often its fix.
 */
export function tookEffectLate(lines: readonly number[], lineText: (line: number) => string): RegExp | undefined {
  return lines.some((line) => TOOK_EFFECT_LATE.test(lineText(line))) ? TOOK_EFFECT : undefined;
}

const ENDED_LATER = /\b(?:mitigated|resolved|fixed|restored|contained|recovered)\s+(?:about\s+|approximately\s+|roughly\s+|around\s+|just\s+|only\s+)?((?:\d+|[a-z]+(?:-[a-z]+)?)\s+(?:minutes?|mins?|hours?))\s+later\b/i;

/**
 * "At 21:45 (UTC) the team notices .... The exploit is mitigated 11 minutes later": the end stated
 * as a length after the last time the paragraph gave.
 */
export function endedLater(lines: readonly number[], timesByLine: ReadonlyMap<number, TimeMention[]>, lineText: (line: number) => string): IncidentBound | undefined {
  for (const line of lines) {
    const times = timesByLine.get(line);
    if (!times?.length) continue;
    // The phrase may wrap onto the paragraph's next lines, which hold no time of their own.
    let text = lineText(line);
    for (let next = line + 1; next <= line + 2 && !timesByLine.has(next) && lineText(next)?.trim(); next++) text += ` ${lineText(next)}`;
    const later = ENDED_LATER.exec(text);
    const amount = later && readAmount(later[1]);
    if (!later || !amount) continue;
    const before = times.filter((t) => t.range.end.character <= later.index).pop();
    if (before) return { time: shiftHours(before, amount.minutes / 60), source: 'range', line };
  }
  return undefined;
}
