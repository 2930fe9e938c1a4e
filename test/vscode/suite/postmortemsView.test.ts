import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { RollupPostmortem } from '../../../server/src/protocol/customMessages';
import type { PostmortemsNode } from '../../../client/src/postmortemsView';
import { activeApi, exampleWorkspace, open, until, writeFile } from './helpers';

/** Dated long ago with an item due long ago: overdue on any day the suite runs. */
const QUEUE_OUTAGE = `# Postmortem: Queue outage

**Severity:** SEV-3
**Start Time:** 2025-06-02 09:00 UTC
**End Time:** 2025-06-02 10:30 UTC

## Timeline

- 09:00 UTC Worker crashed and jobs began queueing
- 09:20 UTC Alert fired for queue depth
- 10:00 UTC Worker restarted (mitigated)
- 10:30 UTC Resolved

## Action Items

- [x] Restart workers on crash (owner: @erin)
- [ ] Alert on queue age (owner: @sam, due 2025-07-01)
`;

suite('the Postmortems view', () => {
  suiteSetup(async () => {
    await exampleWorkspace();
  });

  test('lists the workspace postmortems newest first, and clicking an action item opens its line', async () => {
    const api = await activeApi();
    const uri = await writeFile('postmortems/2025-06-02-queue-outage.md', QUEUE_OUTAGE);
    // Open, so the server reads it from the editor and not after a file event it may not have had yet.
    await open(uri);
    let loaded: readonly RollupPostmortem[] = [];
    const listener = api.postmortems.onDidLoad((postmortems) => (loaded = postmortems));
    try {
      await vscode.commands.executeCommand('postmortem.postmortems.focus');
      api.postmortems.refresh();
      await until(api.postmortems.onDidLoad, () => loaded, (l) => l.some((p) => p.uri === uri.toString()), 20_000, 'the view to list the new postmortem');
    } finally {
      listener.dispose();
    }

    // Under their month or severity: the rows of every group, in the view's order.
    const groups = await api.postmortems.getChildren();
    const roots = (await Promise.all(groups.map((group) => api.postmortems.getChildren(group)))).flat();
    const dates = roots.flatMap((n) => (n.kind === 'postmortem' && n.postmortem.date ? [n.postmortem.date] : []));
    if (api.postmortems.grouping === 'month') assert.deepEqual(dates, [...dates].sort().reverse(), 'newest first');
    const node = roots.find((n) => n.kind === 'postmortem' && n.postmortem.uri === uri.toString())!;
    const row = api.postmortems.getTreeItem(node);
    assert.equal(row.label, 'Postmortem: Queue outage');
    assert.equal(row.description, '2025-06-02 · SEV-3 · 1h 30m');

    const children = await api.postmortems.getChildren(node);
    const actions = children.filter((c): c is PostmortemsNode & { kind: 'action' } => c.kind === 'action');
    assert.deepEqual(actions.map((a) => a.item.text), ['Alert on queue age (owner: @sam, due 2025-07-01)'], 'only the open item');
    const item = api.postmortems.getTreeItem(actions[0]);
    assert.equal(item.description, '@sam · due 2025-07-01 · overdue');

    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand(item.command!.command, ...(item.command!.arguments ?? []));
    const editor = await until(vscode.window.onDidChangeActiveTextEditor, () => vscode.window.activeTextEditor, (e) => e?.document.uri.toString() === uri.toString(), 10_000, 'the postmortem to open');
    const line = QUEUE_OUTAGE.split('\n').findIndex((l) => l.includes('Alert on queue age'));
    assert.equal(editor!.selection.active.line, line);
  });

  test('a new postmortem on disk appears after its file event', async () => {
    const api = await activeApi();
    const uri = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, 'postmortems/2025-05-01-dns-outage.md');
    let loaded: readonly RollupPostmortem[] = [];
    const listener = api.postmortems.onDidLoad((postmortems) => (loaded = postmortems));
    try {
      await vscode.commands.executeCommand('postmortem.postmortems.focus');
      await writeFile('postmortems/2025-05-01-dns-outage.md', '# Postmortem: DNS outage\n\n**Severity:** SEV-2\n');
      // No refresh asked for: the server's postmortem/workspaceChanged after its file event brings it.
      await until(api.postmortems.onDidLoad, () => loaded, (l) => l.some((p) => p.uri === uri.toString()), 20_000, 'the view to list the file written on disk');
    } finally {
      listener.dispose();
    }
  });
});
