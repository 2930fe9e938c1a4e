import { CLOCK_SOURCE, oneLine, readClock, readLines, type EventReader, type TimelineEvent } from './events';

/** Notes kept during an incident: "14:02 paged on-call", "- 2:05 PM - rolled back", "14:07: recovered". */
const LINE = new RegExp(String.raw`^\s*(?:[-*+]\s+)?\[?(${CLOCK_SOURCE})\]?\s*(?:[-–—:|]\s*)?(\S.*)$`);

export const plainLines: EventReader = {
  format: 'plain',
  label: 'HH:MM lines',
  read: (text) => readLines(text, clockLine),
};

function clockLine(line: string): TimelineEvent | undefined {
  const match = LINE.exec(line);
  const clock = match && readClock(match[1]);
  return match && clock ? { time: { wall: clock }, text: oneLine(match[2]) } : undefined;
}
