import type { TimeMention } from '../../model';
import type { Rule } from '../rule';
import { isWrittenText } from '../../query/proseLines';
import { zoneLabel } from '../timeText';
import { sameZone } from '../../time/zones';

export const mixedTimeZones: Rule = {
  id: 'PM014',
  alias: 'mixed-time-zones',
  description: 'Times are written in more than one time zone.',
  defaultLevel: 'warning',
  tags: ['time'],
  fixable: false,
  defaultOptions: {},
  rationale:
    'A timeline that switches from UTC to PST makes every reader convert, and a wrong conversion puts events in the wrong order. ' +
    'The document\'s zone is the one it declares ("All times UTC"), else the first one it writes; each time written in a zone with a different offset is reported ' +
    '(UTC, GMT and Z are the same zone). A line that gives a time in both zones ("10:00 PST (18:00 UTC)") is a conversion and is not reported, ' +
    'and each line is reported once.\n\n' +
    'Write every time in one zone; give a local time in brackets after it if it helps.',
  check({ document, report }) {
    const written = document.times.filter((t) => t.zoneSource === 'written' && isWrittenText(document, t.range));
    const reference = document.declaredZone
      ? { zone: document.declaredZone.zone, origin: `declared on line ${document.declaredZone.line + 1}` }
      : written[0] && { zone: zoneLabel(written[0]), origin: `first written as "${written[0].text}" on line ${written[0].range.start.line + 1}` };
    if (!reference) return;
    const byLine = new Map<number, TimeMention[]>();
    for (const time of written) {
      const times = byLine.get(time.range.start.line);
      // Pushed, not copied: a line of many times would be copied once per time.
      if (times) times.push(time);
      else byLine.set(time.range.start.line, [time]);
    }
    for (const times of byLine.values()) {
      if (times.some((t) => sameZone(zoneLabel(t), reference.zone))) continue;
      const odd = times[0];
      report({
        message: `${odd.text} is not in the document's zone, ${reference.zone} (${reference.origin}); write every time in one zone, with the local time in brackets if it helps.`,
        range: odd.range,
      });
    }
  },
};
