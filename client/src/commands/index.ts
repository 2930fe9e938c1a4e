import * as vscode from 'vscode';
import type { ServerCommands } from '../serverCommands';
import type { ServerConnection } from '../serverConnection';
import { newPostmortem } from './newPostmortem';
import { pasteAsTimeline } from './pasteTimeline';
import { insertSection, insertTimelineDiagram, insertTimelineEntry, sortTimeline } from './serverEdits';
import type { ReportPanel } from '../webviews/reportPanel';
import type { TimelinePanel } from '../webviews/timelinePanel';
import { activeMarkdownEditor } from './editor';

export interface CommandDeps {
  server: ServerConnection;
  serverCommands: ServerCommands;
  log: vscode.LogOutputChannel;
  timeline: TimelinePanel;
  report: ReportPanel;
}

/**
 * Every command the extension contributes. The editing ones are not named like the server's
 * own commands (`postmortem.insertSection`...), which vscode-languageclient registers itself.
 */
function commandTable({ server, serverCommands, log, timeline, report }: CommandDeps): Record<string, () => Promise<unknown>> {
  return {
    'postmortem.newPostmortem': () => newPostmortem(),
    'postmortem.editor.insertSection': () => insertSection(serverCommands),
    'postmortem.editor.insertTimelineEntry': () => insertTimelineEntry(serverCommands),
    'postmortem.editor.sortTimeline': () => sortTimeline(serverCommands),
    'postmortem.editor.pasteAsTimeline': () => pasteAsTimeline(serverCommands),
    'postmortem.editor.insertTimelineDiagram': () => insertTimelineDiagram(serverCommands),
    'postmortem.showTimeline': async () => {
      const editor = activeMarkdownEditor();
      if (editor) timeline.show(editor.document);
      return editor !== undefined;
    },
    'postmortem.showReport': async () => report.show(),
    'postmortem.restartServer': async () => {
      log.info('restarting the language server on request');
      await server.restart();
    },
    'postmortem.showLog': async () => log.show(),
  };
}

export function registerCommands(deps: CommandDeps): vscode.Disposable[] {
  return Object.entries(commandTable(deps)).map(([id, run]) =>
    vscode.commands.registerCommand(id, async () => {
      try {
        return await run();
      } catch (error) {
        deps.log.error(`${id} failed:`, error instanceof Error ? error : String(error));
        void vscode.window.showErrorMessage(`Postmortem: ${error instanceof Error ? error.message : String(error)}`, 'Show Log')
          .then((choice) => choice && deps.log.show());
        return undefined;
      }
    }),
  );
}
