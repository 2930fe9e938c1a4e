import { isRecord, jsonObjects, oneLine, parseJson, readIsoTime, stringField, type EventReader, type EventTime, type TimelineEvent } from './events';

/** What each webhook action did to the alert, as an entry says it. */
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

/**
 * Opsgenie, in the forms people paste: its webhook notifications (`{ "action": "Create", "alert":
 * { "message", "createdAt", "updatedAt", "username", ... }, "source": { "name" } }`, one per alert
 * action; an action other than Create happened when the alert was last updated), and an alert's
 * log as its API lists it.
 */
export const opsgenie: EventReader = {
  format: 'opsgenie',
  label: 'Opsgenie notifications',
  read: (text) => alertLog(text) ?? webhookEvents(text),
};

/**
 * An alert's log as Opsgenie's API lists it (`GET /v2/alerts/{id}/logs`): `{ "data": [{ "log",
 * "type", "owner", "createdAt" }] }`, each entry what happened and who did it.
 */
function alertLog(text: string): TimelineEvent[] | undefined {
  const json = parseJson(text);
  const entries = isRecord(json) && Array.isArray(json.data) ? json.data : undefined;
  if (!entries?.length || !entries.every((e) => isRecord(e) && typeof e.log === 'string' && typeof e.createdAt === 'string')) return undefined;
  const events: TimelineEvent[] = [];
  for (const entry of entries as Record<string, unknown>[]) {
    const time = readIsoTime(entry.createdAt as string);
    const log = stringField(entry, 'log');
    if (time && log) events.push({ time, text: oneLine(log), author: stringField(entry, 'owner') });
  }
  return events.length ? events : undefined;
}

/** Webhook notifications, one per alert action. */
function webhookEvents(text: string): TimelineEvent[] | undefined {
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
}

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
