import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { RollupPostmortem } from '../../../server/src/protocol/customMessages';
import type { PostmortemsNode } from '../../../client/src/postmortemsView';
import type { PostmortemApi } from '../../../client/src/api';
import { activeApi, exampleWorkspace, until, writeFile } from './helpers';

/** Four postmortems across two months, three severities (one the team's own word) and no date. */
const FILES: Record<string, string> = {
  'postmortems/grouping/2026-01-20-cart.md': '# Postmortem: Cart errors\n\n**Severity:** SEV-3\n**Date:** 2026-01-20\n',
  'postmortems/grouping/2026-01-10-login.md': '# Postmortem: Login outage\n\n**Severity:** SEV-1\n**Date:** 2026-01-10\n',
  'postmortems/grouping/2025-11-05-search.md': '# Postmortem: Search outage\n\n**Severity:** SEV-1\n**Date:** 2025-11-05\n',
  'postmortems/grouping/undated-billing.md': '# Postmortem: Billing delay\n\n**Severity:** Purple\n',
};

type Group = PostmortemsNode & { kind: 'group' };

async function groups(api: PostmortemApi): Promise<Group[]> {
  return (await api.postmortems.getChildren()).filter((n): n is Group => n.kind === 'group');
}

/** Each group's key with the titles of our postmortems in it, in the view's order. */
async function ours(api: PostmortemApi): Promise<[string, string[]][]> {
  const result: [string, string[]][] = [];
  for (const group of await groups(api)) {
    const titles = (await api.postmortems.getChildren(group)).flatMap((n) => (n.kind === 'postmortem' && n.postmortem.uri.includes('/grouping/') ? [n.postmortem.title] : []));
    if (titles.length) result.push([group.group.key, titles]);
  }
  return result;
}

/** Toggles the grouping with the view's command and waits for the view to ask the server again. */
async function toggle(api: PostmortemApi): Promise<void> {
  let loads = 0;
  const listener = api.postmortems.onDidLoad(() => loads++);
  try {
    await vscode.commands.executeCommand('postmortem.togglePostmortemsGrouping');
    await until(api.postmortems.onDidLoad, () => loads, (n) => n > 0, 20_000, 'the view to redraw after the grouping changed');
  } finally {
    listener.dispose();
  }
}

suite('grouping the Postmortems view', () => {
  suiteSetup(async () => {
    await exampleWorkspace();
  });

  test('groups by month, newest month first and undated last, then by severity; newest first inside each', async () => {
    const api = await activeApi();
    let loaded: readonly RollupPostmortem[] = [];
    const listener = api.postmortems.onDidLoad((postmortems) => (loaded = postmortems));
    try {
      await vscode.commands.executeCommand('postmortem.postmortems.focus');
      for (const [path, text] of Object.entries(FILES)) await writeFile(path, text);
      await until(api.postmortems.onDidLoad, () => loaded, (l) => l.filter((p) => p.uri.includes('/grouping/')).length === 4, 20_000, 'the view to list the four postmortems');
    } finally {
      listener.dispose();
    }
    if (api.postmortems.grouping !== 'month') await toggle(api);

    assert.deepEqual(await ours(api), [
      ['2026-01', ['Postmortem: Cart errors', 'Postmortem: Login outage']],
      ['2025-11', ['Postmortem: Search outage']],
      ['undated', ['Postmortem: Billing delay']],
    ]);
    const months = (await groups(api)).map((g) => g.group.key);
    assert.deepEqual(months, [...months.filter((k) => k !== 'undated')].sort().reverse().concat(months.includes('undated') ? ['undated'] : []), 'every month newest first, undated last');
    const january = (await groups(api)).find((g) => g.group.key === '2026-01')!;
    const row = api.postmortems.getTreeItem(january);
    assert.equal(row.label, 'January 2026');
    assert.equal(row.description, String(january.group.postmortems.length));

    await toggle(api);
    assert.equal(api.postmortems.grouping, 'severity');
    assert.deepEqual(await ours(api), [
      ['SEV-1', ['Postmortem: Login outage', 'Postmortem: Search outage']],
      ['SEV-3', ['Postmortem: Cart errors']],
      ['Purple', ['Postmortem: Billing delay']],
    ]);
    const severities = (await groups(api)).map((g) => g.group.key);
    assert.ok(severities.indexOf('SEV-3') < severities.indexOf('Purple'), 'listed severities before a team\'s own words');
    if (severities.includes('unknown')) assert.equal(severities.at(-1), 'unknown');

    await toggle(api);
    assert.equal(api.postmortems.grouping, 'month', 'the command toggles back');
  });
});
