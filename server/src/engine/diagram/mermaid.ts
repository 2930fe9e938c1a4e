import type { LifecycleRole } from '../model';
import { inZone } from '../authoring/lines';
import { formatMinutes } from '../format/minutes';
import { mermaidText } from './escape';
import type { TimelinePicture } from './picture';

/**
 * The comment that marks a mermaid block as ours: the out-of-date hint and the regenerate fix
 * touch only blocks that carry it, never a diagram the writer drew by hand.
 */
export const DIAGRAM_MARKER = '%% postmortem-timeline';
const MARKER_LINE = `  ${DIAGRAM_MARKER}: drawn from the timeline by "Postmortem: Insert Timeline Diagram"; edits here are replaced when it is regenerated`;

const DATE_FORMAT = 'yyyy-MM-dd HH:mm';

/**
 * Gantt tags colour the markers by lifecycle role: the onset is critical, the response under way
 * is active, and the steps that end the impact are done. Gantt has only these three styles.
 */
const ROLE_TAG: Record<LifecycleRole, string> = {
  started: 'crit',
  detected: 'active',
  acknowledged: 'active',
  escalated: 'active',
  mitigated: 'done',
  resolved: 'done',
};

/**
 * A mermaid `gantt` chart of the timeline, as the lines of the chart without its fence. Gantt, not
 * mermaid's `timeline`: a timeline diagram spaces its events evenly whatever time lies between
 * them and cannot draw a span, while a gantt chart has a real time axis, bars for the incident
 * window and the time-to metrics, and milestones for the entries.
 */
export function mermaidGantt(picture: TimelinePicture): string[] {
  const at = (epochMs: number) => inZone(epochMs, picture.zone);
  const stamp = (epochMs: number) => at(epochMs).toFormat(DATE_FORMAT);
  const first = Math.min(...picture.markers.map((m) => m.epochMs), picture.window?.fromMs ?? Infinity);
  const last = Math.max(...picture.markers.map((m) => m.epochMs), picture.window?.toMs ?? -Infinity);
  const severalDays = !picture.floating && at(first).toISODate() !== at(last).toISODate();
  const title = mermaidText(picture.title);
  const lines = [
    'gantt',
    MARKER_LINE,
    // An empty title statement is a syntax error.
    ...(title ? [`  title ${title}`] : []),
    '  dateFormat YYYY-MM-DD HH:mm',
    `  axisFormat ${severalDays ? '%b %d %H:%M' : '%H:%M'}`,
    // Today is never on an incident's axis; its marker would only stretch the chart.
    '  todayMarker off',
  ];
  if (picture.window) {
    const { fromMs, toMs } = picture.window;
    lines.push(`  section Incident (${mermaidText(picture.zone)})`);
    lines.push(`  Impact (${formatMinutes((toMs - fromMs) / 60_000)}) :crit, ${stamp(fromMs)}, ${stamp(toMs)}`);
  }
  lines.push('  section Timeline');
  for (const marker of picture.markers) {
    const tags = ['milestone', ...(marker.role ? [ROLE_TAG[marker.role]] : [])].join(', ');
    // The time leads the name: it tells the entries apart on the chart, and a name that starts
    // with a digit can never be read as a keyword (`section`, `title`, `click`...).
    lines.push(`  ${mermaidText(`${at(marker.epochMs).toFormat('HH:mm')} ${marker.text}`, 60)} :${tags}, ${stamp(marker.epochMs)}, 0m`);
  }
  if (picture.spans.length) {
    lines.push('  section Response');
    for (const span of picture.spans) lines.push(`  ${mermaidText(span.label)} :${stamp(span.fromMs)}, ${stamp(span.toMs)}`);
  }
  return lines;
}

/** The fenced block as it stands in the document. */
export function mermaidBlock(picture: TimelinePicture): string[] {
  return ['```mermaid', ...mermaidGantt(picture), '```'];
}
