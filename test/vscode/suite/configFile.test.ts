import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeApi, codeOf, diagnostics, open, workspaceFolder, writeFile } from './helpers';

/** A folder of its own: a broken config in the examples' folder would change every other test. */
const FOLDER = 'broken-config';
const POSTMORTEM = `${FOLDER}/2024-05-01-postmortem.md`;
const CONFIG = `${FOLDER}/.postmortemrc.json`;

/** Records what the extension would show as notifications, in place of showing it. */
function recordNotifications(): { shown: string[]; restore(): void } {
  const window = vscode.window as unknown as Record<string, unknown>;
  const names = ['showErrorMessage', 'showWarningMessage', 'showInformationMessage'] as const;
  const original = names.map((name) => window[name]);
  const shown: string[] = [];
  for (const name of names) {
    window[name] = async (message: string) => {
      shown.push(`${name}: ${message}`);
      return undefined;
    };
  }
  return { shown, restore: () => names.forEach((name, i) => (window[name] = original[i])) };
}

suite('A broken .postmortemrc.json', () => {
  suiteSetup(async () => {
    await activeApi();
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(vscode.Uri.joinPath(workspaceFolder(), FOLDER), { recursive: true }).then(undefined, () => undefined);
  });

  test('is one finding in the Problems panel, on the config file where the mistake is; the postmortem points to it; no notification', async () => {
    const notifications = recordNotifications();
    try {
      const config = await writeFile(CONFIG, '{\n  "rules": {\n    "PM022": "loud"\n  }\n}\n');
      const postmortem = await writeFile(POSTMORTEM, '# Postmortem: Search outage\n\n## Summary\n\nSearch was down.\n');
      await open(postmortem);

      const onConfig = await diagnostics(config, (d) => d.length > 0, 'the finding on the config file');
      assert.deepEqual(
        onConfig.map((d) => ({ line: d.range.start.line, character: d.range.start.character, severity: d.severity, message: d.message })),
        [{ line: 2, character: 13, severity: vscode.DiagnosticSeverity.Error, message: '"rules.PM022" must be one of "off", "hint", "info", "warning", "error"; got "loud"' }],
      );

      const onPostmortem = (await diagnostics(postmortem, (d) => d.some((x) => codeOf(x) === 'config'), 'the pointer on the postmortem')).filter((d) => codeOf(d) === 'config');
      assert.deepEqual(
        onPostmortem.map((d) => ({ line: d.range.start.line, severity: d.severity, message: d.message, cause: d.relatedInformation?.map((r) => r.location.uri.toString()) })),
        [{ line: 0, severity: vscode.DiagnosticSeverity.Warning, message: `The settings in ${CONFIG} were not applied: see the problem there.`, cause: [config.toString()] }],
      );
      assert.deepEqual(notifications.shown, [], 'no notification');
    } finally {
      notifications.restore();
    }
  });

  test('deleting the config file takes its finding out of the Problems panel', async () => {
    const config = vscode.Uri.joinPath(workspaceFolder(), CONFIG);
    await diagnostics(config, (d) => d.length > 0, 'the finding on the config file');
    await vscode.workspace.fs.delete(config);
    await diagnostics(config, (d) => d.length === 0, 'the finding to go with the file');
  });
});
