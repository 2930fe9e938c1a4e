/**
 * The postmortem document model. Positions are LSP positions: 0-based line and UTF-16
 * character (JavaScript string indices are UTF-16 code units, so columns are plain indices).
 */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type Level = 'off' | Severity;

export type SectionForm = 'heading' | 'label' | 'colon';

export interface Section {
  /** The title as written, without markup or the trailing colon. */
  title: string;
  /** The template section it matched, if any (for example `timeline`). */
  key?: string;
  /** A second template section a compound title serves ("Mitigation and Future Prevention": the action items too). */
  alsoKey?: string;
  form: SectionForm;
  /** Nesting rank: heading depth for headings, deeper for labels and colon lines. */
  rank: number;
  /** The line that opens the section. */
  line: number;
  /** The title's range on that line. */
  titleRange: Range;
  /** First line after the section, children included (exclusive). */
  endLine: number;
  /** Text that followed the label on its own line (`**Impact:** 30% of users`). */
  inlineText?: string;
  children: Section[];
  parent?: Section;
}

export interface TimeMention {
  /** Where the time (with its date and zone, if written together) stands. */
  range: Range;
  text: string;
  /** Epoch milliseconds of the instant, in UTC. */
  epochMs: number;
  /** ISO 8601 in UTC. */
  iso: string;
  /** The zone written next to the time, or the one assumed for it. */
  zone: string;
  zoneSource: 'written' | 'line' | 'declared' | 'default';
  /** The zone as the writer spelled it next to the time ("PST", "+02:00"), when written. */
  zoneText?: string;
  hasDate: boolean;
  /**
   * No date stands anywhere in the document, so the time sits on a stand-in day: spans between
   * such times are right, their calendar date is not and is never shown.
   */
  floating: boolean;
  /** The time was moved to the next day because it went back across midnight. */
  rolledOver: boolean;
  /** The line above that writes a date alone ("### 2022-04-20"), where the time takes its day from it. */
  dayLine?: number;
}

export type LifecycleRole =
  | 'started'
  | 'detected'
  | 'acknowledged'
  | 'escalated'
  | 'mitigated'
  | 'resolved';

export interface TimelineEntry {
  line: number;
  range: Range;
  time: TimeMention;
  /** The entry's text without the time. */
  text: string;
  /** The most decisive lifecycle step the entry names. */
  role?: LifecycleRole;
  /** Every step it names ("The outage began; alerts fired" starts and detects). */
  roles: LifecycleRole[];
  source: 'list' | 'table' | 'line' | 'sentence' | 'heading';
}

export interface ActionItem {
  line: number;
  range: Range;
  text: string;
  owner?: string;
  due?: string;
  ticket?: string;
  done?: boolean;
  source: 'task' | 'list' | 'table' | 'line';
}

export interface MetadataField {
  key: string;
  value: string;
  line: number;
  range: Range;
  valueRange: Range;
  source: 'front-matter' | 'label' | 'table';
}

export interface StatedDuration {
  minutes: number;
  text: string;
  range: Range;
}

/** The 0-based line each metric's time was read from, so a user can see why a figure is what it is. */
export interface MetricSources {
  start?: number;
  end?: number;
  /** Where the document states its length, when the duration is taken from that. */
  duration?: number;
  detected?: number;
  acknowledged?: number;
  escalated?: number;
  mitigated?: number;
  resolved?: number;
}

export interface Metrics {
  /**
   * ISO 8601: an instant in UTC where the document dates its times, else a time of day with its
   * offset (`10:00:00+02:00`).
   */
  startTime?: string;
  endTime?: string;
  durationMinutes?: number;
  timeToDetectMinutes?: number;
  timeToAcknowledgeMinutes?: number;
  timeToEscalateMinutes?: number;
  timeToMitigateMinutes?: number;
  timeToResolveMinutes?: number;
  sources?: MetricSources;
}

export interface IncidentBound {
  time: TimeMention;
  /** Where it came from: a metadata field, a range in a summary, or a timeline entry. */
  source: 'field' | 'range' | 'timeline';
  line: number;
}

/** A field or time that looks meant as a start or end but could not be read. */
export interface UnreadableBound {
  which: 'start' | 'end';
  field: MetadataField;
}

export interface PostmortemDocument {
  text: string;
  lines: readonly string[];
  eol: '\n' | '\r\n';
  title?: { text: string; line: number; range: Range };
  frontMatter?: { data: Record<string, unknown>; startLine: number; endLine: number; error?: string };
  metadata: MetadataField[];
  /** Top-level sections; each holds its children. */
  sections: Section[];
  /** Every section in document order. */
  allSections: Section[];
  timeline: TimelineEntry[];
  /** Every time written anywhere in the document, in document order. */
  times: TimeMention[];
  actionItems: ActionItem[];
  statedDurations: StatedDuration[];
  /** The zone the document declares for all its times ("all times UTC"), if any. */
  declaredZone?: { zone: string; line: number };
  start?: IncidentBound;
  end?: IncidentBound;
  unreadableBounds: UnreadableBound[];
  metrics: Metrics;
  /** Words of prose, for the length rule. */
  words: number;
}
