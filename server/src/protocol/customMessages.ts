/**
 * The custom protocol between the Postmortem language server and its clients, declared once and
 * imported by both sides (as vscode-eslint's `$shared/customMessages.ts` and rust-analyzer's
 * `lsp_ext.ts` do): the `workspace/executeCommand` commands with their argument and result types,
 * and the notifications. Nothing here loads the engine: the server answers `initialize` with
 * these ids before the engine is loaded, and it imports nothing at run time (not even the LSP
 * library), so the VS Code client can import it while activating and stay cheap.
 */
import type { Metrics } from '../engine/model';

/** The commands the server runs with `workspace/executeCommand`, each with one object argument. */
export const Commands = {
  insertSection: 'postmortem.insertSection',
  insertTimelineEntry: 'postmortem.insertTimelineEntry',
  sortTimeline: 'postmortem.sortTimeline',
  listMissingSections: 'postmortem.listMissingSections',
  documentInfo: 'postmortem.documentInfo',
  showMetricSource: 'postmortem.showMetricSource',
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

/** Each command's argument. */
export interface CommandParams {
  [Commands.insertSection]: { uri: string; key: string };
  /** `isoInstant`: an ISO 8601 instant, now when absent; `text`: the entry's text. */
  [Commands.insertTimelineEntry]: { uri: string; isoInstant?: string; text?: string };
  [Commands.sortTimeline]: { uri: string };
  [Commands.listMissingSections]: { uri: string };
  [Commands.documentInfo]: { uri: string };
  /** `line`: 0-based, the line a metric was read from (the code lens's command). */
  [Commands.showMetricSource]: { uri: string; line: number };
}

/** Each command's result. */
export interface CommandResults {
  [Commands.insertSection]: EditOutcome;
  [Commands.insertTimelineEntry]: EditOutcome;
  [Commands.sortTimeline]: EditOutcome;
  [Commands.listMissingSections]: MissingSection[];
  /** Null when the document is not an open postmortem. */
  [Commands.documentInfo]: DocumentInfo | null;
  /** Whether the client showed the line. */
  [Commands.showMetricSource]: boolean;
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

/** A request's method, with its params and result types carried for `sendRequest` and `onRequest`. */
export interface Request<P, R> {
  readonly method: string;
  /** Never set: they only carry the types. */
  readonly params?: P;
  readonly result?: R;
}

/*
 * What the server asks the client where it cannot read files itself (in a browser's web worker):
 * the client answers with vscode.workspace.fs and findFiles, which reach virtual file systems too.
 */

/** The Markdown files of a workspace folder (a URI), at most `maxFiles`, as URIs. */
export const FindMarkdownFilesRequest: Request<{ folder: string; maxFiles: number }, string[]> = { method: 'postmortem/findMarkdownFiles' };

/** A file's modification time and size; an error when it is gone. */
export const StatFileRequest: Request<{ uri: string }, { mtimeMs: number; size: number }> = { method: 'postmortem/statFile' };

/** A file's text as UTF-8; `problem` when it is larger than `maxBytes` or not text. */
export const ReadFileRequest: Request<{ uri: string; maxBytes: number }, { text: string } | { problem: string }> = { method: 'postmortem/readFile' };
