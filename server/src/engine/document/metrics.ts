import type { IncidentBound, LifecycleRole, Metrics, TimelineEntry } from '../model';
import { minutesBetween } from '../time/resolve';

/** Duration and time-to metrics, in whole minutes from the start; negative spans are left out. */
export function computeMetrics(start: IncidentBound | undefined, end: IncidentBound | undefined, timeline: readonly TimelineEntry[]): Metrics {
  const metrics: Metrics = {};
  if (start && !start.time.floating) metrics.startTime = start.time.iso;
  if (end && !end.time.floating) metrics.endTime = end.time.iso;
  if (!start) return metrics;
  const since = (role: LifecycleRole): number | undefined => {
    const entry = timeline.find((e) => e.role === role);
    if (!entry) return undefined;
    const minutes = minutesBetween(start.time, entry.time);
    return minutes >= 0 ? minutes : undefined;
  };
  if (end) {
    const duration = minutesBetween(start.time, end.time);
    if (duration >= 0) metrics.durationMinutes = duration;
  }
  metrics.timeToDetectMinutes = since('detected');
  metrics.timeToAcknowledgeMinutes = since('acknowledged');
  metrics.timeToEscalateMinutes = since('escalated');
  metrics.timeToMitigateMinutes = since('mitigated');
  metrics.timeToResolveMinutes = since('resolved') ?? metrics.durationMinutes;
  for (const key of Object.keys(metrics) as Array<keyof Metrics>) if (metrics[key] === undefined) delete metrics[key];
  return metrics;
}
