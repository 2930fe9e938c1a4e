import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkConfigText, configProblemLine } from '../../server/src/engine';
import { URI } from 'vscode-uri';
import { ConfigFinder, CONFIG_FILE_NAME, loadConfigFile } from '../../server/src/node/findConfig';
import { nodeServerHost } from '../../server/src/node/serverHost';
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

/** The one line the CLI prints for each mistake in a config file's text. */
function lines(text: string, source = 'rc'): string[] {
  const check = checkConfigText(text);
  return check.ok ? [] : check.problems.map((p) => configProblemLine(source, p));
}

test('a config file with a JSON syntax error is one problem naming the file, line and column', () => {
  assert.deepEqual(lines('{\n  "rules": {\n    "PM001": "off",\n  }\n}\n', 'team/.postmortemrc.json'), ['team/.postmortemrc.json:4:3: not valid JSON: Expected double-quoted property name']);
});

test('an empty config file is a JSON problem at its end, not a crash', () => {
  assert.deepEqual(lines(''), ['rc:1:1: not valid JSON: Unexpected end of JSON input']);
});

test('a wrong rule level is one problem in the user\'s words, at the value', () => {
  const check = checkConfigText('{\n  "rules": {\n    "PM022": "loud"\n  }\n}\n');
  assert.ok(!check.ok);
  assert.deepEqual(check.problems, [
    {
      origin: 'file',
      kind: 'invalid-value',
      path: ['rules', 'PM022'],
      message: '"rules.PM022" must be one of "off", "hint", "info", "warning", "error"; got "loud"',
      range: { start: { line: 2, character: 13 }, end: { line: 2, character: 19 } },
    },
  ]);
});

test('a wrong level inside a rule\'s options is placed at that level, not at the rule', () => {
  assert.deepEqual(lines('{ "rules": { "PM022": { "level": "loud" } } }'), ['rc:1:34: "rules.PM022.level" must be one of "off", "hint", "info", "warning", "error"; got "loud"']);
});

test('a value of the wrong type says the type wanted and what was written', () => {
  assert.deepEqual(lines('{ "rules": 5 }'), ['rc:1:12: "rules" must be an object ({ ... }); got 5']);
  assert.deepEqual(lines('{ "words": { "min": -1, "max": "x" } }'), ['rc:1:21: "words.min" must be at least 0; got -1', 'rc:1:32: "words.max" must be a whole number; got "x"']);
});

test('an unknown setting or rule is placed at its name and says what is known', () => {
  assert.deepEqual(lines('{ "rules": { "PM999": "off" } }'), ['rc:1:14: "PM999" is not a rule; name a rule by its id (PM001) or its alias (required-section)']);
  assert.match(lines('{\n  "temlpate": "alx"\n}')[0], /^rc:2:3: "temlpate" is not a setting; use "template", "extends", /);
});

test('a rule\'s options are checked as the rule declares them, and an option it does not have is named', () => {
  assert.deepEqual(lines('{ "rules": { "PM024": { "namedPeople": "yes" } } }'), ['rc:1:40: "rules.PM024.namedPeople" must be true or false; got "yes"']);
  assert.deepEqual(lines('{ "rules": { "PM020": { "level": "info", "min": 10 } } }'), ['rc:1:42: "rules.PM020.min" is not an option of this rule; use "level"']);
});

test('a section without its title is placed at the section, in the list it is in', () => {
  assert.deepEqual(lines('{ "sections": [ { "key": "why" } ] }'), ['rc:1:17: "sections[0]" needs "title"']);
});

test('an unknown time zone is a problem of the file, placed at its value', () => {
  assert.deepEqual(lines('{ "defaultTimeZone": "Mars/Olympus" }'), ['rc:1:22: "defaultTimeZone" is "Mars/Olympus", which is not a time zone; use an abbreviation (UTC, PST), an offset (UTC+2) or an IANA name (Europe/Paris)']);
});

test('positions are counted without a byte-order mark, as editors count them', () => {
  assert.deepEqual(lines('\uFEFF{ "rules": 5 }'), ['rc:1:12: "rules" must be an object ({ ... }); got 5']);
});

test('a config file with a byte-order mark is read', async () => {
  const root = workspace({ [CONFIG_FILE_NAME]: '\uFEFF{ "defaultTimeZone": "UTC" }' });
  const load = await loadConfigFile(join(root, CONFIG_FILE_NAME));
  assert.ok(load.ok);
  assert.deepEqual(load.file.config, { defaultTimeZone: 'UTC' });
});

test('a config file that cannot be read is a problem naming it', async () => {
  const root = workspace({});
  const path = join(root, 'missing.json');
  assert.deepEqual(await loadConfigFile(path, 'missing.json'), {
    ok: false,
    path,
    source: 'missing.json',
    problems: [{ origin: 'file', kind: 'unreadable', path: [], message: 'no such file or directory' }],
  });
});

test('the Node server host reads only file: URIs from the disk, never another scheme\'s path as a local one', async () => {
  const root = workspace({ [CONFIG_FILE_NAME]: '{}' });
  const onDisk = URI.file(join(root, CONFIG_FILE_NAME));
  assert.equal((await nodeServerHost.files.stat(onDisk.toString())).directory, false);
  assert.equal((await nodeServerHost.files.stat(URI.file(root).toString())).directory, true);
  const virtual = onDisk.with({ scheme: 'vscode-vfs' }).toString();
  await assert.rejects(nodeServerHost.files.stat(virtual), /vscode-vfs: files are not on this disk/);
  assert.deepEqual(await nodeServerHost.files.read(virtual, 1000), { ok: false, problem: 'vscode-vfs: files are not on this disk' });
});
