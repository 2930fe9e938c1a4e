import type { Diagnostic } from '../lint';
import type { ActionItem, PostmortemDocument } from '../model';
import { findCalendarDate } from './calendarDate';
import { documentSeverity } from './severity';

/** One linted postmortem, as the roll-up needs it; `name` says where it came from (a path, a URI). */
export interface RollupSource {
  name: string;
  document: PostmortemDocument;
  diagnostics: readonly Diagnostic[];
}

export interface OpenActionItem {
  text: string;
  owner?: string;
  /** The due date as written. */
  due?: string;
  /** The due date read as `YYYY-MM-DD`, when it names a day. */
  dueDate?: string;
  /** 0-based line of the item. */
  line: number;
}

/** One row per postmortem: what a monthly review lists. */
export interface PostmortemRow {
  name: string;
  /** `YYYY-MM-DD` the incident started (in UTC), when the document says. */
  date?: string;
  title: string;
  /** A listed label (`SEV-2`), the team's own word, or `unknown`. */
  severity: string;
  durationMinutes?: number;
  timeToDetectMinutes?: number;
  timeToMitigateMinutes?: number;
  timeToResolveMinutes?: number;
  openActionItems: OpenActionItem[];
  /** Every diagnostic the lint reported, whatever its level. */
  findings: number;
  /** 0-based line of the title, where an editor opens the document. */
  titleLine: number;
}

const DATE_KEYS = new Set(['date', 'incident date', 'start date', 'occurred']);

export function postmortemRow(source: RollupSource): PostmortemRow {
  const { document } = source;
  const metrics = document.metrics;
  return {
    name: source.name,
    date: incidentDate(source),
    title: document.title?.text ?? baseName(source.name),
    severity: documentSeverity(document),
    durationMinutes: metrics.durationMinutes,
    timeToDetectMinutes: metrics.timeToDetectMinutes,
    timeToMitigateMinutes: metrics.timeToMitigateMinutes,
    timeToResolveMinutes: metrics.timeToResolveMinutes,
    openActionItems: document.actionItems.filter((item) => item.done !== true).map(openItem),
    findings: source.diagnostics.length,
    titleLine: document.title?.line ?? 0,
  };
}

/**
 * The day the incident started, from the most to the least trustworthy place: the start the
 * metrics read (an instant only where the document dates its times), a date field, the title
 * ("Login outage on March 11, 2024"), then a dated file name (`2024-03-11-login.md`).
 */
function incidentDate(source: RollupSource): string | undefined {
  const start = source.document.metrics.startTime;
  if (start && /^\d{4}-\d{2}-\d{2}T/.test(start)) return start.slice(0, 10);
  const field = source.document.metadata.find((f) => DATE_KEYS.has(f.key.trim().toLowerCase()));
  return (
    (field && findCalendarDate(field.value)) ??
    (source.document.title && findCalendarDate(source.document.title.text)) ??
    findCalendarDate(baseName(source.name))
  );
}

function openItem(item: ActionItem): OpenActionItem {
  return { text: item.text, owner: item.owner, due: item.due, dueDate: item.due === undefined ? undefined : findCalendarDate(item.due), line: item.line };
}

function baseName(name: string): string {
  return name.split(/[\\/]/).pop() ?? name;
}
