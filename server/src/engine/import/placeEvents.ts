import { DateTime } from 'luxon';
import type { PostmortemDocument } from '../model';
import { toLuxonZone } from '../time/zones';
import { inZone } from '../authoring/lines';
import type { TimelineEvent, WallTime } from './events';
import { literalMarkdown } from './markdownText';

export interface PlacedEvent {
  epochMs: number;
  /** The entry's text: the event's, with its author in front where the text does not name them. */
  text: string;
}

/** Times that go back by more than this from one undated line to the next went past midnight. */
const ROLLOVER_MS = 6 * 3_600_000;

/**
 * The events as instants. A wall-clock time is read in its own zone, else the timeline's; the parts
 * it leaves out come from the document (its first dated time, else `now`), and a run of undated
 * times that goes back across midnight moves on to the next day, as the document's reader does.
 */
export function placeEvents(events: readonly TimelineEvent[], document: PostmortemDocument, zone: string, now: number): PlacedEvent[] {
  const { day: reference, floating } = referenceDay(document, zone, now);
  let day = reference;
  let previous: number | undefined;
  const placed: (PlacedEvent & { dated: boolean })[] = [];
  for (const event of events) {
    let epochMs: number;
    const dated = 'instant' in event.time || event.time.wall.day !== undefined;
    if ('instant' in event.time) {
      epochMs = event.time.instant;
    } else {
      const { wall } = event.time;
      const eventZone = toLuxonZone(event.time.zone ?? zone) ?? 'UTC';
      if (wall.day === undefined) {
        epochMs = at(day, wall, eventZone);
        if (previous !== undefined && previous - epochMs > ROLLOVER_MS) {
          day = day.plus({ days: 1 });
          epochMs = at(day, wall, eventZone);
        }
        previous = epochMs;
      } else {
        epochMs = at(reference.set({ year: wall.year ?? reference.year, month: wall.month, day: wall.day }), wall, eventZone);
      }
    }
    if (Number.isFinite(epochMs)) placed.push({ epochMs, text: entryText(event), dated });
  }
  if (floating) onStandInDay(placed, reference, zone);
  return placed.map(({ epochMs, text }) => ({ epochMs, text }));
}

/**
 * A document that writes no date reads its times on a stand-in day, so dated events are moved
 * there, keeping their time of day and how many days apart they are: a log's date must not put
 * its events after every entry the document has.
 */
function onStandInDay(placed: (PlacedEvent & { dated: boolean })[], standIn: DateTime, zone: string): void {
  const dated = placed.filter((event) => event.dated);
  if (!dated.length) return;
  // A loop, not Math.min(...all): spread arguments overflow the stack on a log of 100,000 lines.
  const earliest = dated.reduce((min, event) => Math.min(min, event.epochMs), Infinity);
  const first = inZone(earliest, zone).startOf('day');
  const days = Math.round(standIn.diff(first, 'days').days);
  for (const event of dated) event.epochMs = inZone(event.epochMs, zone).plus({ days }).toMillis();
}

/** The day undated times fall on: the timeline's first entry's, else the first time's, else today's. */
function referenceDay(document: PostmortemDocument, zone: string, now: number): { day: DateTime; floating: boolean } {
  const first = [...document.timeline].sort((a, b) => a.time.epochMs - b.time.epochMs)[0]?.time ?? document.times[0];
  return { day: inZone(first?.epochMs ?? now, zone).startOf('day'), floating: first?.floating ?? false };
}

function at(day: DateTime, wall: WallTime, zone: string): number {
  return DateTime.fromObject({ year: day.year, month: day.month, day: day.day, hour: wall.hour, minute: wall.minute, second: wall.second ?? 0 }, { zone }).toMillis();
}

/**
 * The author leads the text ("Dana Reyes: rolling back"), unless the text already names them. Both
 * come from the log, so both are made literal Markdown.
 */
export function entryText(event: TimelineEvent): string {
  const text = literalMarkdown(event.text);
  const author = event.author === undefined ? undefined : literalMarkdown(event.author);
  if (!author || text.toLowerCase().includes(author.toLowerCase())) return text;
  return `${author}: ${text}`;
}
