import * as vscode from 'vscode';
import { findPreset, formatMinutes } from '../../server/src/engine/presets';
import type { DocumentInfo, DocumentStatusParams } from '../../server/src/protocol/customMessages';
import type { ServerConnection } from './serverConnection';

function templateName(info: DocumentInfo): string {
  return info.templateName ?? findPreset(info.template)?.name ?? info.template;
}

function metricsText(metrics: DocumentInfo['metrics']): string {
  const parts: string[] = [];
  if (metrics.durationMinutes !== undefined) parts.push(`lasted ${formatMinutes(metrics.durationMinutes)}`);
  if (metrics.timeToDetectMinutes !== undefined) parts.push(`detected after ${formatMinutes(metrics.timeToDetectMinutes)}`);
  if (metrics.timeToResolveMinutes !== undefined) parts.push(`resolved after ${formatMinutes(metrics.timeToResolveMinutes)}`);
  return parts.length ? parts.join(', ') : 'no start and end times found yet';
}

/**
 * The language status item of a Markdown editor: the template the server checks the document
 * against, and the incident's duration. The server pushes them (`postmortem/documentStatus`)
 * after each analysis; the item shows the last push for the active editor and never asks.
 */
export class PostmortemStatus implements vscode.Disposable {
  private readonly item = vscode.languages.createLanguageStatusItem('postmortem.document', { language: 'markdown' });
  private readonly statuses = new Map<string, DocumentStatusParams>();
  private readonly shown = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [this.item, this.shown];

  constructor(server: ServerConnection) {
    this.item.name = 'Postmortem';
    this.item.text = 'Postmortem';
    this.item.detail = 'starting the language server';
    this.item.busy = true;
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      vscode.workspace.onDidCloseTextDocument((document) => this.statuses.delete(document.uri.toString())),
      server.onDocumentStatus(({ uri, params }) => {
        this.statuses.set(uri.toString(), params);
        if (uri.toString() === vscode.window.activeTextEditor?.document.uri.toString()) this.update();
      }),
    );
    void server.start().then(() => this.update(), (error: Error) => this.show({ text: 'Postmortem: server stopped', detail: error.message, severity: vscode.LanguageStatusSeverity.Error }));
  }

  /** What the item shows now (read by the VS Code test suite). */
  get state(): { text: string; detail?: string } {
    return { text: this.item.text, detail: this.item.detail };
  }

  /** Resolves once the item shows a pushed status for the active Markdown editor (the test suite waits on this). */
  async settled(): Promise<void> {
    while (!this.statusOfActive()) {
      await new Promise<void>((resolve) => {
        const listener = this.shown.event(() => {
          listener.dispose();
          resolve();
        });
      });
    }
  }

  private statusOfActive(): DocumentStatusParams | undefined {
    const document = vscode.window.activeTextEditor?.document;
    return document && this.statuses.get(document.uri.toString());
  }

  private update(): void {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || document.languageId !== 'markdown') return;
    const status = this.statusOfActive();
    // The editing commands show in the palette only for postmortems the server has read
    // (package.json's `when`): statuses come only for documents it handles, whatever their scheme.
    void vscode.commands.executeCommand('setContext', 'postmortem.activeIsPostmortem', Boolean(status?.info));
    if (!status) {
      this.show({ text: 'Postmortem', detail: 'waiting for the language server', busy: true });
      return;
    }
    if (!status.info) {
      this.show({ text: 'Not a postmortem', detail: 'not in postmortem.include, no template or `type: postmortem` in front matter', command: { title: 'Settings', command: 'workbench.action.openSettings', arguments: ['postmortem.include'] } });
      return;
    }
    this.show({
      text: `$(checklist) ${templateName(status.info)}`,
      detail: metricsText(status.info.metrics ?? {}),
      command: { title: 'Insert Section', command: 'postmortem.editor.insertSection' },
    });
  }

  private show(state: { text: string; detail?: string; severity?: vscode.LanguageStatusSeverity; command?: vscode.Command; busy?: boolean }): void {
    this.item.busy = state.busy ?? false;
    this.item.text = state.text;
    this.item.detail = state.detail;
    this.item.severity = state.severity ?? vscode.LanguageStatusSeverity.Information;
    this.item.command = state.command ?? { title: 'Show Log', command: 'postmortem.showLog' };
    if (!state.busy) this.shown.fire();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
