import * as vscode from 'vscode';
import { findPreset } from '../../server/src/engine/presets';
import type { DocumentInfo, DocumentMetrics, ServerCommands } from './serverCommands';
import type { ServerConnection } from './serverConnection';

/** "66 min", "4 h", "1 h 6 min". */
export function formatMinutes(minutes: number): string {
  const m = Math.round(minutes);
  if (m < 60) return `${m} min`;
  return m % 60 ? `${Math.floor(m / 60)} h ${m % 60} min` : `${m / 60} h`;
}

function templateName(info: DocumentInfo): string {
  return info.templateName ?? findPreset(info.template)?.name ?? info.template;
}

function metricsText(metrics: DocumentMetrics): string {
  const parts: string[] = [];
  if (metrics.durationMinutes !== undefined) parts.push(`lasted ${formatMinutes(metrics.durationMinutes)}`);
  if (metrics.timeToDetectMinutes !== undefined) parts.push(`detected after ${formatMinutes(metrics.timeToDetectMinutes)}`);
  if (metrics.timeToResolveMinutes !== undefined) parts.push(`resolved after ${formatMinutes(metrics.timeToResolveMinutes)}`);
  return parts.length ? parts.join(', ') : 'no start and end times found yet';
}

/**
 * The language status item of a Markdown editor: the template the server checks the document
 * against, and the incident's duration, from the server's `postmortem.documentInfo`.
 */
export class PostmortemStatus implements vscode.Disposable {
  private readonly item = vscode.languages.createLanguageStatusItem('postmortem.document', { language: 'markdown' });
  private readonly disposables: vscode.Disposable[] = [this.item];
  private generation = 0;

  constructor(server: ServerConnection, private readonly commands: ServerCommands, private readonly log: vscode.LogOutputChannel) {
    this.item.name = 'Postmortem';
    this.item.text = 'Postmortem';
    this.item.detail = 'starting the language server';
    this.item.busy = true;
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => void this.refresh()),
      // Diagnostics arrive after the server has read the latest text: the right time to ask again.
      vscode.languages.onDidChangeDiagnostics((e) => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (active && e.uris.some((uri) => uri.toString() === active)) void this.refresh();
      }),
    );
    void server.start().then(() => this.refresh(), (error: Error) => this.show({ text: 'Postmortem: server stopped', detail: error.message, severity: vscode.LanguageStatusSeverity.Error }));
  }

  /** What the item shows now (read by the VS Code test suite). */
  get state(): { text: string; detail?: string } {
    return { text: this.item.text, detail: this.item.detail };
  }

  async refresh(): Promise<void> {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || document.languageId !== 'markdown') return;
    const generation = ++this.generation;
    try {
      const info = await this.commands.documentInfo(document);
      if (generation !== this.generation) return; // a newer refresh is on its way
      // The editing commands show in the palette only for postmortems (package.json's `when`).
      void vscode.commands.executeCommand('setContext', 'postmortem.activeIsPostmortem', info !== null && info !== undefined);
      if (!info) {
        this.show({ text: 'Not a postmortem', detail: 'not in postmortem.include, no `type: postmortem` front matter', command: { title: 'Settings', command: 'workbench.action.openSettings', arguments: ['postmortem.include'] } });
        return;
      }
      this.show({
        text: `$(checklist) ${templateName(info)}`,
        detail: metricsText(info.metrics ?? {}),
        command: { title: 'Insert Section', command: 'postmortem.editor.insertSection' },
      });
    } catch (error) {
      this.log.warn(`documentInfo failed for ${document.uri.toString()}: ${(error as Error).message}`);
      if (generation === this.generation) this.show({ text: 'Postmortem', detail: 'no information from the server', severity: vscode.LanguageStatusSeverity.Warning });
    }
  }

  private show(state: { text: string; detail?: string; severity?: vscode.LanguageStatusSeverity; command?: vscode.Command }): void {
    this.item.busy = false;
    this.item.text = state.text;
    this.item.detail = state.detail;
    this.item.severity = state.severity ?? vscode.LanguageStatusSeverity.Information;
    this.item.command = state.command ?? { title: 'Show Log', command: 'postmortem.showLog' };
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
