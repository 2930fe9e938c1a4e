import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { TestClient, seedText, writeFile } from './lspClient';

/** The seed without its timeline, so PM001 reports it and its level shows in the severity. */
function withoutTimeline(): string {
  const lines = seedText().split('\n');
  return [...lines.slice(0, 13), ...lines.slice(29)].join('\n');
}

function pm001(diagnostics: Array<{ code?: string | number; severity?: number }>): number[] {
  return diagnostics.filter((d) => d.code === 'PM001').map((d) => d.severity ?? 0);
}

/**
 * Writes a config file (undefined: deletes it), reports the change as a file watcher would, and
 * resolves with what the server next publishes on that file.
 */
async function saveConfig(client: TestClient, relative: string, text: string | undefined): Promise<PublishDiagnosticsParams> {
  const uri = client.uri(relative);
  const path = join(client.folder, relative);
  const type = text === undefined ? 3 : existsSync(path) ? 2 : 1;
  if (text === undefined) rmSync(path);
  else writeFile(path, text);
  const seen = client.published.length;
  await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri, type }] });
  return client.waitFor(() => client.published.slice(seen).find((p) => p.uri === uri), `diagnostics on ${relative}`);
}

describe('settings, pulled per document', () => {
  let client: TestClient;

  before(async () => {
    client = await TestClient.start();
  });

  after(() => client.stop());

  test('each document is checked with the settings for its own URI', async () => {
    const strict = client.uri('postmortems/strict.md');
    const relaxed = client.uri('postmortems/relaxed.md');
    client.settings = { [strict]: { rules: { PM001: 'error' } }, [relaxed]: { rules: { 'required-section': 'hint' } } };
    await client.open(strict, withoutTimeline());
    await client.open(relaxed, withoutTimeline());
    assert.deepEqual(pm001(await client.pull(strict)), [1]);
    assert.deepEqual(pm001(await client.pull(relaxed)), [4]);
    const asked = client.configurationRequests.flatMap((r) => r.items.map((i) => i.scopeUri));
    assert.ok(asked.includes(strict) && asked.includes(relaxed));
  });

  test('settings are cached per document and asked again after didChangeConfiguration', async () => {
    const uri = client.uri('postmortems/strict.md');
    const asked = () => client.configurationRequests.filter((r) => r.items.some((i) => i.scopeUri === uri)).length;
    const before = asked();
    await client.pull(uri);
    await client.pull(uri);
    assert.equal(asked(), before, 'no new request while the settings are cached');
    client.settings = { '*': { rules: { PM001: 'warning' } } };
    const refreshes = client.refreshRequests;
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await client.waitFor(() => (client.refreshRequests > refreshes ? true : undefined), 'a diagnostics refresh request');
    assert.deepEqual(pm001(await client.pull(uri)), [2]);
    assert.equal(asked(), before + 1);
  });

  test('a setting that means nothing is reported on the first line, not fatal', async () => {
    const uri = client.uri('postmortems/bad-setting.md');
    client.settings = { [uri]: { template: 'no-such-template', defaultTimeZone: 'Mars/Olympus' } };
    await client.open(uri, seedText());
    const problems = (await client.pull(uri)).filter((d) => d.code === 'config');
    assert.deepEqual(problems.map((d) => [d.range.start.line, d.severity]), [[0, 2], [0, 2]]);
    assert.match(problems.map((d) => d.message).join('\n'), /"postmortem.template" is "no-such-template", which is not a template/);
    assert.match(problems.map((d) => d.message).join('\n'), /"postmortem.defaultTimeZone" is "Mars\/Olympus", which is not a time zone/);
  });

  test('include globs decide which Markdown files are postmortems', async () => {
    const notes = client.uri('notes/plain.md');
    const text = '# Weekly notes\n\n## Timeline\n\n- 10:15 - things happened\n';
    await client.open(notes, text);
    assert.deepEqual(await client.pull(notes), []);
    client.settings = { '*': { include: ['notes/**/*.md'] } };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    assert.ok((await client.pull(notes)).length > 0, 'a path matched by a workspace-relative glob is a postmortem');
  });
});

describe('.postmortemrc.json, found by walking up from the document', () => {
  let client: TestClient;

  before(async () => {
    client = await TestClient.start({
      files: {
        '.postmortemrc.json': JSON.stringify({ rules: { PM001: 'warning' } }),
        'team-a/.postmortemrc.json': JSON.stringify({ rules: { PM001: 'off' } }),
        'team-b/.postmortemrc.json': '{ "rules": { "PM001": "off" ',
      },
    });
  });

  after(() => client.stop());

  test('the watcher for config files is registered dynamically', async () => {
    const registration = await client.waitFor(
      () => client.registrations.flatMap((r) => r.registrations).find((r) => r.method === 'workspace/didChangeWatchedFiles'),
      'a file watcher registration',
    );
    const globs = (registration.registerOptions as { watchers: Array<{ globPattern: string }> }).watchers.map((w) => w.globPattern);
    assert.ok(globs.includes('**/.postmortemrc.json'));
  });

  test('the nearest config file wins', async () => {
    const root = client.uri('postmortems/root.md');
    const teamA = client.uri('team-a/deep/er/postmortem.md');
    await client.open(root, withoutTimeline());
    await client.open(teamA, withoutTimeline());
    assert.deepEqual(pm001(await client.pull(root)), [2]);
    assert.deepEqual(pm001(await client.pull(teamA)), []);
  });

  test('an invalid config file is one error on the file itself, where the mistake is, and one warning on each postmortem pointing to it; no pop-up', async () => {
    const first = client.uri('team-b/one-postmortem.md');
    const second = client.uri('team-b/two-postmortem.md');
    const configUri = client.uri('team-b/.postmortemrc.json');
    await client.open(first, withoutTimeline());
    await client.open(second, withoutTimeline());
    for (const uri of [first, second]) {
      const notes = (await client.pull(uri)).filter((d) => d.code === 'config');
      assert.deepEqual(
        notes.map((d) => ({ line: d.range.start.line, severity: d.severity, message: d.message, cause: d.relatedInformation?.map((r) => r.location.uri) })),
        [{ line: 0, severity: 2, message: 'The settings in team-b/.postmortemrc.json were not applied: see the problem there.', cause: [configUri] }],
      );
    }
    const published = await client.waitFor(() => client.published.find((p) => p.uri === configUri), 'diagnostics on the config file');
    assert.deepEqual(
      published.diagnostics.map((d) => ({ range: d.range, severity: d.severity, code: d.code, message: d.message })),
      [{ range: { start: { line: 0, character: 28 }, end: { line: 0, character: 28 } }, severity: 1, code: 'config', message: "not valid JSON: Expected ',' or '}' after property value" }],
    );
    assert.equal(client.published.filter((p) => p.uri === configUri).length, 1, 'published once, not once per postmortem or per pull');
    assert.deepEqual(client.messages, [], 'no pop-up');
    assert.deepEqual(pm001(await client.pull(first)), [2], 'the broken file is not applied: defaults apply (a warning, as no template is named)');
  });

  test('fixing the file and reporting the change takes effect at once, and clears the problem on the file', async () => {
    const uri = client.uri('team-b/one-postmortem.md');
    const refreshes = client.refreshRequests;
    const published = await saveConfig(client, 'team-b/.postmortemrc.json', JSON.stringify({ rules: { PM001: 'info' } }));
    assert.deepEqual(published.diagnostics, [], 'the config file\'s problem cleared');
    await client.waitFor(() => (client.refreshRequests > refreshes ? true : undefined), 'a diagnostics refresh request');
    const diagnostics = await client.pull(uri);
    assert.deepEqual(diagnostics.filter((d) => d.code === 'config'), []);
    assert.deepEqual(pm001(diagnostics), [3]);
  });

  test('a wrong value is shown at that value, in the user\'s words; the postmortem only points to it', async () => {
    const published = await saveConfig(client, 'team-b/.postmortemrc.json', '{\n  "rules": {\n    "PM001": "loud"\n  }\n}\n');
    assert.deepEqual(
      published.diagnostics.map((d) => ({ range: d.range, message: d.message })),
      [{ range: { start: { line: 2, character: 13 }, end: { line: 2, character: 19 } }, message: '"rules.PM001" must be one of "off", "hint", "info", "warning", "error"; got "loud"' }],
    );
    // Notifications and requests are handled in order: this pull sees the change.
    const notes = (await client.pull(client.uri('team-b/one-postmortem.md'))).filter((d) => d.code === 'config');
    assert.deepEqual(notes.map((d) => d.message), ['The settings in team-b/.postmortemrc.json were not applied: see the problem there.']);
    assert.deepEqual(notes[0].relatedInformation?.map((r) => [r.location.range.start, r.message]), [[{ line: 2, character: 13 }, published.diagnostics[0].message]]);
    assert.deepEqual(client.messages, [], 'no pop-up');
  });

  test('a config file saved with no postmortem open gets its problems at once, and loses them when deleted', async () => {
    const shown = await saveConfig(client, 'team-c/.postmortemrc.json', '{ "temlpate": "alx" }');
    assert.deepEqual(shown.diagnostics.map((d) => [d.range.start, d.message.split(';')[0]]), [[{ line: 0, character: 2 }, '"temlpate" is not a setting']]);
    const cleared = await saveConfig(client, 'team-c/.postmortemrc.json', undefined);
    assert.deepEqual(cleared.diagnostics, []);
  });
});
