import { isRecord, oneLine, parseJson, stringField, type EventReader, type TimelineEvent } from './events';

/**
 * Slack's export: each channel's day is a JSON array of messages with `ts` (seconds since the
 * epoch, as a string), `text`, and the sender as `user_profile.real_name`, `user_name` or `user`;
 * `conversations.history` wraps the same messages in `{ "messages": [...] }`.
 */
export const slackJson: EventReader = {
  format: 'slack-json',
  label: 'Slack export (JSON)',
  read(text) {
    const json = parseJson(text);
    const messages = Array.isArray(json) ? json : isRecord(json) && Array.isArray(json.messages) ? json.messages : undefined;
    if (!messages?.length || !messages.every((m) => isRecord(m) && typeof m.ts === 'string' && /^\d+(?:\.\d+)?$/.test(m.ts))) return undefined;
    const events: TimelineEvent[] = [];
    for (const message of messages as Record<string, unknown>[]) {
      // Joins, leaves and topic changes are the channel's housekeeping, not the incident.
      if (typeof message.subtype === 'string' && /^channel_|^group_/.test(message.subtype)) continue;
      const body = stringField(message, 'text');
      if (!body) continue;
      const profile = isRecord(message.user_profile) ? message.user_profile : {};
      const author = stringField(profile, 'real_name', 'display_name') ?? stringField(message, 'user_name', 'username', 'user');
      events.push({ time: { instant: Math.round(Number(message.ts) * 1000) }, text: oneLine(slackMarkup(body)), author });
    }
    return events;
  },
};

/** Slack's markup as a reader sees it: `<url|label>` as the label, `<@U123>` as the id, entities decoded. */
function slackMarkup(text: string): string {
  return text
    .replace(/<([^<>|]+)\|([^<>]+)>/g, '$2')
    .replace(/<([@#!]?)([^<>]+)>/g, '$1$2')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
