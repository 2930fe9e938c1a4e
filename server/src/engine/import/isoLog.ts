import { ISO_SOURCE, oneLine, readIsoTime, readLines, type EventReader, type TimelineEvent } from './events';

/**
 * Log lines that open with an ISO 8601 time, bracketed or not ("2026-03-04T14:02:11Z ERROR
 * checkout: timeout", "[2026-03-04 14:02:11,003] WARN ..."). Lines without a time (a stack trace)
 * belong to the line above and are left out: an entry is one line.
 */
const LINE = new RegExp(String.raw`^\s*\[?(${ISO_SOURCE})\]?\s*(?:[-|:]\s*)?(\S.*)$`);

export const isoLog: EventReader = {
  format: 'iso-log',
  label: 'log lines (ISO 8601 times)',
  read: (text) => readLines(text, isoLine),
};

function isoLine(line: string): TimelineEvent | undefined {
  const match = LINE.exec(line);
  const time = match && readIsoTime(match[1]);
  return match && time ? { time, text: oneLine(match[2]) } : undefined;
}
