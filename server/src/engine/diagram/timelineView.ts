import type { LifecycleRole } from '../model';
import { formatMinutes } from '../format/minutes';
import { axisTicks, pictureCaption, pictureClock, pictureInstants } from './axis';
import { oneLine, shorten } from './escape';
import type { SpanMetric, TimelinePicture } from './picture';
import { timeScale } from './timeScale';

export type MarkerRole = LifecycleRole | 'other';

/** One entry on the axis. Positions run from 0 (the first instant drawn) to 1 (the last). */
export interface TimelineViewMarker {
  x: number;
  /** The row it sits in above the axis: markers too close to share a row are stacked. */
  lane: number;
  role: MarkerRole;
  clock: string;
  text: string;
  /** 0-based line of the entry, where clicking it goes. */
  line: number;
  /** What a screen reader says for it: "22:25, detected: Alert fired". */
  label: string;
}

/**
 * The timeline as the editor's webview draws it: what the SVG draws, laid out on a 0-to-1 axis
 * so the webview can stretch it to any width, with every label already written. Drawn from the
 * same picture as the SVG and the mermaid block, so the three never disagree.
 */
export interface TimelineView {
  title: string;
  /** "Times in UTC, 2024-05-02". */
  caption: string;
  markers: TimelineViewMarker[];
  lanes: number;
  window?: { from: number; to: number; label: string };
  spans: Array<{ metric: SpanMetric; from: number; to: number; label: string }>;
  ticks: Array<{ x: number; label: string }>;
  /** Long gaps drawn short: where, and what they stand for. */
  breaks: Array<{ x: number; label: string; description: string }>;
  legend: Array<{ role: MarkerRole; label: string }>;
}

/** Markers nearer than this share no lane: about the width of a marker at the webview's narrowest. */
export const MIN_MARKER_SPACING = 0.04;
/** Tick labels nearer than this to a kept tick or a break would overprint it. */
const MIN_TICK_SPACING = 0.07;
const MAX_TEXT = 300;

/** The roles as the legend names them; the onset is the incident's trigger. */
export const ROLE_LABELS: Record<MarkerRole, string> = {
  started: 'trigger',
  detected: 'detected',
  acknowledged: 'acknowledged',
  escalated: 'escalated',
  mitigated: 'mitigated',
  resolved: 'resolved',
  other: 'other',
};

export function timelineView(picture: TimelinePicture): TimelineView {
  const exact = timeScale(pictureInstants(picture), 0, 1);
  // Ten-thousandths are finer than any screen, and keep the model the same on every platform.
  const round = (x: number) => Math.round(x * 10_000) / 10_000;
  const scale = { ...exact, x: (epochMs: number) => round(exact.x(epochMs)), breaks: exact.breaks.map((b) => ({ ...b, x: round(b.x) })) };
  const clock = pictureClock(picture);
  const markers = withLanes(
    picture.markers.map((m) => {
      const role = m.role ?? 'other';
      const text = shorten(oneLine(m.text), MAX_TEXT);
      return { x: scale.x(m.epochMs), lane: 0, role, clock: clock(m.epochMs), text, line: m.line, label: `${clock(m.epochMs)}, ${ROLE_LABELS[role]}: ${text}` };
    }),
  );
  const breaks = scale.breaks.map((b) => {
    const skipped = formatMinutes((b.toMs - b.fromMs) / 60_000);
    return { x: b.x, label: `+${skipped}`, description: `${skipped} without entries, drawn short` };
  });
  const window = picture.window && {
    from: scale.x(picture.window.fromMs),
    to: scale.x(picture.window.toMs),
    label: `Incident (${formatMinutes((picture.window.toMs - picture.window.fromMs) / 60_000)})`,
  };
  const present = new Set(markers.map((m) => m.role));
  return {
    title: shorten(oneLine(picture.title), 120),
    caption: pictureCaption(picture),
    markers,
    lanes: Math.max(1, ...markers.map((m) => m.lane + 1)),
    window,
    spans: picture.spans.map((s) => ({ metric: s.metric, from: scale.x(s.fromMs), to: scale.x(s.toMs), label: s.label })),
    ticks: spacedTicks(
      scale.stretches.flatMap((s) => axisTicks(s.fromMs, s.toMs)).map((t) => ({ x: scale.x(t), label: clock(t) })),
      breaks.map((b) => b.x),
    ),
    breaks,
    legend: (Object.keys(ROLE_LABELS) as MarkerRole[]).filter((role) => role !== 'other' || present.has(role)).map((role) => ({ role, label: ROLE_LABELS[role] })),
  };
}

/** Each marker in the first lane whose last marker is far enough to its left; markers come in time order. */
function withLanes(markers: TimelineViewMarker[]): TimelineViewMarker[] {
  const laneEnds: number[] = [];
  return markers.map((marker) => {
    let lane = laneEnds.findIndex((end) => marker.x - end >= MIN_MARKER_SPACING);
    if (lane < 0) lane = laneEnds.length;
    laneEnds[lane] = marker.x;
    return { ...marker, lane };
  });
}

function spacedTicks(ticks: Array<{ x: number; label: string }>, breaks: readonly number[]): Array<{ x: number; label: string }> {
  const kept: Array<{ x: number; label: string }> = [];
  for (const tick of ticks) {
    const crowded = [...breaks, ...kept.map((k) => k.x)].some((x) => Math.abs(tick.x - x) < MIN_TICK_SPACING);
    if (!crowded) kept.push(tick);
  }
  return kept;
}
