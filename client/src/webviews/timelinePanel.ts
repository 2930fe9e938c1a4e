import * as vscode from 'vscode';
import { TimelineViewRequest } from '../../../server/src/protocol/customMessages';
import type { FromTimeline, ToTimeline } from '../../webview/messages';
import { webviewPage, webviewRoots, type PanelDeps } from './webviewPage';

export const TIMELINE_VIEW_TYPE = 'postmortem.timeline';

/**
 * "Postmortem: Show Timeline": one panel beside the editor with the picture of a postmortem's
 * timeline, drawn by the webview from the server's postmortem/timelineView. It asks again after
 * each change to the document (one request at a time; changes made meanwhile are caught up by one
 * more), follows the editor to another postmortem, and reveals an entry's line when its marker is
 * clicked.
 */
export class TimelinePanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private uri: vscode.Uri | undefined;
  private asking = false;
  private askAgain = false;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly deps: PanelDeps) {
    this.disposables.push(
      vscode.workspace.onDidChangeTextDocument((e) => e.document.uri.toString() === this.uri?.toString() && e.contentChanges.length && this.refresh()),
      vscode.window.onDidChangeActiveTextEditor((editor) => void this.follow(editor)),
    );
  }

  /** Opens the panel beside the editor for `document`, or shows the open one (where it is) for it. */
  show(document: vscode.TextDocument): void {
    if (this.panel) {
      this.panel.reveal(undefined, true);
    } else {
      this.panel = vscode.window.createWebviewPanel(TIMELINE_VIEW_TYPE, titleOf(document.uri), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
        enableScripts: true,
        localResourceRoots: webviewRoots(this.deps.extensionUri),
      });
      this.panel.webview.html = webviewPage(this.panel.webview, this.deps.extensionUri, { title: 'Timeline', script: 'webview-timeline.js', style: 'timeline.css' });
      this.panel.webview.onDidReceiveMessage((message: FromTimeline) => this.received(message));
      this.panel.onDidDispose(() => (this.panel = undefined));
    }
    this.draws(document);
  }

  /** Points the panel at `document` where it stands: following the editor never moves it. */
  private draws(document: vscode.TextDocument): void {
    if (!this.panel) return;
    this.uri = document.uri;
    this.panel.title = titleOf(document.uri);
    this.refresh();
  }

  private received(message: FromTimeline): void {
    switch (message?.type) {
      case 'ready':
        return this.refresh();
      case 'reveal':
        return void this.reveal(message.line);
      case 'rendered':
        return this.deps.rendered.fire({ viewType: TIMELINE_VIEW_TYPE, title: this.panel?.title ?? '', detail: { lines: message.lines } });
    }
  }

  /** Asks the server for the picture and posts it; a request already under way is followed by one more. */
  private refresh(): void {
    if (!this.panel || !this.uri) return;
    if (this.asking) {
      this.askAgain = true;
      return;
    }
    this.asking = true;
    void this.draw(this.panel, this.uri).finally(() => {
      this.asking = false;
      if (this.askAgain) {
        this.askAgain = false;
        this.refresh();
      }
    });
  }

  private async draw(panel: vscode.WebviewPanel, uri: vscode.Uri): Promise<void> {
    try {
      const { view } = await this.deps.server.request(TimelineViewRequest, { uri: await this.serverUri(uri) });
      const message: ToTimeline = { type: 'timeline', fileName: fileName(uri), view };
      await panel.webview.postMessage(message);
    } catch (error) {
      this.deps.log.error('Show Timeline: the server did not draw the timeline:', error instanceof Error ? error : String(error));
    }
  }

  private async serverUri(uri: vscode.Uri): Promise<string> {
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    return document ? this.deps.server.uri(document) : uri.toString();
  }

  /** Follows the editor to another Markdown document, when that one has a timeline to draw. */
  private async follow(editor: vscode.TextEditor | undefined): Promise<void> {
    const document = editor?.document;
    if (!this.panel || document?.languageId !== 'markdown' || document.uri.toString() === this.uri?.toString()) return;
    try {
      const { view } = await this.deps.server.request(TimelineViewRequest, { uri: await this.deps.server.uri(document) });
      if (view && vscode.window.activeTextEditor?.document === document) this.draws(document);
    } catch (error) {
      this.deps.log.debug('Show Timeline: not following the editor:', error instanceof Error ? error.message : String(error));
    }
  }

  /** Shows the entry's line in the editor the document is open in (or opens it), with the cursor on it. */
  private async reveal(line: unknown): Promise<void> {
    if (!this.uri || typeof line !== 'number' || !Number.isInteger(line) || line < 0) return;
    const document = await vscode.workspace.openTextDocument(this.uri);
    if (line >= document.lineCount) return;
    const column = vscode.window.visibleTextEditors.find((e) => e.document === document)?.viewColumn ?? vscode.ViewColumn.One;
    const position = new vscode.Position(line, 0);
    const editor = await vscode.window.showTextDocument(document, { viewColumn: column, selection: new vscode.Range(position, position), preserveFocus: false });
    editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  dispose(): void {
    this.panel?.dispose();
    this.disposables.forEach((d) => d.dispose());
  }
}

function fileName(uri: vscode.Uri): string {
  return uri.path.split('/').pop() ?? '';
}

function titleOf(uri: vscode.Uri): string {
  return `Timeline: ${fileName(uri)}`;
}
