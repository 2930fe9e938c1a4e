import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigFinder, CONFIG_FILE_NAME, loadConfigFile } from '../../server/src/node/findConfig';
import { temporaryFolders } from './temporaryFolders';

const workspace = temporaryFolders('postmortem-config-');

test('the finder walks up from a directory to the nearest .postmortemrc.json', async () => {
  const root = workspace({ [CONFIG_FILE_NAME]: '{}', 'a/b/c/doc.md': '' });
  const finder = new ConfigFinder();
  assert.equal(await finder.locate(join(root, 'a/b/c')), join(root, CONFIG_FILE_NAME));
  assert.equal(await finder.locate(root), join(root, CONFIG_FILE_NAME));
});

test('a config file closer to the document wins over one further up', async () => {
  const root = workspace({ [CONFIG_FILE_NAME]: '{}', [`team/${CONFIG_FILE_NAME}`]: '{ "template": "google-sre" }', 'team/q3/doc.md': '' });
  const load = await new ConfigFinder().configFor(join(root, 'team/q3'));
  assert.ok(load?.ok);
  assert.equal(load.file.path, join(root, 'team', CONFIG_FILE_NAME));
  assert.deepEqual(load.file.config, { template: 'google-sre' });
});

test('a directory named .postmortemrc.json is not a config file', async () => {
  const root = workspace({ [`${CONFIG_FILE_NAME}/keep`]: '', [`sub/${CONFIG_FILE_NAME}/keep`]: '' });
  const found = await new ConfigFinder().locate(join(root, 'sub'));
  assert.ok(found === undefined || !found.startsWith(root), `found ${found}`);
});

test('each directory is looked up once: a config file created later is seen only after clear()', async () => {
  const root = workspace({ 'a/b/doc.md': '' });
  const finder = new ConfigFinder();
  const before = await finder.locate(join(root, 'a/b'));
  writeFileSync(join(root, 'a', CONFIG_FILE_NAME), '{}');
  assert.equal(await finder.locate(join(root, 'a/b')), before, 'the cached answer');
  assert.equal(await finder.locate(join(root, 'a')), before, 'ancestors were cached by the same walk');
  finder.clear();
  assert.equal(await finder.locate(join(root, 'a/b')), join(root, 'a', CONFIG_FILE_NAME));
});

test('a config file with a JSON syntax error is one problem naming the file, line and column', async () => {
  const root = workspace({ [CONFIG_FILE_NAME]: '{\n  "rules": {\n    "PM001": "off",\n  }\n}\n' });
  const load = await loadConfigFile(join(root, CONFIG_FILE_NAME), 'team/.postmortemrc.json');
  assert.deepEqual(load, { ok: false, problems: ['team/.postmortemrc.json:4:3: not valid JSON: Expected double-quoted property name'] });
});

test('an empty config file is a JSON problem, not a crash', async () => {
  const root = workspace({ [CONFIG_FILE_NAME]: '' });
  assert.deepEqual(await loadConfigFile(join(root, CONFIG_FILE_NAME), 'rc'), { ok: false, problems: ['rc: not valid JSON: Unexpected end of JSON input'] });
});

test('a config file that breaks the schema names the file and the setting', async () => {
  const root = workspace({ [CONFIG_FILE_NAME]: '{ "rules": { "PM001": "loud" } }' });
  const load = await loadConfigFile(join(root, CONFIG_FILE_NAME), 'rc');
  assert.equal(load.ok, false);
  assert.ok(!load.ok && load.problems[0].startsWith('rc: /rules/PM001 must be equal to one of the allowed values'), JSON.stringify(load));
});

test('a config file with a byte-order mark is read', async () => {
  const root = workspace({ [CONFIG_FILE_NAME]: '\uFEFF{ "defaultTimeZone": "UTC" }' });
  const load = await loadConfigFile(join(root, CONFIG_FILE_NAME));
  assert.ok(load.ok);
  assert.deepEqual(load.file.config, { defaultTimeZone: 'UTC' });
});

test('a config file that cannot be read is a problem naming it', async () => {
  const root = workspace({});
  assert.deepEqual(await loadConfigFile(join(root, 'missing.json'), 'missing.json'), { ok: false, problems: ['missing.json: no such file or directory'] });
});
