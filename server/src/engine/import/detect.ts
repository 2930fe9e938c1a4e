import { alertmanager } from './alertmanager';
import type { EventReader, ImportFormat, TimelineEvent } from './events';
import { isoLog } from './isoLog';
import { opsgenie } from './opsgenie';
import { pagerDutyCsv } from './pagerDutyCsv';
import { pagerDutyLog } from './pagerDutyLog';
import { plainLines } from './plainLines';
import { slackCopied } from './slackCopied';
import { slackJson } from './slackJson';
import { syslog } from './syslog';

/**
 * The readers, most particular first: JSON shapes and CSV headers are unmistakable; PagerDuty's
 * verbs come before Slack's headers and log lines, and a bare "HH:MM text" is the last guess.
 */
export const READERS: readonly EventReader[] = [slackJson, opsgenie, alertmanager, pagerDutyCsv, pagerDutyLog, syslog, isoLog, slackCopied, plainLines];

export interface ReadPaste {
  format: ImportFormat;
  label: string;
  events: TimelineEvent[];
}

/** The pasted text's events and the format they were read in; undefined when it is none of the formats. */
export function readPastedEvents(text: string): ReadPaste | undefined {
  for (const reader of READERS) {
    const events = reader.read(text);
    if (events?.length) return { format: reader.format, label: reader.label, events };
  }
  return undefined;
}
