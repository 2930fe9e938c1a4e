import { DateTime } from 'luxon';
import type { IncidentBound, LifecycleRole, MetricSources, Metrics, StatedDuration, TimeMention, TimelineEntry } from '../model';
import { minutesBetween } from '../time/resolve';
import { toLuxonZone } from '../time/zones';
import type { StatedFacts } from './statedFacts';
import { readAmount } from './statedDurations';
import { isDiagnosis, isResponse } from './lifecycle';

const DETECTED_LATER = /\b(?:detected|noticed|discovered|spotted)\s+(?:about\s+|approximately\s+|around\s+|only\s+)?((?:\d+|an?|one|two|three|five|ten|fifteen|twenty|thirty)\s+(?:minutes?|mins?|hours?))\s+(?:after(?:wards?)?|later)\b/i;

/**
 * Duration and time-to metrics, in whole minutes from the start; negative spans are left out. A
 * length of the incident that the document states is taken as stated: the writer knew it, and
 * where it disagrees with the times, a rule says so. Its "time to detection" and "time to
 * recovery" stats only stand in for what the times cannot give. A report of several incidents
 * (`hasOneLength` false) gets no duration.
 */
export function computeMetrics(start: IncidentBound | undefined, end: IncidentBound | undefined, timeline: readonly TimelineEntry[], stated: StatedFacts = { durations: [] }, hasOneLength = true): Metrics {
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
  const computed = start && end ? minutesBetween(start.time, end.time) : undefined;
  const statedDuration = statedLength(stated.durations, computed) ?? confirmedLength(stated.confirming, computed);
  // A report of several incidents: the span from the first to the last is no one outage's length.
  const length = hasOneLength ? statedDuration ?? (computed !== undefined && computed >= 0 ? computed : stated.timeToRecover) : undefined;
  if (typeof length === 'number') metrics.durationMinutes = length;
  else if (length) {
    metrics.durationMinutes = length.minutes;
    sources.duration = length.range.start.line;
  }
  if (start) {
    const since = (role: LifecycleRole, source: keyof MetricSources): number | undefined => {
      let responding = false;
      // The first at or after the start: a warning seen before the onset is not its detection.
      for (const entry of timeline) {
        const minutes = minutesBetween(start.time, entry.time);
        if (minutes < 0) continue;
        const counts = entry.roles.includes(role) && !(role === 'detected' && isDiagnosis(entry.text, responding));
        // The onset's own row may tell what was done later ("not retained by the time we investigated").
        responding ||= minutes > 0 && isResponse(entry.text);
        if (!counts) continue;
        sources[source] = entry.line;
        return minutes;
      }
      return undefined;
    };
    metrics.timeToDetectMinutes = since('detected', 'detected') ?? watchedFromTheStart(start, timeline, sources) ?? detectedAsStated(start, stated.detectedAt, sources);
    // "The outage occurred by 08:00 but was detected 10 minutes afterward."
    const detectedLater = timeline.find((e) => e.line === sources.detected)?.text.match(DETECTED_LATER);
    const later = detectedLater ? readAmount(detectedLater[1]) : undefined;
    if (later && metrics.timeToDetectMinutes !== undefined) metrics.timeToDetectMinutes += later.minutes;
    // Detected after it was over: the document's dates disagree (a month mistyped), and no figure is right.
    if (computed !== undefined && metrics.timeToDetectMinutes !== undefined && metrics.timeToDetectMinutes > computed) {
      metrics.timeToDetectMinutes = undefined;
      delete sources.detected;
    }
    metrics.timeToAcknowledgeMinutes = since('acknowledged', 'acknowledged');
    metrics.timeToEscalateMinutes = since('escalated', 'escalated');
    metrics.timeToMitigateMinutes = since('mitigated', 'mitigated');
    // The incident is resolved at its end; a "resolved" entry stands in only where no end is known.
    metrics.timeToResolveMinutes = metrics.durationMinutes ?? since('resolved', 'resolved');
  }
  // A team's "Time to detection" stat stands in where the timeline shows no detection; where it
  // does, the timeline is what a reviewer counts from (the stats are often filled in by hand).
  if (metrics.timeToDetectMinutes === undefined && stated.timeToDetect) {
    metrics.timeToDetectMinutes = stated.timeToDetect.minutes;
    sources.detected = stated.timeToDetect.range.start.line;
  }
  for (const key of Object.keys(metrics) as Array<keyof Metrics>) if (metrics[key] === undefined) delete metrics[key];
  if (Object.keys(sources).length) metrics.sources = sources;
  return metrics;
}

/**
 * "Engineer noticed files missing", then "Server crashes while the engineer inspected it": where
 * someone was already looking into it before the onset, the incident was seen as it began.
 */
function watchedFromTheStart(start: IncidentBound, timeline: readonly TimelineEntry[], sources: MetricSources): number | undefined {
  const before = timeline.find((e) => e.roles.includes('detected') && e.time.epochMs < start.time.epochMs);
  if (!before) return undefined;
  sources.detected = start.line;
  return 0;
}

/** A "Detected" field stands in where the timeline shows no detection. */
function detectedAsStated(start: IncidentBound, detected: IncidentBound | undefined, sources: MetricSources): number | undefined {
  const minutes = detected && minutesBetween(start.time, detected.time);
  if (minutes === undefined || minutes < 0) return undefined;
  sources.detected = detected!.line;
  return minutes;
}

/** Stated lengths further apart than this share disagree. */
const AGREEMENT = 0.05;

function agrees(a: number, b: number): boolean {
  return Math.abs(a - b) <= AGREEMENT * Math.max(a, b);
}

/**
 * The length the document states. Where it states two that disagree ("offline for 84 minutes",
 * "impacted during roughly 10.5 hours"), one is a phase of the incident: the times decide, when
 * they agree with one of them.
 */
function statedLength(durations: readonly StatedDuration[], computed: number | undefined): StatedDuration | undefined {
  const [first] = durations;
  if (!first || computed === undefined || computed < 0) return first;
  const disagree = durations.some((d) => !agrees(d.minutes, first.minutes));
  return disagree && durations.some((d) => agrees(d.minutes, computed)) ? undefined : first;
}

/** A length stated outside the summary, where the times say it is the incident's (the writer rounded it). */
function confirmedLength(durations: readonly StatedDuration[] | undefined, computed: number | undefined): StatedDuration | undefined {
  if (!durations || computed === undefined || computed <= 0) return undefined;
  return durations.find((d) => agrees(d.minutes, computed));
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
