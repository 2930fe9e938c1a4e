import { DateTime } from 'luxon';
import type { IncidentBound, LifecycleRole, MetricSources, Metrics, TimeMention, TimelineEntry } from '../model';
import { minutesBetween } from '../time/resolve';
import { toLuxonZone } from '../time/zones';
import type { StatedFacts } from './statedFacts';
import { readAmount } from './statedDurations';

const DETECTED_LATER = /\b(?:detected|noticed|discovered|spotted)\s+(?:about\s+|approximately\s+|around\s+|only\s+)?((?:\d+|an?|one|two|three|five|ten|fifteen|twenty|thirty)\s+(?:minutes?|mins?|hours?))\s+(?:after(?:wards?)?|later)\b/i;

/**
 * Duration and time-to metrics, in whole minutes from the start; negative spans are left out. A
 * length or time to detect that the document states is taken as stated: the writer knew it, and
 * where it disagrees with the times, a rule says so.
 */
export function computeMetrics(start: IncidentBound | undefined, end: IncidentBound | undefined, timeline: readonly TimelineEntry[], stated: StatedFacts = { durations: [] }): Metrics {
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
  const statedDuration = stated.durations[0];
  if (statedDuration) {
    metrics.durationMinutes = statedDuration.minutes;
    sources.duration = statedDuration.range.start.line;
  } else if (start && end) {
    const duration = minutesBetween(start.time, end.time);
    if (duration >= 0) metrics.durationMinutes = duration;
  }
  if (stated.timeToDetect) {
    metrics.timeToDetectMinutes = stated.timeToDetect.minutes;
    sources.detected = stated.timeToDetect.range.start.line;
  }
  if (start) {
    const since = (role: LifecycleRole, source: keyof MetricSources): number | undefined => {
      // The first at or after the start: a warning seen before the onset is not its detection.
      for (const entry of timeline) {
        if (!entry.roles.includes(role)) continue;
        const minutes = minutesBetween(start.time, entry.time);
        if (minutes < 0) continue;
        sources[source] = entry.line;
        return minutes;
      }
      return undefined;
    };
    metrics.timeToDetectMinutes ??= since('detected', 'detected');
    // "The outage occurred by 08:00 but was detected 10 minutes afterward."
    const detectedLater = timeline.find((e) => e.line === sources.detected)?.text.match(DETECTED_LATER);
    const later = detectedLater ? readAmount(detectedLater[1]) : undefined;
    if (later && metrics.timeToDetectMinutes !== undefined && !stated.timeToDetect) metrics.timeToDetectMinutes += later.minutes;
    metrics.timeToAcknowledgeMinutes = since('acknowledged', 'acknowledged');
    metrics.timeToEscalateMinutes = since('escalated', 'escalated');
    metrics.timeToMitigateMinutes = since('mitigated', 'mitigated');
    // The incident is resolved at its end; a "resolved" entry stands in only where no end is known.
    metrics.timeToResolveMinutes = metrics.durationMinutes ?? since('resolved', 'resolved');
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
