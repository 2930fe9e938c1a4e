import { fork, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { EventEmitter } from 'node:events';
import {
  IPCMessageReader,
  IPCMessageWriter,
  StreamMessageReader,
  StreamMessageWriter,
  createMessageConnection,
  type MessageConnection,
} from 'vscode-jsonrpc/node';
import type {
  ApplyWorkspaceEditParams,
  ClientCapabilities,
  ConfigurationParams,
  Diagnostic,
  DocumentDiagnosticReport,
  InitializeResult,
  PublishDiagnosticsParams,
  RegistrationParams,
  ShowMessageParams,
  TextDocumentContentChangeEvent,
  TextEdit,
  WorkspaceEdit,
} from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { DocumentStatusNotification, type DocumentStatusParams } from '../../../server/src/protocol/customMessages';

/**
 * A small LSP client for protocol tests: it starts the bundled server (dist/server.js) as a
 * child process and speaks real JSON-RPC to it, answering the server's own requests
 * (workspace/configuration, client/registerCapability, workspace/applyEdit) as an editor would.
 * Every wait is on a real message, with a timeout; never a sleep.
 */

export const REPO = resolve(__dirname, '..', '..', '..', '..');
export const SERVER = join(REPO, 'dist', 'server.js');
const DEFAULT_TIMEOUT_MS = 10_000;

/**
 * The seed postmortem, byte for byte. test/fixtures/seed.md carries the engine fixtures'
 * `<!-- expect -->` markers, which change the text a client would send, so these tests keep an
 * exact copy of their own.
 */
export function seedText(): string {
  return readFileSync(join(REPO, 'test', 'lsp-fixtures', 'seed.md'), 'utf8');
}

/** A client that pulls diagnostics and can do what VS Code can. */
export const PULL_CAPABILITIES: ClientCapabilities = {
  window: { showDocument: { support: true } },
  workspace: {
    configuration: true,
    workspaceFolders: true,
    didChangeWatchedFiles: { dynamicRegistration: true },
    diagnostics: { refreshSupport: true },
    workspaceEdit: { documentChanges: true },
    semanticTokens: { refreshSupport: true },
    inlayHint: { refreshSupport: true },
    codeLens: { refreshSupport: true },
  },
  textDocument: {
    diagnostic: { dynamicRegistration: false },
    completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] } },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
    publishDiagnostics: { versionSupport: true },
  },
};

/** A client that only receives pushed diagnostics and cannot watch files (as Neovim 0.7). */
export const PUSH_CAPABILITIES: ClientCapabilities = {
  workspace: { configuration: true, workspaceEdit: { documentChanges: true } },
  textDocument: {
    completion: { completionItem: { snippetSupport: false } },
    hover: { contentFormat: ['plaintext'] },
    documentSymbol: { hierarchicalDocumentSymbolSupport: false },
    publishDiagnostics: { versionSupport: true },
  },
};

export interface StartOptions {
  capabilities?: ClientCapabilities;
  /** `postmortem` settings by scope URI; `*` answers for every scope without its own. */
  settings?: Record<string, unknown>;
  /** Files to write into a fresh workspace folder, by relative path. */
  files?: Record<string, string>;
  transport?: 'stdio' | 'node-ipc';
  /** Another server to start instead (for the benchmark): a script and its arguments, for stdio. */
  server?: string[];
  /** Answers to server requests this client does not know (a server's own protocol extensions). */
  handlers?: Record<string, (params: never) => unknown>;
  initializationOptions?: unknown;
  /** The workspace folder's URI, instead of the fresh folder on disk (for a virtual file system the handlers serve). */
  workspaceFolder?: string;
  trace?: 'off' | 'messages' | 'verbose';
}

interface OpenDocument {
  document: TextDocument;
}

export class TestClient {
  readonly events = new EventEmitter();
  readonly published: PublishDiagnosticsParams[] = [];
  readonly messages: ShowMessageParams[] = [];
  /** `postmortem/documentStatus` pushes, in order. */
  readonly statuses: DocumentStatusParams[] = [];
  readonly registrations: RegistrationParams[] = [];
  readonly appliedEdits: ApplyWorkspaceEditParams[] = [];
  /** window/showDocument requests, in order; each is answered as shown. */
  readonly shownDocuments: Array<{ uri: string; selection?: { start: { line: number } } }> = [];
  readonly logs: string[] = [];
  readonly configurationRequests: ConfigurationParams[] = [];
  refreshRequests = 0;
  settings: Record<string, unknown>;
  /** While set, workspace/configuration is answered only once this settles. */
  holdConfiguration?: Promise<void>;
  initializeResult!: InitializeResult;
  /** What the client answers for `postmortem.trace.server`, as VS Code would from its settings. */
  trace?: string;
  private readonly documents = new Map<string, OpenDocument>();

  private constructor(
    readonly child: ChildProcess,
    readonly connection: MessageConnection,
    readonly folder: string,
  ) {
    this.settings = {};
  }

  static async start(options: StartOptions = {}): Promise<TestClient> {
    const folder = mkdtempSync(join(tmpdir(), 'postmortem-lsp-'));
    for (const [path, text] of Object.entries(options.files ?? {})) writeFile(join(folder, path), text);
    const ipc = options.transport === 'node-ipc';
    const started = performance.now();
    const child = ipc
      ? fork(SERVER, ['--node-ipc'], { stdio: ['pipe', 'pipe', 'pipe', 'ipc'] })
      : spawn(process.execPath, options.server ?? [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = ipc
      ? createMessageConnection(new IPCMessageReader(child), new IPCMessageWriter(child))
      : createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const client = new TestClient(child, connection, folder);
    client.settings = options.settings ?? {};
    client.trace = options.trace;
    child.stderr!.on('data', (chunk: Buffer) => client.logs.push(chunk.toString()));
    client.listen();
    for (const [method, handler] of Object.entries(options.handlers ?? {})) connection.onRequest(method, handler);
    connection.listen();
    client.initializeResult = await client.withTimeout(
      connection.sendRequest('initialize', {
        processId: process.pid,
        rootUri: options.workspaceFolder ?? client.folderUri,
        workspaceFolders: [{ uri: options.workspaceFolder ?? client.folderUri, name: 'workspace' }],
        capabilities: options.capabilities ?? PULL_CAPABILITIES,
        initializationOptions: options.initializationOptions,
        trace: options.trace,
      }),
      'initialize',
    );
    client.initializeMs = performance.now() - started;
    await connection.sendNotification('initialized', {});
    return client;
  }

  /** From spawning the process to the initialize result. */
  initializeMs = 0;

  get folderUri(): string {
    return URI.file(this.folder).toString();
  }

  uri(relativePath: string): string {
    return URI.file(join(this.folder, relativePath)).toString();
  }

  private listen(): void {
    const { connection } = this;
    connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      this.published.push(params);
      this.events.emit('changed');
    });
    connection.onNotification(DocumentStatusNotification.method, (params: DocumentStatusParams) => {
      this.statuses.push(params);
      this.events.emit('changed');
    });
    connection.onNotification('window/showMessage', (params: ShowMessageParams) => {
      this.messages.push(params);
      this.events.emit('changed');
    });
    connection.onNotification('window/logMessage', (params: { message: string }) => {
      this.logs.push(params.message);
      this.events.emit('changed');
    });
    connection.onRequest('workspace/configuration', async (params: ConfigurationParams) => {
      this.configurationRequests.push(params);
      this.events.emit('changed');
      if (this.holdConfiguration) await this.holdConfiguration;
      return params.items.map((item) => {
        if (item.section === 'postmortem.trace.server') return this.trace ?? null;
        return this.settings[item.scopeUri ?? ''] ?? this.settings['*'] ?? null;
      });
    });
    connection.onRequest('client/registerCapability', (params: RegistrationParams) => {
      this.registrations.push(params);
      this.events.emit('changed');
      return null;
    });
    connection.onRequest('workspace/diagnostic/refresh', () => {
      this.refreshRequests++;
      this.events.emit('changed');
      return null;
    });
    for (const method of ['workspace/semanticTokens/refresh', 'workspace/inlayHint/refresh', 'workspace/codeLens/refresh']) connection.onRequest(method, () => null);
    connection.onRequest('window/showDocument', (params: { uri: string; selection?: { start: { line: number } } }) => {
      this.shownDocuments.push(params);
      return { success: true };
    });
    connection.onRequest('workspace/applyEdit', async (params: ApplyWorkspaceEditParams) => {
      this.appliedEdits.push(params);
      const applied = await this.applyWorkspaceEdit(params.edit);
      this.events.emit('changed');
      return { applied };
    });
  }

  /** Resolves when `check` returns something other than undefined, re-checked on every message. */
  waitFor<T>(check: () => T | undefined, what: string, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<T> {
    return new Promise<T>((resolvePromise, reject) => {
      const attempt = () => {
        const value = check();
        if (value === undefined) return;
        cleanup();
        resolvePromise(value);
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}\nserver log:\n${this.logs.join('\n')}`));
      }, timeoutMs);
      const cleanup = () => {
        clearTimeout(timer);
        this.events.off('changed', attempt);
      };
      this.events.on('changed', attempt);
      attempt();
    });
  }

  withTimeout<T>(promise: Promise<T>, what: string, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}\nserver log:\n${this.logs.join('\n')}`)), timeoutMs);
    });
    return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.withTimeout(this.connection.sendRequest<R>(method, params), method);
  }

  async open(uri: string, text: string, languageId = 'markdown'): Promise<void> {
    const document = TextDocument.create(uri, languageId, 1, text);
    this.documents.set(uri, { document });
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  }

  async close(uri: string): Promise<void> {
    this.documents.delete(uri);
    await this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  text(uri: string): string {
    return this.doc(uri).getText();
  }

  version(uri: string): number {
    return this.doc(uri).version;
  }

  /** Sends edits as an editor does: incremental changes, last in the document first. */
  async edit(uri: string, edits: readonly TextEdit[]): Promise<void> {
    const open = this.documents.get(uri)!;
    const changes: TextDocumentContentChangeEvent[] = [...edits]
      .sort((a, b) => b.range.start.line - a.range.start.line || b.range.start.character - a.range.start.character)
      .map((e) => ({ range: e.range, text: e.newText }));
    const version = open.document.version + 1;
    open.document = TextDocument.update(open.document, changes, version);
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
  }

  /** Replaces the whole text (a full-document change). */
  async replace(uri: string, text: string): Promise<void> {
    const open = this.documents.get(uri)!;
    const version = open.document.version + 1;
    open.document = TextDocument.update(open.document, [{ text }], version);
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
  }

  async pull(uri: string): Promise<Diagnostic[]> {
    const report = await this.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri } });
    if (report.kind !== 'full') throw new Error(`expected a full report, got ${report.kind}`);
    return report.items;
  }

  /** The next diagnostics pushed for `uri` at the document's current version. */
  pushedForCurrentVersion(uri: string): Promise<PublishDiagnosticsParams> {
    const version = this.version(uri);
    return this.waitFor(() => this.published.find((p) => p.uri === uri && p.version === version), `diagnostics for ${uri} v${version}`);
  }

  async applyWorkspaceEdit(edit: WorkspaceEdit): Promise<boolean> {
    for (const change of edit.documentChanges ?? []) {
      if (!('textDocument' in change)) return false;
      if (change.textDocument.version !== null && change.textDocument.version !== this.documents.get(change.textDocument.uri)?.document.version) return false;
      await this.edit(change.textDocument.uri, change.edits as TextEdit[]);
    }
    for (const [uri, edits] of Object.entries(edit.changes ?? {})) await this.edit(uri, edits);
    return true;
  }

  isAlive(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  async stop(): Promise<void> {
    try {
      if (this.isAlive()) {
        const exited = new Promise((r) => this.child.once('exit', r));
        await this.withTimeout(this.connection.sendRequest('shutdown'), 'shutdown', 3000);
        await this.connection.sendNotification('exit');
        await this.withTimeout(exited, 'exit', 3000);
      }
    } finally {
      if (this.isAlive()) this.child.kill();
      this.connection.dispose();
      rmSync(this.folder, { recursive: true, force: true });
    }
  }

  private doc(uri: string): TextDocument {
    const open = this.documents.get(uri);
    if (!open) throw new Error(`not open: ${uri}`);
    return open.document;
  }
}

export function writeFile(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

/** The UTF-16 range of the first `needle` on `line` of `text`. */
export function rangeOf(text: string, needle: string, occurrence = 0): { start: { line: number; character: number }; end: { line: number; character: number } } {
  const lines = text.split(/\r\n|\r|\n/);
  let seen = 0;
  for (let line = 0; line < lines.length; line++) {
    let from = 0;
    for (;;) {
      const character = lines[line].indexOf(needle, from);
      if (character < 0) break;
      if (seen++ === occurrence) return { start: { line, character }, end: { line, character: character + needle.length } };
      from = character + 1;
    }
  }
  throw new Error(`"${needle}" not found`);
}
