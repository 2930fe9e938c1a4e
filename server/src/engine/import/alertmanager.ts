import { isRecord, jsonObjects, oneLine, readIsoTime, stringField, type EventReader, type TimelineEvent } from './events';

/**
 * Alertmanager's webhook notifications (`"version": "4"`): `alerts`, each with `status`, `labels`,
 * `annotations`, `startsAt` and `endsAt`. An alert fired at `startsAt`; a resolved one ended at
 * `endsAt` (a firing alert's `endsAt` is a guess or the zero time, so it says nothing).
 */
export const alertmanager: EventReader = {
  format: 'alertmanager',
  label: 'Alertmanager notifications',
  read(text) {
    const notifications = jsonObjects(text);
    if (!notifications?.length || !notifications.every((n) => Array.isArray(n.alerts) && typeof n.status === 'string')) return undefined;
    const events: TimelineEvent[] = [];
    for (const notification of notifications) {
      for (const alert of (notification.alerts as unknown[]).filter(isRecord)) {
        const name = describe(alert);
        const started = typeof alert.startsAt === 'string' ? readIsoTime(alert.startsAt) : undefined;
        if (started) events.push({ time: started, text: `Alert firing: ${name}` });
        const ended = alert.status === 'resolved' && typeof alert.endsAt === 'string' ? readIsoTime(alert.endsAt) : undefined;
        if (ended) events.push({ time: ended, text: `Alert resolved: ${name}` });
      }
    }
    return events.length ? events : undefined;
  },
};

/** The alert's name with its summary: "HighErrorRate (checkout): 5xx above 5%". */
function describe(alert: Record<string, unknown>): string {
  const labels = isRecord(alert.labels) ? alert.labels : {};
  const annotations = isRecord(alert.annotations) ? alert.annotations : {};
  const name = stringField(labels, 'alertname') ?? 'alert';
  const where = stringField(labels, 'service', 'job', 'instance');
  const summary = stringField(annotations, 'summary', 'description', 'message');
  return oneLine(`${name}${where ? ` (${where})` : ''}${summary ? `: ${summary}` : ''}`);
}
