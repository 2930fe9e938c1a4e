/**
 * The Postmortem extension: starts the language server (which owns the checks and the edits)
 * and adds the commands, the language status and the log. Activated when a Markdown document
 * opens; the language client is loaded after activation returns, so activation stays cheap.
 * The same activation serves VS Code on the desktop (extension.ts, a Node server) and in the
 * browser (browserExtension.ts, a web worker server); only the client factory and the documents
 * the server handles differ.
 */
import * as vscode from 'vscode';
import type { ActivationTiming, PostmortemApi } from './api';
import { registerCommands } from './commands';
import { PostmortemStatus } from './languageStatus';
import { POSTMORTEMS_VIEW, PostmortemsView } from './postmortemsView';
import { ServerCommands } from './serverCommands';
import { ServerConnection, type ServerHost } from './serverConnection';
import { registerTimelinePaste } from './timelinePaste';
import { RenderedEvents } from './webviews/rendered';
import { ReportPanel } from './webviews/reportPanel';
import { TimelinePanel } from './webviews/timelinePanel';

let connection: ServerConnection | undefined;

/** `loadStart`/`loadEnd`: when the entry module began and finished evaluating. */
export interface EntryTiming {
  loadStart: number;
  loadEnd: number;
}

export function activateExtension(context: vscode.ExtensionContext, host: ServerHost, { loadStart, loadEnd }: EntryTiming): PostmortemApi {
  const activateStart = performance.now();
  const log = vscode.window.createOutputChannel('Postmortem', { log: true });
  const server = new ServerConnection(context, log, host);
  connection = server;
  const serverCommands = new ServerCommands(server);
  const status = new PostmortemStatus(server);
  const rendered = new RenderedEvents(log);
  const panelDeps = { server, extensionUri: context.extensionUri, rendered, log };
  const timeline = new TimelinePanel(panelDeps);
  const report = new ReportPanel(panelDeps);
  context.subscriptions.push(log, server, status, rendered, timeline, report, ...registerCommands({ server, serverCommands, log, timeline, report }), registerTimelinePaste(serverCommands, server.documents));
  void vscode.commands.executeCommand('setContext', 'postmortem.activated', true);
  const postmortems = new PostmortemsView(server, context.workspaceState);
  const tree = vscode.window.createTreeView(POSTMORTEMS_VIEW, { treeDataProvider: postmortems, showCollapseAll: true });
  const describeGrouping = () => (tree.description = `by ${postmortems.grouping}`);
  describeGrouping();
  context.subscriptions.push(
    postmortems,
    tree,
    vscode.commands.registerCommand('postmortem.refreshPostmortems', () => postmortems.refresh()),
    vscode.commands.registerCommand('postmortem.togglePostmortemsGrouping', async () => {
      await postmortems.toggleGrouping();
      describeGrouping();
    }),
  );

  const timing: ActivationTiming = { activateMs: 0 };
  const ready = server.start().then(
    () => {
      timing.serverStartMs = performance.now() - activateStart;
      log.info(`language server ready ${timing.serverStartMs.toFixed(0)} ms after activation`);
    },
    (error: Error) => {
      log.error('the language server did not start:', error);
      void vscode.window.showErrorMessage(`Postmortem: the language server did not start: ${error.message}`, 'Show Log')
        .then((choice) => choice && log.show());
      throw error;
    },
  );
  ready.catch(() => undefined); // reported above; serverReady() still rejects for its callers

  const activateEnd = performance.now();
  // The extension host may run other work between loading the module and calling activate().
  timing.activateMs = (loadEnd - loadStart) + (activateEnd - activateStart);
  log.info(`activated in ${timing.activateMs.toFixed(1)} ms (module ${(loadEnd - loadStart).toFixed(1)} ms, activate() ${(activateEnd - activateStart).toFixed(1)} ms)`);
  return {
    timing,
    serverReady: () => ready,
    postmortems,
    onDidRenderWebview: rendered.onDidRender,
    languageStatus: async () => {
      await status.settled();
      return status.state;
    },
  };
}

export function deactivateExtension(): Promise<void> | undefined {
  return connection?.stop();
}
