import { monthNumber, oneLine, readLines, readClock, readIsoTime, type EventReader, type EventTime, type TimelineEvent } from './events';

/**
 * Syslog lines: BSD syslog (RFC 3164) "Mar  4 14:02:11 host app[123]: message", which gives no
 * year and no zone (the document's are used), and RFC 5424 "<34>1 2026-03-04T14:02:11.003Z host
 * app 123 - - message". The text keeps the program's name and drops the host and process id.
 */
const BSD = /^\s*(?:<\d{1,3}>)?([A-Z][a-z]{2}) {1,2}(\d{1,2}) (\d{2}:\d{2}:\d{2}) (\S+) ([^\s:[]+)(?:\[\d+\])?: ?(.*)$/;
const RFC5424 = /^\s*<\d{1,3}>\d{1,2} (\S+) (\S+) (\S+) (\S+) (\S+) (?:-|(?:\[[^\]]*\])+) ?(.*)$/;

export const syslog: EventReader = {
  format: 'syslog',
  label: 'syslog lines',
  read: (text) => readLines(text, (line) => bsdLine(line) ?? rfc5424Line(line)),
};

function bsdLine(line: string): TimelineEvent | undefined {
  const match = BSD.exec(line);
  const month = match && monthNumber(match[1]);
  const clock = match && readClock(match[3]);
  if (!match || !month || !clock || !match[6].trim()) return undefined;
  const time: EventTime = { wall: { ...clock, month, day: Number(match[2]) } };
  return { time, text: oneLine(`${match[5]}: ${match[6]}`) };
}

function rfc5424Line(line: string): TimelineEvent | undefined {
  const match = RFC5424.exec(line);
  const time = match && readIsoTime(match[1]);
  if (!match || !time || !match[6].trim()) return undefined;
  // The BOM that RFC 5424 allows before a UTF-8 message is not part of it.
  const message = match[6].replace(/^\uFEFF/, '');
  return { time, text: oneLine(match[3] === '-' ? message : `${match[3]}: ${message}`) };
}
