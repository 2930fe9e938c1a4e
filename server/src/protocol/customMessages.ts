/**
 * The custom protocol between the Postmortem language server and its clients, declared once and
 * imported by both sides (as vscode-eslint's `$shared/customMessages.ts` and rust-analyzer's
 * `lsp_ext.ts` do): the `workspace/executeCommand` commands with their argument and result types,
 * and the notifications. Nothing here loads the engine: the server answers `initialize` with
 * these ids before the engine is loaded, and it imports nothing at run time (not even the LSP
 * library), so the VS Code client can import it while activating and stay cheap.
 */
import type { Metrics, Range } from '../engine/model';
import type { TimelineView } from '../engine/diagram/timelineView';
import type { ReportView } from '../engine/rollup/report';

/** The commands the server runs with `workspace/executeCommand`, each with one object argument. */
export const Commands = {
  insertSection: 'postmortem.insertSection',
  insertTimelineEntry: 'postmortem.insertTimelineEntry',
  sortTimeline: 'postmortem.sortTimeline',
  insertTimelineDiagram: 'postmortem.insertTimelineDiagram',
  listMissingSections: 'postmortem.listMissingSections',
  documentInfo: 'postmortem.documentInfo',
  showMetricSource: 'postmortem.showMetricSource',
  importTimeline: 'postmortem.importTimeline',
} as const;

export type CommandId = (typeof Commands)[keyof typeof Commands];

export interface MissingSection {
  key: string;
  title: string;
  description: string;
}

/** What an editing command did; `reason` says why nothing changed. */
export interface EditOutcome {
  applied: boolean;
  reason?: string;
}

/** What the editor shows about a postmortem: the template it is checked against, and its metrics. */
export interface DocumentInfo {
  /** The template's id. */
  template: string;
  templateName: string;
  templateReason: string;
  metrics: Metrics;
}

/**
 * Pasted logs read as timeline entries. `edit` writes them all (null when none is new, or the text
 * is in no format: then `format` is null and the text is pasted as it is). The client applies the
 * edit itself, to `version` of the document, so that a paste can carry it; with `apply` the server
 * applies it (for editors with no client code), and `applied` says whether it was.
 */
export interface TimelineImportOutcome {
  format: string | null;
  /** The format as a person names it ("Slack messages"). */
  label?: string;
  /** Each new entry's line, in time order. */
  added: string[];
  /** Events the timeline already has. */
  skipped: number;
  edit: { range: Range; newText: string } | null;
  /** The document version the edit is for. */
  version: number;
  applied?: boolean;
  reason?: string;
}

/** Each command's argument. */
export interface CommandParams {
  [Commands.insertSection]: { uri: string; key: string };
  /** `isoInstant`: an ISO 8601 instant, now when absent; `text`: the entry's text. */
  [Commands.insertTimelineEntry]: { uri: string; isoInstant?: string; text?: string };
  [Commands.sortTimeline]: { uri: string };
  [Commands.insertTimelineDiagram]: { uri: string };
  [Commands.listMissingSections]: { uri: string };
  [Commands.documentInfo]: { uri: string };
  /** `line`: 0-based, the line a metric was read from (the code lens's command). */
  [Commands.showMetricSource]: { uri: string; line: number };
  /**
   * `text`: what was pasted (a log, chat messages, notifications); `apply`: the server applies the
   * edit; `line`: where a paste lands (0-based), for a paste provider: nothing is offered outside
   * the timeline.
   */
  [Commands.importTimeline]: { uri: string; text: string; apply?: boolean; line?: number };
}

/** Each command's result. */
export interface CommandResults {
  [Commands.insertSection]: EditOutcome;
  [Commands.insertTimelineEntry]: EditOutcome;
  [Commands.sortTimeline]: EditOutcome;
  /** Writes the timeline's mermaid block after the timeline, or brings the one there up to date. */
  [Commands.insertTimelineDiagram]: EditOutcome;
  [Commands.listMissingSections]: MissingSection[];
  /** Null when the document is not an open postmortem. */
  [Commands.documentInfo]: DocumentInfo | null;
  /** Whether the client showed the line. */
  [Commands.showMetricSource]: boolean;
  [Commands.importTimeline]: TimelineImportOutcome;
}

/**
 * Pushed by the server whenever what the editor's status shows for a document may have changed
 * (after each analysis), so the client never polls. Sent only to clients that announce
 * `experimental.postmortemDocumentStatus` in `initialize`; other editors never see it.
 */
export interface DocumentStatusParams {
  uri: string;
  /** The document version the status is for. */
  version: number;
  /** Null: the document is not a postmortem. */
  info: DocumentInfo | null;
}

/** A notification's method, with its params type carried for `sendNotification` and `onNotification`. */
export interface Notification<P> {
  readonly method: string;
  /** Never set: it only carries the params type. */
  readonly params?: P;
}

export const DocumentStatusNotification: Notification<DocumentStatusParams> = { method: 'postmortem/documentStatus' };

/** The `experimental` client capability that asks for `postmortem/documentStatus`. */
export const DOCUMENT_STATUS_CAPABILITY = 'postmortemDocumentStatus';

/**
 * Pushed when the workspace's postmortems may have changed (a Markdown file created, changed or
 * deleted, settings or a config file changed), so a view asks `postmortem/workspaceRollup` again
 * only after the server's index has heard of the change. Sent only to clients that announce
 * `experimental.postmortemWorkspaceChanged`.
 */
export const WorkspaceChangedNotification: Notification<Record<string, never>> = { method: 'postmortem/workspaceChanged' };

/** The `experimental` client capability that asks for `postmortem/workspaceChanged`. */
export const WORKSPACE_CHANGED_CAPABILITY = 'postmortemWorkspaceChanged';

/** A request's method, with its params and result types carried for `sendRequest` and `onRequest`. */
export interface Request<P, R> {
  readonly method: string;
  /** Never set: they only carry the types. */
  readonly params?: P;
  readonly result?: R;
}

/** An open action item of a postmortem, as the Postmortems view lists it. */
export interface RollupActionItem {
  text: string;
  /** 0-based line. */
  line: number;
  owner?: string;
  due?: string;
  /** Due before the day the server answered (UTC). */
  overdue: boolean;
}

/** One postmortem of the workspace, as the Postmortems view shows it. */
export interface RollupPostmortem {
  uri: string;
  /** 0-based line of the title. */
  line: number;
  /** `YYYY-MM-DD`, when the document dates the incident. */
  date?: string;
  title: string;
  /** A listed label (`SEV-2`), the team's own word, or `unknown`. */
  severity: string;
  durationMinutes?: number;
  findings: number;
  openActionItems: RollupActionItem[];
}

/**
 * Every postmortem in the workspace, newest first, from the server's workspace index (files are
 * read again only when they change). The client asks again when Markdown files change.
 */
export const WorkspaceRollupRequest: Request<Record<string, never>, { postmortems: RollupPostmortem[] }> = { method: 'postmortem/workspaceRollup' };
/** The timeline of an open document as "Postmortem: Show Timeline" draws it, for the document's `version`. */
export interface TimelineViewResult {
  version: number;
  /** Null when the document is not a postmortem, or no entry has a time to place. */
  view: TimelineView | null;
}

/** The picture of an open postmortem's timeline; the client asks again as the document changes. */
export const TimelineViewRequest: Request<{ uri: string }, TimelineViewResult> = { method: 'postmortem/timelineView' };

/**
 * The team's roll-up as "Postmortem: Show Report" draws it, from the server's workspace index:
 * the same aggregates as `postmortem stats`. Items and rows name their document by URI; null
 * when the server could not read the workspace (its log says why).
 */
export const WorkspaceReportRequest: Request<Record<string, never>, ReportView | null> = { method: 'postmortem/workspaceReport' };

/*
 * What the server asks the client where it cannot read files itself (in a browser's web worker):
 * the client answers with vscode.workspace.fs and findFiles, which reach virtual file systems too.
 */

/** The Markdown files of a workspace folder (a URI), at most `maxFiles`, as URIs. */
export const FindMarkdownFilesRequest: Request<{ folder: string; maxFiles: number }, string[]> = { method: 'postmortem/findMarkdownFiles' };

/** A file's modification time and size, and whether it is a directory; an error when it is gone. */
export const StatFileRequest: Request<{ uri: string }, { mtimeMs: number; size: number; directory: boolean }> = { method: 'postmortem/statFile' };

/** A file's text as UTF-8; `problem` when it is larger than `maxBytes` or not text. */
export const ReadFileRequest: Request<{ uri: string; maxBytes: number }, { text: string } | { problem: string }> = { method: 'postmortem/readFile' };
