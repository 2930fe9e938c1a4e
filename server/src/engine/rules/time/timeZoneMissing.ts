import type { PostmortemDocument, Position, TimeMention } from '../../model';
import type { Rule } from '../rule';
import { isWrittenText } from '../../query/proseLines';
import { zoneLabel } from '../timeText';
import { sameZone, toLuxonZone } from '../../time/zones';
import { writableZone } from '../../authoring/writeZone';
import { scanLine } from '../../time/scan';

/** The clock at the start of a time written time-first ("10:15 AM on March 11"): the zone goes right after it. */
const LEADING_CLOCK = /^(?:(?:[01]\d|2[0-3])[0-5]\d\s?(?:hrs?|hours)\b|\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*[ap]\.?\s?m\b\.?)?|\d{1,2}\s*[ap]\.?\s?m\b\.?)/i;

export const timeZoneMissing: Rule = {
  id: 'PM013',
  alias: 'time-zone-missing',
  description: 'A time is written without a time zone, and the document declares none.',
  defaultLevel: 'warning',
  tags: ['time'],
  fixable: true,
  defaultOptions: {},
  rationale:
    'Responders, readers and tools sit in different zones; "10:15" means three different instants to three readers. ' +
    'A time has a zone when it is written next to it (`10:15 AM UTC`), when another time on the same line has one (`9:00 to 9:15 AM PST`), ' +
    'or when the document declares one for all its times ("All times UTC", "(all times UTC)", `timezone:` in front matter). ' +
    'A single declaration is the least noisy way to satisfy this rule, and once there is one nothing is reported.\n\n' +
    'Times in code, inline code and comments (log excerpts) are not checked, and a line is reported once however many times it holds. ' +
    'The fix writes the zone after the line\'s last time without one, which covers the line: ' +
    'the zone most of the document\'s other times are written in (a conversion in brackets or one responder\'s local time does not count against it), ' +
    'else the zone the time was read in (UTC, or your `defaultTimeZone`).',
  check({ document, report }) {
    const suggested = usualWrittenZone(document);
    for (const times of zonelessByLine(document).values()) {
      const first = times[0];
      const last = times[times.length - 1];
      const zone = writableZone(suggested ?? first.zone, first.epochMs);
      const elsewhere = suggested && !sameZone(suggested, first.zone) ? `, while the document's other times are in ${suggested}` : '';
      const at = zoneInsertionPoint(last);
      const fixed = readsZoneAfter(document.lines[at.line], at.character, ` ${zone}`);
      report({
        message: `${first.text} has no time zone (read as ${first.zone}${elsewhere}); write the zone ("${first.text} ${zone}") or state one for the whole document ("All times ${zone}").`,
        range: first.range,
        fix: fixed ? { title: `Add "${zone}" after ${last.text}`, edits: [{ range: { start: at, end: at }, newText: ` ${zone}` }], safe: true } : undefined,
      });
    }
  },
};

function zonelessByLine(document: PostmortemDocument): Map<number, TimeMention[]> {
  const byLine = new Map<number, TimeMention[]>();
  for (const time of document.times) {
    if (time.zoneSource !== 'default' || !isWrittenText(document, time.range)) continue;
    const line = time.range.start.line;
    const times = byLine.get(line);
    if (times) times.push(time);
    else byLine.set(line, [time]);
  }
  return byLine;
}

/**
 * The zone the document writes, when most of its written times use it (UTC and GMT are one): a
 * conversion in brackets or one responder's local time does not make the document's zone unclear.
 */
function usualWrittenZone(document: PostmortemDocument): string | undefined {
  const counts = new Map<string, number>();
  let total = 0;
  for (const time of document.times) {
    if (time.zoneSource !== 'written' || !isWrittenText(document, time.range)) continue;
    const label = zoneLabel(time);
    counts.set(label, (counts.get(label) ?? 0) + 1);
    total++;
  }
  // Few distinct labels, however many times: compare labels, not times.
  for (const zone of counts.keys()) {
    let same = 0;
    for (const [other, count] of counts) if (sameZone(other, zone)) same += count;
    if (same * 2 > total) return zone;
  }
  return undefined;
}

function zoneInsertionPoint(time: TimeMention): Position {
  const clock = LEADING_CLOCK.exec(time.text);
  const length = clock ? clock[0].length : time.text.length;
  return { line: time.range.start.line, character: time.range.start.character + length };
}

/**
 * Whether the time the zone is written after reads it: "00:00Z" in an ISO stamp the reader could
 * not take as one would become "00:00 UTCZ", and "00:00 - 30%" would become "00:00 UTC - 30%",
 * read as the zone "UTC - 30", still without a zone. No fix beats a wrong one.
 */
function readsZoneAfter(line: string, at: number, inserted: string): boolean {
  const written = scanLine(line.slice(0, at) + inserted + line.slice(at));
  return written.some((t) => t.start < at && at + inserted.length <= t.end && t.zone !== undefined && toLuxonZone(t.zone) !== undefined);
}
