import type { RemoteConsole } from 'vscode-languageserver';

export type TraceLevel = 'off' | 'messages' | 'verbose';

/**
 * Logs to the client's output channel as `[where] message {context}`, so a user's log names the
 * feature and the document without a debugger. Debug lines appear only when the user asks for a
 * verbose trace.
 */
export class Logger {
  private trace: TraceLevel = 'off';

  constructor(private readonly console: RemoteConsole) {}

  setTrace(level: TraceLevel): void {
    this.trace = level;
  }

  error(where: string, error: unknown, context?: Record<string, unknown>): void {
    const stack = error instanceof Error ? error.stack ?? error.message : String(error);
    this.console.error(`${this.line(where, 'failed', context)}\n${stack}`);
  }

  warn(where: string, message: string, context?: Record<string, unknown>): void {
    this.console.warn(this.line(where, message, context));
  }

  info(where: string, message: string, context?: Record<string, unknown>): void {
    this.console.info(this.line(where, message, context));
  }

  debug(where: string, message: string, context?: Record<string, unknown>): void {
    if (this.trace === 'verbose') this.console.log(this.line(where, message, context));
  }

  private line(where: string, message: string, context?: Record<string, unknown>): string {
    return `[${where}] ${message}${context ? ' ' + JSON.stringify(context) : ''}`;
  }
}
