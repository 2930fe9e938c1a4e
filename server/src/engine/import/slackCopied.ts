import { alertmanagerSubject } from './alertmanager';
import { CLOCK_SOURCE, contentLines, oneLine, readClock, type EventReader, type TimelineEvent } from './events';

/**
 * Slack's messages as copied from the app: a header with the sender's name and the message's time
 * ("Dana Reyes  2:02 PM", or "[2:02 PM]" after the name), the message on the lines under it, and
 * a later message by the same sender headed by its time alone. Alertmanager's notification title in
 * a message ("[FIRING:1] ...") is read as the alert it announces.
 */
const HEADER = new RegExp(String.raw`^\s*(\S.*?)\s+\[?(${CLOCK_SOURCE})\]?\s*$`);
const TIME_ONLY = new RegExp(String.raw`^\s*\[?(${CLOCK_SOURCE})\]?\s*$`);

export const slackCopied: EventReader = {
  format: 'slack-copied',
  label: 'Slack messages',
  read(text) {
    const lines = contentLines(text);
    const events: TimelineEvent[] = [];
    let author: string | undefined;
    let current: { clock: string; author?: string; body: string[] } | undefined;
    const flush = () => {
      const clock = current && readClock(current.clock);
      if (current && clock && current.body.length) events.push({ time: { wall: clock }, text: alertmanagerSubject(oneLine(current.body.join(' '))), author: current.author });
    };
    for (const [index, line] of lines.entries()) {
      const timeOnly = TIME_ONLY.exec(line);
      const header = timeOnly ? undefined : HEADER.exec(line);
      // A header is a short name, not a sentence that ends with a time ("we paged them at 2:02").
      const isHeader = header && header[1].split(/\s+/).length <= 4 && !/[.!?,:]$/.test(header[1]);
      if (index === 0 && !isHeader) return undefined;
      if (isHeader || timeOnly) {
        flush();
        // Slack marks an app's name with an APP badge, which a copy keeps.
        if (isHeader) author = header[1].trim().replace(/\s+APP$/, '');
        current = { clock: (timeOnly ?? header!)[timeOnly ? 1 : 2], author, body: [] };
      } else {
        current!.body.push(line);
      }
    }
    flush();
    return events.length ? events : undefined;
  },
};
