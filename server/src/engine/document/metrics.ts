import { DateTime } from 'luxon';
import type { IncidentBound, LifecycleRole, MetricSources, Metrics, TimeMention, TimelineEntry } from '../model';
import { minutesBetween } from '../time/resolve';
import { toLuxonZone } from '../time/zones';

/** Duration and time-to metrics, in whole minutes from the start; negative spans are left out. */
export function computeMetrics(start: IncidentBound | undefined, end: IncidentBound | undefined, timeline: readonly TimelineEntry[]): Metrics {
  const metrics: Metrics = {};
  const sources: MetricSources = {};
  if (start) {
    metrics.startTime = isoFor(start.time);
    sources.start = start.line;
  }
  if (end) {
    metrics.endTime = isoFor(end.time);
    sources.end = end.line;
  }
  if (start) {
    const since = (role: LifecycleRole, source: keyof MetricSources): number | undefined => {
      const entry = timeline.find((e) => e.role === role);
      if (!entry) return undefined;
      const minutes = minutesBetween(start.time, entry.time);
      if (minutes < 0) return undefined;
      sources[source] = entry.line;
      return minutes;
    };
    if (end) {
      const duration = minutesBetween(start.time, end.time);
      if (duration >= 0) metrics.durationMinutes = duration;
    }
    metrics.timeToDetectMinutes = since('detected', 'detected');
    metrics.timeToAcknowledgeMinutes = since('acknowledged', 'acknowledged');
    metrics.timeToEscalateMinutes = since('escalated', 'escalated');
    metrics.timeToMitigateMinutes = since('mitigated', 'mitigated');
    metrics.timeToResolveMinutes = since('resolved', 'resolved') ?? metrics.durationMinutes;
  }
  for (const key of Object.keys(metrics) as Array<keyof Metrics>) if (metrics[key] === undefined) delete metrics[key];
  if (Object.keys(sources).length) metrics.sources = sources;
  return metrics;
}

/**
 * A time with a date is an instant (ISO 8601 in UTC); a time on a stand-in day is only a time of
 * day, written in its own zone with the offset (`10:00:00+02:00`), so no made-up date is shown.
 */
function isoFor(time: TimeMention): string {
  if (!time.floating) return time.iso;
  const local = DateTime.fromMillis(time.epochMs, { zone: toLuxonZone(time.zone) ?? 'UTC' });
  return local.toISOTime({ suppressMilliseconds: true, includeOffset: true }) ?? time.iso;
}
