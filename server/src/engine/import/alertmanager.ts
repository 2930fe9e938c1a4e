import { contentLines, isRecord, jsonObjects, oneLine, readIsoTime, stringField, type EventReader, type TimelineEvent } from './events';

/**
 * Alertmanager, in the forms people paste:
 *
 * - its webhook notifications (`"version": "4"`, Grafana's too): `status` and `alerts`, each alert
 *   with `status`, `labels`, `annotations`, `startsAt` and `endsAt`;
 * - a list of alerts without the notification around it, as `GET /api/v2/alerts` answers (its
 *   `status` an object with `state`) and as Prometheus posts them;
 * - `amtool alert query`'s table: `Alertname`, `Starts At` (`2026-03-04 14:01:30 UTC`),
 *   `Summary` and `State` columns, aligned with spaces.
 *
 * An alert fired at `startsAt`; a resolved one ended at `endsAt` (a firing alert's `endsAt` is a
 * guess or the zero time, so it says nothing).
 */
export const alertmanager: EventReader = {
  format: 'alertmanager',
  label: 'Alertmanager notifications',
  read: (text) => amtoolTable(text) ?? alertEvents(text),
};

function alertEvents(text: string): TimelineEvent[] | undefined {
  const objects = jsonObjects(text);
  if (!objects?.length) return undefined;
  const notifications = objects.every((n) => Array.isArray(n.alerts) && typeof n.status === 'string');
  const alerts = notifications ? objects.flatMap((n) => (n.alerts as unknown[]).filter(isRecord)) : objects;
  if (!notifications && !alerts.every(isAlert)) return undefined;
  const events: TimelineEvent[] = [];
  for (const alert of alerts) {
    const name = describe(alert);
    const started = typeof alert.startsAt === 'string' ? readIsoTime(alert.startsAt) : undefined;
    if (started) events.push({ time: started, text: `Alert firing: ${name}` });
    const ended = alert.status === 'resolved' && typeof alert.endsAt === 'string' ? readIsoTime(alert.endsAt) : undefined;
    if (ended) events.push({ time: ended, text: `Alert resolved: ${name}` });
  }
  return events.length ? events : undefined;
}

/** An alert on its own: a name among its labels and the time it started. */
function isAlert(value: Record<string, unknown>): boolean {
  return isRecord(value.labels) && typeof value.labels.alertname === 'string' && typeof value.startsAt === 'string';
}

/** The alert's name with its summary: "HighErrorRate (checkout): 5xx above 5%". */
function describe(alert: Record<string, unknown>): string {
  const labels = isRecord(alert.labels) ? alert.labels : {};
  const annotations = isRecord(alert.annotations) ? alert.annotations : {};
  const name = stringField(labels, 'alertname') ?? 'alert';
  const where = stringField(labels, 'service', 'job', 'instance');
  const summary = stringField(annotations, 'summary', 'description', 'message');
  return oneLine(`${name}${where ? ` (${where})` : ''}${summary ? `: ${summary}` : ''}`);
}

const AMTOOL_HEADER = /^Alertname {2,}Starts At {2,}Summary {2,}State\s*$/;
const AMTOOL_TIME = /^(\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}) ([A-Za-z][\w+-]*)$/;

/**
 * `amtool alert query`: the columns start where the header's names start (amtool pads them with
 * spaces, and an empty summary leaves its column blank). Times are amtool's default
 * `2006-01-02 15:04:05 MST`, the zone an abbreviation read as the document's reader reads one.
 */
function amtoolTable(text: string): TimelineEvent[] | undefined {
  const [header, ...rows] = contentLines(text);
  if (!header || !AMTOOL_HEADER.test(header.trimStart())) return undefined;
  const indent = header.length - header.trimStart().length;
  const [startsAt, summary, state] = ['Starts At', 'Summary', 'State'].map((name) => header.indexOf(name, indent));
  const events: TimelineEvent[] = [];
  for (const row of rows) {
    const name = row.slice(indent, startsAt).trim();
    const stamp = AMTOOL_TIME.exec(row.slice(startsAt, summary).trim());
    const wall = stamp && readIsoTime(stamp[1]);
    if (!name || !wall || !('wall' in wall)) continue;
    const said = row.slice(summary, state).trim();
    events.push({ time: { wall: wall.wall, zone: stamp[2] }, text: oneLine(`Alert firing: ${name}${said ? `: ${said}` : ''}`) });
  }
  return events.length ? events : undefined;
}

const SUBJECT = /^\[(FIRING(?::\d+)?|RESOLVED)\]\s+(\S.*)$/;

/**
 * Alertmanager's default notification title, as its Slack, e-mail and Opsgenie templates write it
 * ("[FIRING:2] CheckoutLatencyHigh (checkout page)", "[RESOLVED] ..."), said as an entry says it;
 * any other text as it is.
 */
export function alertmanagerSubject(text: string): string {
  const match = SUBJECT.exec(text.trim());
  if (!match) return text;
  return `${match[1] === 'RESOLVED' ? 'Alert resolved' : 'Alert firing'}: ${match[2]}`;
}
