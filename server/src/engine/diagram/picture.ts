import type { LifecycleRole, PostmortemDocument } from '../model';
import { formatMinutes } from '../format/minutes';

/** One timeline entry as the pictures draw it. */
export interface PictureMarker {
  epochMs: number;
  /** The entry's most decisive lifecycle step; undefined for an entry that names none. */
  role?: LifecycleRole;
  text: string;
  line: number;
}

export type SpanMetric = 'detect' | 'acknowledge' | 'mitigate' | 'resolve';

/** A metric drawn as a span from the incident's start (time to detect, to mitigate, to resolve). */
export interface PictureSpan {
  metric: SpanMetric;
  label: string;
  fromMs: number;
  toMs: number;
}

/**
 * What both pictures (the mermaid block and the SVG) draw, read once from the document so they
 * cannot disagree: the entries in time order, the incident window and the metric spans, all in
 * epoch milliseconds, with the zone their wall-clock times are shown in.
 */
export interface TimelinePicture {
  title: string;
  /** The zone as the document writes it (`UTC`, `PST`, `Europe/Paris`): times are shown in it. */
  zone: string;
  /** No date stands in the document: the calendar day of every instant is a stand-in, never shown. */
  floating: boolean;
  markers: PictureMarker[];
  window?: { fromMs: number; toMs: number };
  spans: PictureSpan[];
}

const SPANS = [
  ['timeToDetectMinutes', 'detect', 'Time to detect'],
  ['timeToAcknowledgeMinutes', 'acknowledge', 'Time to acknowledge'],
  ['timeToMitigateMinutes', 'mitigate', 'Time to mitigate'],
  ['timeToResolveMinutes', 'resolve', 'Time to resolve'],
] as const;

/** The picture of a document's timeline; undefined when no entry has a time to place. */
export function timelinePicture(document: PostmortemDocument): TimelinePicture | undefined {
  if (!document.timeline.length) return undefined;
  // A stable sort keeps entries of the same minute in the order the document tells them.
  const entries = [...document.timeline].sort((a, b) => a.time.epochMs - b.time.epochMs);
  const latest = document.timeline.at(-1)!.time;
  const start = document.start?.time.epochMs;
  const end = document.end?.time.epochMs;
  const metrics = document.metrics;
  const spans: PictureSpan[] = [];
  if (start !== undefined) {
    for (const [key, metric, label] of SPANS) {
      const minutes = metrics[key];
      if (minutes === undefined || minutes <= 0) continue;
      spans.push({ metric, label: `${label} (${formatMinutes(minutes)})`, fromMs: start, toMs: start + minutes * 60_000 });
    }
  }
  return {
    title: document.title?.text.trim() || 'Incident timeline',
    zone: latest.zoneText ?? latest.zone,
    floating: entries.every((e) => e.time.floating),
    markers: entries.map((e) => ({ epochMs: e.time.epochMs, role: e.role, text: e.text.trim(), line: e.line })),
    window: start !== undefined && end !== undefined && end > start ? { fromMs: start, toMs: end } : undefined,
    spans,
  };
}
