import { isRecord, jsonObjects, oneLine, readIsoTime, stringField, type EventReader, type EventTime, type TimelineEvent } from './events';

/**
 * Opsgenie's webhook notifications: `{ "action": "Create", "alert": { "message", "createdAt",
 * "updatedAt", "username", ... }, "source": { "name" } }`, one per alert action. An action other
 * than Create happened when the alert was last updated.
 */
const ACTIONS: Record<string, string> = {
  create: 'Alert created',
  acknowledge: 'Alert acknowledged',
  unacknowledge: 'Alert unacknowledged',
  close: 'Alert closed',
  escalate: 'Alert escalated',
  escalatetonext: 'Alert escalated to the next level',
  addnote: 'Note added to alert',
  assignownership: 'Alert assigned',
  takeownership: 'Alert owned',
  addresponder: 'Responder added to alert',
  addrecipient: 'Recipient added to alert',
  snooze: 'Alert snoozed',
  updatepriority: 'Alert priority changed',
};

export const opsgenie: EventReader = {
  format: 'opsgenie',
  label: 'Opsgenie notifications',
  read(text) {
    const notifications = jsonObjects(text);
    if (!notifications?.length || !notifications.every((n) => typeof n.action === 'string' && isRecord(n.alert))) return undefined;
    const events: TimelineEvent[] = [];
    for (const notification of notifications) {
      const alert = notification.alert as Record<string, unknown>;
      const action = notification.action as string;
      const time = alertTime(action.toLowerCase() === 'create' ? alert.createdAt : alert.updatedAt ?? alert.createdAt);
      const message = stringField(alert, 'message');
      if (!time || !message) continue;
      const what = ACTIONS[action.toLowerCase()] ?? `Alert ${action}`;
      const note = action.toLowerCase() === 'addnote' ? stringField(alert, 'note') : undefined;
      const priority = stringField(alert, 'priority');
      const source = isRecord(notification.source) ? stringField(notification.source, 'name') : undefined;
      events.push({
        time,
        text: oneLine(`${what}: ${priority ? `[${priority}] ` : ''}${message}${note ? ` (${note})` : ''}`),
        author: stringField(alert, 'username') ?? source,
      });
    }
    return events.length ? events : undefined;
  },
};

/**
 * Opsgenie writes times as numbers since the epoch in milliseconds, and in some payloads in
 * nanoseconds; the size of the number tells which. An ISO string is read too.
 */
function alertTime(value: unknown): EventTime | undefined {
  if (typeof value === 'string') return readIsoTime(value);
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) return undefined;
  const millis = value > 1e17 ? value / 1e6 : value > 1e14 ? value / 1e3 : value > 1e11 ? value : value * 1000;
  return { instant: Math.round(millis) };
}
