import {
  CodeLensRefreshRequest,
  DiagnosticRefreshRequest,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReportKind,
  FileChangeType,
  InlayHintRefreshRequest,
  LSPErrorCodes,
  MessageType,
  ResponseError,
  SemanticTokensRefreshRequest,
  ShowMessageNotification,
  TextDocumentSyncKind,
  TextDocuments,
  type CancellationToken,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { relative } from 'node:path';
import { AnalysisCache, type Analysis } from './analysisCache';
import { readClientSupport, type ClientSupport } from './client';
import { ConfigFiles } from './configFiles';
import { CODE_ACTION_KINDS, codeActions } from './features/codeActions';
import { codeLenses } from './features/codeLens';
import { completions } from './features/completions';
import { DiagnosticsPublisher, documentDiagnostics } from './features/diagnostics';
import { documentSymbols, flatSymbols } from './features/documentSymbols';
import { COMMANDS, executeCommand } from './features/executeCommand';
import { foldingRanges } from './features/foldingRanges';
import { hover } from './features/hover';
import { inlayHints } from './features/inlayHints';
import { SEMANTIC_TOKENS_LEGEND, semanticTokens } from './features/semanticTokens';
import { workspaceSymbols } from './features/workspaceSymbols';
import { Logger, type TraceLevel } from './logger';
import { DocumentSettings, SETTINGS_SECTION } from './settings';
import { WorkspaceIndex } from './workspaceIndex';

const CONFIG_FILE = '.postmortemrc.json';
const MARKDOWN_FILE = /\.(?:md|markdown)$/i;

/**
 * Wires the LSP methods to the features. Each handler is small: find the document's analysis,
 * hand it to its feature, and through `guard` turn any failure into a logged empty result, so
 * one bad document never takes the server down.
 */
export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const log = new Logger(connection.console);
  let support: ClientSupport = readClientSupport({});
  let folders: string[] = [];

  const settings = new DocumentSettings((uri) => connection.workspace.getConfiguration({ scopeUri: uri, section: SETTINGS_SECTION }), log);
  const configs = new ConfigFiles(describePath, (problems) => {
    // Shown once per problem: the document also carries it as a diagnostic on its first line.
    // A notification, not showErrorMessage: that is a request, and nothing here waits for an answer.
    const message = `Postmortem: ${problems.join(' ')}`;
    connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Error, message }).catch((error: unknown) => log.error('showMessage', error));
  });
  const analyses = new AnalysisCache({
    settings: (uri) => settings.get(uri),
    configFor: (uri) => configs.forDocument(uri, folders[0]),
    folders: () => folders,
  });
  const index = new WorkspaceIndex({
    folders: () => folders,
    include: async (folder) => (await settings.get(folder)).include,
    openAnalyses: () => Promise.all(documents.all().map((d) => analyses.get(d).catch(() => undefined))),
    openUris: () => new Set(documents.keys()),
    watched: () => support.watchedFilesRegistration,
    log,
  });
  const publisher = new DiagnosticsPublisher(
    documents,
    analyses,
    (uri, version, diagnostics) => connection.sendDiagnostics({ uri, version, diagnostics }).catch((error: unknown) => log.error('publishDiagnostics', error, { uri })),
    log,
  );

  // A promise nobody awaited must not end the process: log it, with where it came from.
  process.on('unhandledRejection', (reason) => log.error('unhandledRejection', reason));

  function describePath(path: string): string {
    const folder = folders.map((f) => URI.parse(f).fsPath).find((f) => path.startsWith(f));
    return folder ? relative(folder, path) || path : path;
  }

  /** The current analysis of an open document; a cancelled request stops here, after the only await. */
  async function analysisFor(uri: string, token?: CancellationToken): Promise<Analysis | undefined> {
    const document = documents.get(uri);
    if (!document) return undefined;
    const analysis = await analyses.get(document);
    if (token?.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
    return analysis;
  }

  function guard<P, R>(where: string, empty: R, run: (params: P, token: CancellationToken) => R | Promise<R>) {
    return async (params: P, token: CancellationToken): Promise<R> => {
      try {
        return await run(params, token);
      } catch (error) {
        if (error instanceof ResponseError) throw error;
        log.error(where, error, { uri: (params as { textDocument?: { uri?: string } })?.textDocument?.uri });
        return empty;
      }
    };
  }

  function guardNotification<P>(where: string, run: (params: P) => void | Promise<void>) {
    return (params: P): void => {
      Promise.resolve()
        .then(() => run(params))
        .catch((error: unknown) => log.error(where, error));
    };
  }

  /** Settings or a config file changed: every open postmortem may read differently now. */
  function refreshAll(): void {
    analyses.invalidate();
    const ask = (type: typeof DiagnosticRefreshRequest.type) => connection.sendRequest(type).catch((error: unknown) => log.warn('refresh', String(error), { method: type.method }));
    if (!support.pullDiagnostics) publisher.scheduleAll();
    else if (support.diagnosticsRefresh) void ask(DiagnosticRefreshRequest.type);
    if (support.semanticTokensRefresh) void ask(SemanticTokensRefreshRequest.type);
    if (support.inlayHintRefresh) void ask(InlayHintRefreshRequest.type);
    if (support.codeLensRefresh) void ask(CodeLensRefreshRequest.type);
  }

  async function readTrace(): Promise<void> {
    if (!support.configuration) return;
    const trace = (await connection.workspace.getConfiguration(`${SETTINGS_SECTION}.trace.server`)) as TraceLevel | null;
    if (trace) log.setTrace(trace);
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    support = readClientSupport(params.capabilities);
    if (!support.configuration) settings.disablePull();
    folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    configs.setWatched(support.watchedFilesRegistration);
    if (params.trace === 'verbose') log.setTrace('verbose');
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        diagnosticProvider: support.pullDiagnostics ? { identifier: 'postmortem', interFileDependencies: false, workspaceDiagnostics: false } : undefined,
        completionProvider: { triggerCharacters: ['#', '@', '*', ':', ' '] },
        hoverProvider: true,
        documentSymbolProvider: { label: 'Postmortem' },
        workspaceSymbolProvider: true,
        codeActionProvider: { codeActionKinds: CODE_ACTION_KINDS },
        codeLensProvider: { resolveProvider: false },
        inlayHintProvider: true,
        foldingRangeProvider: true,
        semanticTokensProvider: { legend: SEMANTIC_TOKENS_LEGEND, full: true },
        executeCommandProvider: { commands: Object.values(COMMANDS) },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'postmortem-language-server' },
    };
  });

  connection.onInitialized(
    guardNotification('initialized', async () => {
      if (support.watchedFilesRegistration) {
        await connection.client.register(DidChangeWatchedFilesNotification.type, {
          watchers: [{ globPattern: `**/${CONFIG_FILE}` }, { globPattern: '**/*.{md,markdown}' }],
        });
      }
      if (support.workspaceFolders) {
        connection.workspace.onDidChangeWorkspaceFolders((event) => {
          const removed = new Set(event.removed.map((f) => f.uri));
          folders = [...folders.filter((f) => !removed.has(f)), ...event.added.map((f) => f.uri)];
          index.foldersChanged();
        });
      }
      await readTrace();
    }),
  );

  documents.onDidChangeContent((event) => {
    if (!support.pullDiagnostics) publisher.schedule(event.document.uri);
  });
  documents.onDidClose((event) => {
    settings.forget(event.document.uri);
    analyses.forget(event.document.uri);
    if (!support.pullDiagnostics) publisher.clear(event.document.uri);
  });

  connection.onDidChangeConfiguration(
    guardNotification('didChangeConfiguration', async (params) => {
      settings.clear(params.settings);
      refreshAll();
      await readTrace();
    }),
  );

  connection.onDidChangeWatchedFiles(
    guardNotification('didChangeWatchedFiles', (params) => {
      let configChanged = false;
      for (const change of params.changes) {
        if (change.uri.endsWith(`/${CONFIG_FILE}`)) configChanged = true;
        else if (MARKDOWN_FILE.test(change.uri)) index.fileChanged(change.uri, change.type === FileChangeType.Created, change.type === FileChangeType.Deleted);
      }
      if (configChanged) {
        configs.changed();
        refreshAll();
      }
    }),
  );

  connection.languages.diagnostics.on(
    guard('diagnostics', { kind: DocumentDiagnosticReportKind.Full, items: [] }, async (params, token) => {
      const analysis = await analysisFor(params.textDocument.uri, token);
      const version = documents.get(params.textDocument.uri)?.version ?? 0;
      return documentDiagnostics(analysis, params, analyses.stamp(analysis?.version ?? version));
    }),
  );

  connection.onCompletion(
    guard('completion', [], async (params, token) =>
      completions(await analysisFor(params.textDocument.uri, token), params.position, {
        snippets: support.snippets,
        markdownDocs: support.markdownCompletionDocs,
        owners: () => index.owners(token),
      }),
    ),
  );

  connection.onHover(guard('hover', null, async (params, token) => hover(await analysisFor(params.textDocument.uri, token), params.position, support.markdownHover)));

  connection.onDocumentSymbol(
    guard('documentSymbol', [], async (params, token) => {
      const symbols = documentSymbols(await analysisFor(params.textDocument.uri, token));
      return support.hierarchicalSymbols ? symbols : flatSymbols(params.textDocument.uri, symbols);
    }),
  );

  connection.onWorkspaceSymbol(guard('workspaceSymbol', [], async (params, token) => workspaceSymbols(await index.postmortems(token), params.query)));

  connection.onCodeAction(guard('codeAction', [], async (params, token) => codeActions(await analysisFor(params.textDocument.uri, token), params, support.documentChanges)));

  connection.onCodeLens(guard('codeLens', [], async (params, token) => codeLenses(await analysisFor(params.textDocument.uri, token))));

  connection.languages.inlayHint.on(guard('inlayHint', [], async (params, token) => inlayHints(await analysisFor(params.textDocument.uri, token), params.range)));

  connection.onFoldingRanges(guard('foldingRange', [], async (params, token) => foldingRanges(await analysisFor(params.textDocument.uri, token))));

  connection.languages.semanticTokens.on(guard('semanticTokens', { data: [] }, async (params, token) => semanticTokens(await analysisFor(params.textDocument.uri, token))));

  connection.onExecuteCommand(
    guard('executeCommand', null, (params, token) =>
      executeCommand(params, {
        analysisFor: (uri) => analysisFor(uri, token),
        applyEdit: async (label, edit) => (await connection.workspace.applyEdit({ label, edit })).applied,
        versioned: support.documentChanges,
      }),
    ),
  );

  documents.listen(connection);
  connection.listen();
}
