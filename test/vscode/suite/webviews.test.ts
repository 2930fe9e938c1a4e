/**
 * The timeline and report webviews in a real VS Code. The webview says what it drew (its
 * `rendered` message, through the real postMessage path) and the extension's API passes that on,
 * so these tests see the picture after the server answered and the page drew it. Clicking a
 * marker or a row is test/e2e/webviews.js's part: it drives the webview's page with Chromium,
 * which a test in the extension host cannot reach (the page lives in an iframe of the workbench).
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Rendered } from '../../../client/src/webviews/rendered';
import { activeApi, open, until, writeFile } from './helpers';

const INCIDENT = `# Postmortem: Cache outage

**Severity:** SEV-2
**Start Time:** 2025-04-07 14:00 UTC
**End Time:** 2025-04-07 15:10 UTC

## Timeline

- 14:00 UTC Cache cluster failed; the outage began
- 14:06 UTC Alert fired, on-call paged
- 14:40 UTC Failed over to the standby cluster (mitigated)
- 15:10 UTC Incident resolved

## Action Items

- [ ] Test the failover monthly (owner: @kim, due 2025-05-01)
`;

function linesOf(text: string, marker: RegExp): number[] {
  return text.split('\n').flatMap((line, i) => (marker.test(line) ? [i] : []));
}

function webviewTab(viewType: string): vscode.Tab | undefined {
  // VS Code prefixes the extension's viewType in the tab's input; the suffix is ours.
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith(viewType));
}

/** Collects what the webviews report drawing, so a test can wait for the picture it expects. */
function renders(api: Awaited<ReturnType<typeof activeApi>>) {
  const seen: Rendered[] = [];
  const listener = api.onDidRenderWebview((r) => seen.push(r));
  return {
    last: (viewType: string) => seen.filter((r) => r.viewType === viewType).at(-1),
    until: (viewType: string, done: (r: Rendered) => boolean, what: string) =>
      until(api.onDidRenderWebview, () => seen.filter((r) => r.viewType === viewType).at(-1), (r) => r !== undefined && done(r), 30_000, what),
    dispose: () => listener.dispose(),
  };
}

suite('the timeline and report webviews', () => {
  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('Show Timeline opens beside the editor, draws a marker per entry, follows the document as it is edited, and follows the editor to another postmortem', async () => {
    const api = await activeApi();
    const uri = await writeFile('postmortems/2025-04-07-cache-outage.md', INCIDENT);
    const editor = await open(uri);
    const seen = renders(api);
    try {
      const entries = linesOf(INCIDENT, /^- \d\d:\d\d UTC/);
      assert.equal(await vscode.commands.executeCommand('postmortem.showTimeline'), true);
      await seen.until('postmortem.timeline', (r) => JSON.stringify(r.detail) === JSON.stringify({ lines: entries }), 'the timeline to draw the four entries');

      const tab = webviewTab('postmortem.timeline');
      assert.ok(tab, 'a webview tab for the timeline');
      assert.equal(tab.label, 'Timeline: 2025-04-07-cache-outage.md');
      const editorColumn = vscode.window.tabGroups.all.find((g) => g.tabs.some((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === uri.toString()))?.viewColumn;
      assert.notEqual(tab.group.viewColumn, editorColumn, 'beside the editor, not over it');

      // Typed, not saved: the picture follows the editor's text.
      const at = new vscode.Position(entries[2], 0);
      assert.ok(await editor.edit((b) => b.insert(at, '- 14:20 UTC Escalated to the storage team\n')));
      await seen.until('postmortem.timeline', (r) => 'lines' in r.detail && r.detail.lines.length === 5, 'the timeline to draw the new entry');
      assert.deepEqual(seen.last('postmortem.timeline')!.detail, { lines: [entries[0], entries[1], entries[2], entries[2] + 1, entries[3] + 1] });

      // Another postmortem in the editor: the panel draws it, where the panel stands.
      const other = await writeFile('postmortems/2025-04-09-dns-outage.md', '# DNS outage\n\n## Timeline\n\n- 09:00 UTC Alert fired\n- 09:30 UTC Resolved\n');
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(other), { viewColumn: editorColumn });
      await seen.until('postmortem.timeline', (r) => r.title === 'Timeline: 2025-04-09-dns-outage.md', 'the timeline to follow the editor');
      assert.deepEqual(seen.last('postmortem.timeline')!.detail, { lines: [4, 5] });
      assert.equal(webviewTab('postmortem.timeline')?.group.viewColumn, tab.group.viewColumn);
    } finally {
      seen.dispose();
    }
  });

  test('Show Report rolls up the workspace: a bar per month, the open action items, a row per postmortem', async () => {
    const api = await activeApi();
    await writeFile('postmortems/2025-04-07-cache-outage.md', INCIDENT);
    const seen = renders(api);
    try {
      await vscode.commands.executeCommand('postmortem.showReport');
      const drawn = await seen.until('postmortem.report', (r) => 'rows' in r.detail && r.detail.rows > 0 && r.detail.items > 0, 'the report to list postmortems and action items');
      assert.ok(drawn && 'months' in drawn.detail && drawn.detail.months > 0, 'a month on the chart');
      const tab = webviewTab('postmortem.report');
      assert.ok(tab, 'a webview tab for the report');
      assert.equal(tab.label, 'Postmortem Report');
    } finally {
      seen.dispose();
    }
  });
});
