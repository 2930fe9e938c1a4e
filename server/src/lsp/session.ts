import {
  CodeLensRefreshRequest,
  DiagnosticRefreshRequest,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  InlayHintRefreshRequest,
  LSPErrorCodes,
  ResponseError,
  SemanticTokensRefreshRequest,
  type CancellationToken,
  type CodeActionParams,
  type CompletionParams,
  type Connection,
  type DidChangeConfigurationParams,
  type DidChangeWatchedFilesParams,
  type DocumentDiagnosticParams,
  type ExecuteCommandParams,
  type InlayHintParams,
  type TextDocumentIdentifier,
  type TextDocumentPositionParams,
  type TextDocuments,
  type WorkspaceSymbolParams,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { AnalysisCache, type Analysis } from './analysisCache';
import type { ClientSupport } from './client';
import { ConfigFinder } from '../config/configFinder';
import { ConfigFiles, type ConfigChange } from './configFiles';
import { uriConfigPlaces } from './configPlaces';
import type { ServerHost } from './host';
import { codeActions } from './features/codeActions';
import { codeLenses } from './features/codeLens';
import { completions } from './features/completions';
import { DiagnosticsPublisher, documentDiagnostics } from './features/diagnostics';
import { DocumentStatusNotification, DocumentStatusSender } from './features/documentStatus';
import { documentSymbols, flatSymbols } from './features/documentSymbols';
import { executeCommand } from './features/executeCommand';
import { foldingRanges } from './features/foldingRanges';
import { hover } from './features/hover';
import { inlayHints } from './features/inlayHints';
import { semanticTokens } from './features/semanticTokens';
import { workspaceSymbols } from './features/workspaceSymbols';
import type { Logger, TraceLevel } from './logger';
import { configProblemDiagnostic } from './mapping';
import { DocumentSettings, SETTINGS_SECTION } from './settings';
import { WorkspaceIndex } from './workspaceIndex';
import { WorkspaceChangedNotification } from '../protocol/customMessages';
import { workspaceRollup } from './features/workspaceRollup';
import { workspaceReport } from './features/workspaceReport';
import { timelineView } from './features/timelineView';

const CONFIG_FILE = '.postmortemrc.json';
const MARKDOWN_FILE = /\.(?:md|markdown)$/i;

/** What the shell learnt from `initialize` and keeps current (workspace folders change). */
export interface SessionState {
  support: ClientSupport;
  /** Workspace folder URIs. */
  folders: string[];
}

type Params = { textDocument: TextDocumentIdentifier };

/**
 * The server's state and its handlers' bodies: settings, config files, analyses, the workspace
 * index. It holds everything that needs the engine, so server.ts can answer `initialize` before
 * any of it is loaded.
 */
export class Session {
  private readonly settings: DocumentSettings;
  private readonly configs: ConfigFiles;
  private readonly analyses: AnalysisCache;
  private readonly index: WorkspaceIndex;
  private readonly publisher: DiagnosticsPublisher;
  private readonly status: DocumentStatusSender;

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly state: SessionState,
    private readonly log: Logger,
    host: ServerHost,
  ) {
    this.settings = new DocumentSettings(state.support.configuration ? (uri) => connection.workspace.getConfiguration({ scopeUri: uri, section: SETTINGS_SECTION }) : undefined, log);
    // Pushed even to clients that pull: they pull for postmortems only, and the config file is none.
    this.configs = new ConfigFiles(
      new ConfigFinder(uriConfigPlaces(host.files), (uri) => this.describeUri(uri)),
      (uri, problems) => {
        connection.sendDiagnostics({ uri, diagnostics: problems.map(configProblemDiagnostic) }).catch((error: unknown) => log.error('publishDiagnostics', error, { uri }));
      },
    );
    this.configs.setWatched(state.support.watchedFilesRegistration);
    this.analyses = new AnalysisCache({
      settings: (uri) => this.settings.get(uri),
      configFor: (uri) => this.configs.forDocument(uri, state.folders[0]),
      folders: () => state.folders,
    });
    this.index = new WorkspaceIndex({
      files: host.files,
      folders: () => state.folders,
      lintFile: (uri, text) => this.analyses.lintFile(uri, text),
      openAnalyses: () => Promise.all(documents.all().map((d) => this.analyses.get(d).catch(() => undefined))),
      openUris: () => new Set(documents.keys()),
      watched: () => state.support.watchedFilesRegistration,
      log,
    });
    this.publisher = new DiagnosticsPublisher(
      documents,
      this.analyses,
      (uri, version, diagnostics) => connection.sendDiagnostics({ uri, version, diagnostics }).catch((error: unknown) => log.error('publishDiagnostics', error, { uri })),
      log,
    );
    this.status = new DocumentStatusSender((params) =>
      connection.sendNotification(DocumentStatusNotification.method, params).catch((error: unknown) => log.error('documentStatus', error, { uri: params.uri })),
    );
  }

  async initialized(): Promise<void> {
    if (this.state.support.watchedFilesRegistration) {
      await this.connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: `**/${CONFIG_FILE}` }, { globPattern: '**/*.{md,markdown}' }],
      });
    }
    await this.readTrace();
  }

  // Notifications.

  changed(uri: string): void {
    if (!this.state.support.pullDiagnostics) {
      this.publisher.schedule(uri);
      // A pulling client hears the status with each pull; a pushed-to one hears it here.
      void this.analysisFor(uri).then((analysis) => this.reportStatus(uri, analysis), (error: unknown) => this.log.error('documentStatus', error, { uri }));
    }
  }

  closed(uri: string): void {
    this.status.forget(uri);
    this.settings.forget(uri);
    this.analyses.forget(uri);
    if (!this.state.support.pullDiagnostics) this.publisher.clear(uri);
  }

  async configurationChanged(params: DidChangeConfigurationParams): Promise<void> {
    this.settings.clear(params.settings);
    this.refreshAll();
    await this.readTrace();
  }

  filesChanged(params: DidChangeWatchedFilesParams): void {
    const configChanges: ConfigChange[] = [];
    let markdownChanged = false;
    for (const change of params.changes) {
      if (change.uri.endsWith(`/${CONFIG_FILE}`)) configChanges.push({ uri: change.uri, deleted: change.type === FileChangeType.Deleted });
      else if (MARKDOWN_FILE.test(change.uri)) {
        this.index.fileChanged(change.uri, change.type === FileChangeType.Created, change.type === FileChangeType.Deleted);
        markdownChanged = true;
      }
    }
    if (configChanges.length) {
      // The old lookups are forgotten at once; refreshAll forgets the index and tells the client.
      void this.configs.changed(configChanges).catch((error: unknown) => this.log.error('configChanged', error));
      this.refreshAll();
    } else if (markdownChanged) this.workspaceChanged();
  }

  foldersChanged(): void {
    this.index.foldersChanged();
    this.workspaceChanged();
  }

  /** Tells a client that keeps a view of the workspace's postmortems to ask again: after the index heard of the change. */
  private workspaceChanged(): void {
    if (!this.state.support.workspaceChanged) return;
    this.connection.sendNotification(WorkspaceChangedNotification.method, {}).catch((error: unknown) => this.log.error('workspaceChanged', error));
  }

  // Requests: each finds the current analysis and hands it to its feature.

  async diagnostics(params: DocumentDiagnosticParams, token: CancellationToken) {
    const analysis = await this.analysisFor(params.textDocument.uri, token);
    const version = analysis?.version ?? this.documents.get(params.textDocument.uri)?.version ?? 0;
    this.reportStatus(params.textDocument.uri, analysis);
    return documentDiagnostics(analysis, params, this.analyses.stamp(version));
  }

  async completion(params: CompletionParams, token: CancellationToken) {
    const { support } = this.state;
    return completions(await this.analysisFor(params.textDocument.uri, token), params.position, {
      snippets: support.snippets,
      markdownDocs: support.markdownCompletionDocs,
      owners: () => this.index.owners(token),
      now: () => Date.now(),
    });
  }

  async hover(params: TextDocumentPositionParams, token: CancellationToken) {
    return hover(await this.analysisFor(params.textDocument.uri, token), params.position, this.state.support.markdownHover);
  }

  async documentSymbol(params: Params, token: CancellationToken) {
    const symbols = documentSymbols(await this.analysisFor(params.textDocument.uri, token));
    return this.state.support.hierarchicalSymbols ? symbols : flatSymbols(params.textDocument.uri, symbols);
  }

  async workspaceSymbol(params: WorkspaceSymbolParams, token: CancellationToken) {
    return workspaceSymbols(await this.index.postmortems(token), params.query);
  }

  async workspaceRollup(token: CancellationToken) {
    // The clock is read here, at the edge: the engine is given the day overdue is measured against.
    return workspaceRollup(await this.index.postmortems(token), new Date());
  }

  async workspaceReport(token: CancellationToken) {
    return workspaceReport(await this.index.postmortems(token), new Date());
  }

  async timelineView(params: { uri: string }, token: CancellationToken) {
    return timelineView(await this.analysisFor(params.uri, token), this.documents.get(params.uri)?.version ?? 0);
  }

  async codeAction(params: CodeActionParams, token: CancellationToken) {
    return codeActions(await this.analysisFor(params.textDocument.uri, token), params, this.state.support.documentChanges);
  }

  async codeLens(params: Params, token: CancellationToken) {
    return codeLenses(await this.analysisFor(params.textDocument.uri, token));
  }

  async inlayHint(params: InlayHintParams, token: CancellationToken) {
    return inlayHints(await this.analysisFor(params.textDocument.uri, token), params.range);
  }

  async foldingRange(params: Params, token: CancellationToken) {
    return foldingRanges(await this.analysisFor(params.textDocument.uri, token));
  }

  async semanticTokens(params: Params, token: CancellationToken) {
    return semanticTokens(await this.analysisFor(params.textDocument.uri, token));
  }

  executeCommand(params: ExecuteCommandParams, token: CancellationToken) {
    return executeCommand(params, {
      analysisFor: (uri) => this.analysisFor(uri, token),
      applyEdit: async (label, edit) => (await this.connection.workspace.applyEdit({ label, edit })).applied,
      showLine: async (uri, line) => {
        const range = { start: { line, character: 0 }, end: { line, character: 0 } };
        return this.state.support.showDocument ? (await this.connection.window.showDocument({ uri, selection: range, takeFocus: true })).success : false;
      },
      versioned: this.state.support.documentChanges,
    });
  }

  private reportStatus(uri: string, analysis: Analysis | undefined): void {
    if (!this.state.support.documentStatus) return;
    this.status.analysed(uri, analysis?.version ?? this.documents.get(uri)?.version ?? 0, analysis);
  }

  /** The current analysis of an open document; a cancelled request stops here, after the only await. */
  private async analysisFor(uri: string, token?: CancellationToken): Promise<Analysis | undefined> {
    const document = this.documents.get(uri);
    if (!document) return undefined;
    const analysis = await this.analyses.get(document);
    if (token?.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
    return analysis;
  }

  /** Settings or a config file changed: every open postmortem may read differently now. */
  private refreshAll(): void {
    this.analyses.invalidate();
    this.index.settingsChanged();
    const { support } = this.state;
    const ask = (type: typeof DiagnosticRefreshRequest.type) =>
      this.connection.sendRequest(type).catch((error: unknown) => this.log.warn('refresh', String(error), { method: type.method }));
    if (!support.pullDiagnostics) this.publisher.scheduleAll();
    else if (support.diagnosticsRefresh) void ask(DiagnosticRefreshRequest.type);
    if (support.semanticTokensRefresh) void ask(SemanticTokensRefreshRequest.type);
    if (support.inlayHintRefresh) void ask(InlayHintRefreshRequest.type);
    if (support.codeLensRefresh) void ask(CodeLensRefreshRequest.type);
    this.workspaceChanged();
  }

  /** `trace.server` is a window setting (it is about the connection, not a document). */
  private async readTrace(): Promise<void> {
    if (!this.state.support.configuration) return;
    const trace = (await this.connection.workspace.getConfiguration(`${SETTINGS_SECTION}.trace.server`)) as TraceLevel | null;
    if (trace) this.log.setTrace(trace);
  }

  /** A config file as messages name it: relative to its workspace folder, else its path. */
  private describeUri(uri: string): string {
    const file = URI.parse(uri);
    for (const folder of this.state.folders.map((f) => URI.parse(f))) {
      const base = folder.path.replace(/\/+$/, '');
      if (folder.scheme === file.scheme && folder.authority === file.authority && file.path.startsWith(`${base}/`)) return file.path.slice(base.length + 1);
    }
    return file.scheme === 'file' ? file.fsPath : uri;
  }
}
