import {
  DocumentDiagnosticReportKind,
  ResponseError,
  TextDocuments,
  type CancellationToken,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { TimelineViewRequest, WorkspaceReportRequest, WorkspaceRollupRequest, type TimelineViewResult } from '../protocol/customMessages';
import { serverCapabilities } from './capabilities';
import { readClientSupport } from './client';
import type { ServerHost } from './host';
import { Logger } from './logger';
import { documentsConfiguration } from './textDocuments';
import type { Session, SessionState } from './session';

/**
 * Wires the LSP methods to the session, over any connection (Node's stdio or IPC, a browser's web
 * worker messages); `host` reads what lies beyond the open documents. Returns the logger, for the
 * entry point's handler of unawaited rejections. Every handler goes through `guard`, which turns a failure
 * into a logged empty result, so one bad document never takes the server down.
 *
 * This file and what it imports stay free of the engine: `initialize` is answered at once, and
 * the session (with the engine, about half the start-up cost) loads right after, while the
 * client is still processing the answer.
 */
export function startServer(connection: Connection, host: ServerHost): Logger {
  const documents = new TextDocuments<TextDocument>(documentsConfiguration);
  const log = new Logger(connection.console);
  const state: SessionState = { support: readClientSupport({}), folders: [] };
  let loading: Promise<Session> | undefined;
  const session = () => (loading ??= import('./session').then((m) => new m.Session(connection, documents, state, log, host)));

  function guard<P, R>(where: string, empty: R, run: (session: Session, params: P, token: CancellationToken) => R | Promise<R>) {
    return async (params: P, token: CancellationToken): Promise<R> => {
      try {
        return await run(await session(), params, token);
      } catch (error) {
        // Deliberate answers (cancelled, invalid arguments) go to the client as errors.
        if (error instanceof ResponseError) throw error;
        log.error(where, error, { uri: (params as { textDocument?: { uri?: string } } | undefined)?.textDocument?.uri });
        return empty;
      }
    };
  }

  function notification<P>(where: string, run: (session: Session, params: P) => void | Promise<void>) {
    return (params: P): void => {
      session()
        .then((s) => run(s, params))
        .catch((error: unknown) => log.error(where, error));
    };
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    state.support = readClientSupport(params.capabilities);
    state.folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    if (params.trace === 'verbose') log.setTrace('verbose');
    return { capabilities: serverCapabilities(state.support), serverInfo: { name: 'postmortem-language-server' } };
  });

  connection.onInitialized(
    notification('initialized', async (s) => {
      if (state.support.workspaceFolders) {
        connection.workspace.onDidChangeWorkspaceFolders((event) => {
          const removed = new Set(event.removed.map((f) => f.uri));
          state.folders = [...state.folders.filter((f) => !removed.has(f)), ...event.added.map((f) => f.uri)];
          s.foldersChanged();
        });
      }
      await s.initialized();
    }),
  );

  documents.onDidChangeContent((event) => notification('didChange', (s, uri: string) => s.changed(uri))(event.document.uri));
  documents.onDidClose((event) => notification('didClose', (s, uri: string) => s.closed(uri))(event.document.uri));
  connection.onDidChangeConfiguration(notification('didChangeConfiguration', (s, params) => s.configurationChanged(params)));
  connection.onDidChangeWatchedFiles(notification('didChangeWatchedFiles', (s, params) => s.filesChanged(params)));

  connection.languages.diagnostics.on(guard('diagnostics', { kind: DocumentDiagnosticReportKind.Full, items: [] }, (s, params, token) => s.diagnostics(params, token)));
  connection.onCompletion(guard('completion', [], (s, params, token) => s.completion(params, token)));
  connection.onHover(guard('hover', null, (s, params, token) => s.hover(params, token)));
  connection.onDocumentSymbol(guard('documentSymbol', [], (s, params, token) => s.documentSymbol(params, token)));
  connection.onWorkspaceSymbol(guard('workspaceSymbol', [], (s, params, token) => s.workspaceSymbol(params, token)));
  connection.onRequest(WorkspaceRollupRequest.method, guard('workspaceRollup', { postmortems: [] }, (s, _params: unknown, token) => s.workspaceRollup(token)));
  connection.onRequest(WorkspaceReportRequest.method, guard('workspaceReport', null, (s, _params: unknown, token) => s.workspaceReport(token)));
  connection.onRequest(TimelineViewRequest.method, guard('timelineView', { version: 0, view: null } as TimelineViewResult, (s, params: { uri: string }, token) => s.timelineView(params, token)));
  connection.onCodeAction(guard('codeAction', [], (s, params, token) => s.codeAction(params, token)));
  connection.onCodeLens(guard('codeLens', [], (s, params, token) => s.codeLens(params, token)));
  connection.languages.inlayHint.on(guard('inlayHint', [], (s, params, token) => s.inlayHint(params, token)));
  connection.onFoldingRanges(guard('foldingRange', [], (s, params, token) => s.foldingRange(params, token)));
  connection.languages.semanticTokens.on(guard('semanticTokens', { data: [] }, (s, params, token) => s.semanticTokens(params, token)));
  connection.onExecuteCommand(guard('executeCommand', null, (s, params, token) => s.executeCommand(params, token)));

  documents.listen(connection);
  connection.listen();
  return log;
}
