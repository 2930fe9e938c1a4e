import { CLOCK_SOURCE, ISO_SOURCE, contentLines, mostLines, monthNumber, oneLine, readClock, readIsoTime, type EventReader, type EventTime, type TimelineEvent } from './events';

/**
 * PagerDuty's incident log as copied from the incident's page: each entry a time ("Mar 4, 2026 at
 * 2:02 PM", an ISO time, or a clock alone) and a summary that opens with what happened to the
 * incident ("Triggered through the API.", "Acknowledged by Dana Reyes."), on one line or the
 * time on the line above. The verbs are the log entry types PagerDuty's REST API documents.
 */
const VERBS = String.raw`(?:Triggered|Acknowledged|Unacknowledged|Resolved|Escalated|Reassigned|Assigned|Notified|Annotated|Note added|Snoozed|Delegated|Responder|Priority|Urgency|Status update|Reached|Merged|Attempted|Conference bridge|Subscribers notified|Added)\b`;
const DATED = String.raw`[A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?(?: at|,)? ${CLOCK_SOURCE}`;
const STAMP = String.raw`(?:${ISO_SOURCE}|${DATED}|${CLOCK_SOURCE})`;
const ENTRY = new RegExp(String.raw`^\s*(${STAMP})\s*(?:[-–—|:]\s*)?(${VERBS}.*)$`);
const STAMP_ONLY = new RegExp(String.raw`^\s*(${STAMP})\s*$`);
const SUMMARY = new RegExp(String.raw`^\s*${VERBS}`);

export const pagerDutyLog: EventReader = {
  format: 'pagerduty-log',
  label: 'PagerDuty incident log',
  read(text) {
    const lines = contentLines(text);
    const events: TimelineEvent[] = [];
    let pending: string | undefined;
    let read = 0;
    for (const line of lines) {
      const entry = ENTRY.exec(line);
      if (entry) {
        read += addEvent(events, entry[1], entry[2]);
        pending = undefined;
      } else if (STAMP_ONLY.test(line)) {
        pending = line;
      } else if (pending && SUMMARY.test(line)) {
        read += 2 * addEvent(events, pending, line);
        pending = undefined;
      }
    }
    return mostLines(read, lines.length) ? events : undefined;
  },
};

/** Adds the entry when its stamp reads as a time; 1 when it did, 0 when not. */
function addEvent(events: TimelineEvent[], stamp: string, summary: string): number {
  const time = pagerDutyTime(stamp);
  if (!time) return 0;
  const by = /\bby ([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})/.exec(summary);
  events.push({ time, text: oneLine(summary), author: by?.[1] });
  return 1;
}

/** The stamp as an ISO time, a dated clock ("Mar 4, 2026 at 2:02 PM") or a clock alone. */
export function pagerDutyTime(stamp: string): EventTime | undefined {
  const trimmed = stamp.trim();
  const iso = readIsoTime(trimmed);
  if (iso) return iso;
  const dated = /^([A-Z][a-z]{2,8})\.? (\d{1,2})(?:, (\d{4}))?(?: at|,)? (.+)$/.exec(trimmed);
  const clock = readClock(dated ? dated[4] : trimmed);
  if (!clock) return undefined;
  if (!dated) return { wall: clock };
  const month = monthNumber(dated[1]);
  if (!month) return undefined;
  return { wall: { ...clock, month, day: Number(dated[2]), year: dated[3] ? Number(dated[3]) : undefined } };
}
