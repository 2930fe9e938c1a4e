import { parseCsv } from './csv';
import { oneLine, type EventReader, type TimelineEvent } from './events';
import { pagerDutyTime } from './pagerDutyLog';

/**
 * PagerDuty's incident log exported as CSV: a header row naming the log entry's fields as the REST
 * API does (`created_at`, `type`, `summary`, `agent`), or as the web export titles them
 * ("Created At", "Summary", "Agent"). The time and the summary columns are required.
 */
const TIME_COLUMNS = ['created_at', 'created at', 'created on', 'timestamp', 'time', 'date'];
const TEXT_COLUMNS = ['summary', 'description', 'channel summary', 'message'];
const AGENT_COLUMNS = ['agent', 'agent name', 'user', 'agent summary'];

export const pagerDutyCsv: EventReader = {
  format: 'pagerduty-csv',
  label: 'PagerDuty log (CSV)',
  read(text) {
    if (!text.includes(',')) return undefined;
    const [header, ...rows] = parseCsv(text.trim());
    const names = header.map((name) => name.trim().toLowerCase().replace(/_/g, ' '));
    const column = (candidates: string[]) => names.findIndex((name) => candidates.some((c) => c.replace(/_/g, ' ') === name));
    const timeColumn = column(TIME_COLUMNS);
    const textColumn = column(TEXT_COLUMNS);
    const agentColumn = column(AGENT_COLUMNS);
    if (timeColumn < 0 || textColumn < 0 || !rows.length) return undefined;
    const events: TimelineEvent[] = [];
    for (const row of rows) {
      const time = pagerDutyTime(row[timeColumn] ?? '');
      const summary = oneLine(row[textColumn] ?? '');
      if (!time || !summary) continue;
      events.push({ time, text: summary, author: agentColumn < 0 ? undefined : oneLine(row[agentColumn] ?? '') || undefined });
    }
    return events.length ? events : undefined;
  },
};
