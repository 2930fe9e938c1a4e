import * as vscode from 'vscode';
import type { ReportView } from '../../../server/src/engine/rollup/report';
import { WorkspaceReportRequest } from '../../../server/src/protocol/customMessages';
import type { FromReport, ToReport } from '../../webview/messages';
import { webviewPage, webviewRoots, type PanelDeps } from './webviewPage';

export const REPORT_VIEW_TYPE = 'postmortem.report';
const TITLE = 'Postmortem Report';

/**
 * "Postmortem: Show Report": the team's roll-up in one panel, from the server's
 * postmortem/workspaceReport (the numbers of `postmortem stats`). Drawn again when the server
 * says the workspace's postmortems changed; a row opens its document at its line.
 */
export class ReportPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  /** The documents the report shows: a message may open only these. */
  private listed = new Set<string>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly deps: PanelDeps) {
    this.disposables.push(this.deps.server.onWorkspaceChanged(() => void this.draw()));
  }

  show(): void {
    if (this.panel) {
      this.panel.reveal();
    } else {
      this.panel = vscode.window.createWebviewPanel(REPORT_VIEW_TYPE, TITLE, vscode.ViewColumn.Active, {
        enableScripts: true,
        localResourceRoots: webviewRoots(this.deps.extensionUri),
      });
      this.panel.webview.html = webviewPage(this.panel.webview, this.deps.extensionUri, { title: TITLE, script: 'webview-report.js', style: 'report.css' });
      this.panel.webview.onDidReceiveMessage((message: FromReport) => this.received(message));
      this.panel.onDidDispose(() => (this.panel = undefined));
    }
    void this.draw();
  }

  private received(message: FromReport): void {
    switch (message?.type) {
      case 'ready':
        return void this.draw();
      case 'open':
        return void this.open(message.uri, message.line);
      case 'rendered':
        return this.deps.rendered.fire({ viewType: REPORT_VIEW_TYPE, title: TITLE, detail: { months: message.months, items: message.items, rows: message.rows } });
    }
  }

  private async draw(): Promise<void> {
    const panel = this.panel;
    if (!panel) return;
    let report: ReportView | null = null;
    try {
      report = await this.deps.server.request(WorkspaceReportRequest, {});
    } catch (error) {
      this.deps.log.error('Show Report: the server did not roll up the workspace:', error instanceof Error ? error : String(error));
    }
    this.listed = new Set([...(report?.rows ?? []), ...(report?.owners.flatMap((o) => o.items) ?? [])].map((r) => r.name));
    const message: ToReport = { type: 'report', report };
    await panel.webview.postMessage(message);
  }

  private async open(uri: unknown, line: unknown): Promise<void> {
    if (typeof uri !== 'string' || !this.listed.has(uri) || typeof line !== 'number' || !Number.isInteger(line) || line < 0) return;
    const position = new vscode.Position(line, 0);
    await vscode.window.showTextDocument(vscode.Uri.parse(uri), { selection: new vscode.Range(position, position), viewColumn: vscode.ViewColumn.Beside, preview: false });
  }

  dispose(): void {
    this.panel?.dispose();
    this.disposables.forEach((d) => d.dispose());
  }
}
