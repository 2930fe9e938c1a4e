import * as vscode from 'vscode';

/** What a webview reported it drew, after each picture: the log and the VS Code suite read it. */
export interface Rendered {
  viewType: string;
  /** The panel's title when it drew. */
  title: string;
  /** The timeline's marker lines, or the report's counts. */
  detail: { lines: number[] } | { months: number; items: number; rows: number };
}

/** One event for both webviews, so the extension's API offers a single place to wait on them. */
export class RenderedEvents implements vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<Rendered>();
  readonly onDidRender = this.emitter.event;

  constructor(private readonly log: vscode.LogOutputChannel) {}

  fire(rendered: Rendered): void {
    this.log.trace(`${rendered.viewType} drew "${rendered.title}"`, rendered.detail);
    this.emitter.fire(rendered);
  }

  dispose(): void {
    this.emitter.dispose();
  }
}
