import * as vscode from 'vscode';
import { DocumentStatusNotification, WorkspaceChangedNotification, type DocumentStatusParams, type Request } from '../../server/src/protocol/customMessages';
import type { BaseLanguageClient } from 'vscode-languageclient';
import type { ServerDocuments } from './serverDocuments';

/** Creates the language client for this host (Node or browser), for `documents`; loaded lazily, after activation. */
export type ClientFactory = (context: vscode.ExtensionContext, log: vscode.LogOutputChannel, documents: ServerDocuments) => Promise<BaseLanguageClient>;

/** Where the language server runs: the documents it handles there, and how its client is made. */
export interface ServerHost {
  documents: ServerDocuments;
  createClient: ClientFactory;
}
type LanguageClient = BaseLanguageClient;

/**
 * The language server as the commands see it: started once, in the background, and awaited by
 * whoever needs it; restartable; and a typed way to run the server's own commands.
 */
export class ServerConnection implements vscode.Disposable {
  private client: Promise<LanguageClient> | undefined;
  private readonly statusChanged = new vscode.EventEmitter<{ uri: vscode.Uri; params: DocumentStatusParams }>();
  /** The server's `postmortem/documentStatus` pushes, from whichever client is running. */
  readonly onDocumentStatus = this.statusChanged.event;
  private readonly workspaceChangedEmitter = new vscode.EventEmitter<void>();
  /** The server's `postmortem/workspaceChanged` pushes: its index of the workspace's postmortems heard of a change. */
  readonly onWorkspaceChanged = this.workspaceChangedEmitter.event;

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly log: vscode.LogOutputChannel,
    private readonly host: ServerHost,
  ) {}

  /** The documents the server handles in this host: providers that ask it about a document select these. */
  get documents(): ServerDocuments {
    return this.host.documents;
  }

  start(): Promise<LanguageClient> {
    this.client ??= this.create();
    return this.client;
  }

  private async create(): Promise<LanguageClient> {
    const client = await this.host.createClient(this.context, this.log, this.host.documents);
    // Registered before start, so no status pushed during start-up is missed.
    client.onNotification(DocumentStatusNotification.method, (params: DocumentStatusParams) =>
      this.statusChanged.fire({ uri: client.protocol2CodeConverter.asUri(params.uri), params }),
    );
    client.onNotification(WorkspaceChangedNotification.method, () => this.workspaceChangedEmitter.fire());
    try {
      await client.start();
    } catch (error) {
      // Forget the failed client, so a later command or a restart tries again.
      this.client = undefined;
      throw error;
    }
    return client;
  }

  async restart(): Promise<void> {
    const current = this.client ? await this.client.catch(() => undefined) : undefined;
    if (current?.isRunning()) {
      // stop and start, not restart(): the browser client has no restart().
      await current.stop();
      await current.start();
    } else {
      this.client = undefined;
      await this.start();
    }
  }

  /** Runs one of the server's `workspace/executeCommand` commands with its single argument. */
  async execute<T>(command: string, argument: Record<string, unknown>): Promise<T> {
    const client = await this.start();
    this.log.debug(`executeCommand ${command}`, argument);
    return client.sendRequest<T>('workspace/executeCommand', { command, arguments: [argument] });
  }

  /** Sends one of the server's own requests (declared in the shared protocol module). */
  async request<P, R>(request: Request<P, R>, params: P): Promise<R> {
    const client = await this.start();
    return client.sendRequest<R>(request.method, params);
  }

  /** A document's URI as the server knows it. */
  async uri(document: vscode.TextDocument): Promise<string> {
    const client = await this.start();
    return client.code2ProtocolConverter.asUri(document.uri);
  }

  async stop(): Promise<void> {
    const client = this.client ? await this.client.catch(() => undefined) : undefined;
    this.client = undefined;
    if (client?.isRunning()) await client.stop();
  }

  dispose(): void {
    this.statusChanged.dispose();
    this.workspaceChangedEmitter.dispose();
    void this.stop();
  }
}
