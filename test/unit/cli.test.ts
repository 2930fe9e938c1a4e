import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { chmodSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES, lint, mermaidBlock, timelinePicture, type ConfigFile } from '../../server/src/engine';
import { generatePostmortem } from '../../bench/generate';
import { temporaryFolders } from './temporaryFolders';

/**
 * End-to-end tests of the bundled CLI: each spawns `node dist/cli.js` in a temporary directory
 * the test writes. Build first: `npm run build` (npm test does).
 */
const CLI = join(__dirname, '..', '..', '..', 'dist', 'cli.js');
const workspace = temporaryFolders('postmortem-cli-');

before(() => {
  assert.ok(existsSync(CLI), `${CLI} is missing: run "npm run build" (or "node scripts/build.mjs") before these tests`);
});



function cli(cwd: string, args: string[], options: SpawnSyncOptions = {}) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '' }, ...options });
  return { status: result.status, stdout: String(result.stdout), stderr: String(result.stderr) };
}

/**
 * A config that names the ALX template (so a missing section is an error) and leaves only one
 * rule on, at its default level (or the one given): the tests check the CLI, not every rule, and
 * stay stable as rules are added.
 */
function onlyRule(id: string, level?: string): string {
  const config: ConfigFile = { template: 'alx', rules: Object.fromEntries(RULES.map((r) => [r.id, r.id === id ? level ?? r.defaultLevel : 'off'])) as ConfigFile['rules'] };
  return JSON.stringify(config, null, 2);
}

const COMPLETE = `# Postmortem: Login outage on March 11, 2024

## Issue Summary

**Start Time:** March 11, 2024, 10:00 AM UTC  
**End Time:** March 11, 2024, 2:00 PM UTC

**Impact:** Logins failed for 30% of users for four hours.

**Root Cause:** A misconfigured database connection pool.

## Timeline

- 10:15 AM UTC - A monitoring alert fired for login errors.
- 10:45 AM UTC - Escalated to the database team.
- 2:00 PM UTC - Resolved by raising the pool size.

## Root Cause and Resolution

The connection pool allowed 10 connections while peak traffic needed 80. Raising the limit resolved it.

## Corrective and Preventative Measures

- [ ] Alert on connection pool saturation (owner: @dana, due 2024-04-01)
`;

/** The complete postmortem without its timeline: one PM001 finding, on the title (line 1, column 3). */
const NO_TIMELINE = COMPLETE.replace(/## Timeline\n[\s\S]*?(?=## Root Cause)/, '');
const NO_TIMELINE_OR_MEASURES = NO_TIMELINE.replace(/## Corrective[\s\S]*$/, '');

interface JsonFile {
  file: string;
  template: string;
  diagnostics: Array<{ code: string; severity: string; message: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } }>;
  metrics: Record<string, string | number | Record<string, number>>;
}

test('lint prints each finding as file:line:col, severity, rule id and message, grouped per file, then a summary', () => {
  const dir = workspace({ '.postmortemrc.json': onlyRule('PM001'), 'a.md': NO_TIMELINE, 'b.md': NO_TIMELINE_OR_MEASURES, 'c.md': COMPLETE });
  const { status, stdout, stderr } = cli(dir, ['lint', '.']);
  assert.equal(stderr, '');
  assert.equal(status, 1);
  assert.doesNotMatch(stdout, /\x1b\[/, 'no color when stdout is not a terminal');
  const lines = stdout.split('\n');
  assert.equal(lines[0], 'a.md: checked against alx (configured)', 'each file says which template it was held to');
  assert.match(lines[1], /^a\.md:1:3 +error +PM001 +Missing required section "Timeline"/);
  assert.equal(lines[2], '', 'a blank line ends each file');
  assert.match(lines[3], /^b\.md: checked against alx/);
  assert.match(lines[4], /^b\.md:1:3 +error +PM001 +Missing required section "Timeline"/);
  assert.match(lines[5], /^b\.md:1:3 +error +PM001 +Missing required section "Corrective and Preventative Measures"/);
  assert.ok(!stdout.includes('c.md'), 'a file without findings is not listed');
  assert.match(stdout, /\n3 problems \(3 errors, 0 warnings\) in 2 files\n$/);
});

test('lint exits 0 when no finding is at error level, warnings included', () => {
  const clean = workspace({ '.postmortemrc.json': onlyRule('PM001'), 'doc.md': COMPLETE });
  assert.deepEqual(cli(clean, ['lint', 'doc.md']), { status: 0, stdout: 'No problems in 1 file\n', stderr: '' });

  const warned = workspace({ '.postmortemrc.json': onlyRule('PM001', 'warning'), 'doc.md': NO_TIMELINE });
  const { status, stdout } = cli(warned, ['lint', 'doc.md']);
  assert.equal(status, 0);
  assert.match(stdout, /1 problem \(0 errors, 1 warning\) in 1 file/);
});

test('--max-warnings exits 1 when there are more warnings than it allows', () => {
  const dir = workspace({ '.postmortemrc.json': onlyRule('PM001', 'warning'), 'doc.md': NO_TIMELINE });
  assert.equal(cli(dir, ['lint', '--max-warnings', '1', 'doc.md']).status, 0);
  const { status, stderr } = cli(dir, ['lint', '--max-warnings', '0', 'doc.md']);
  assert.equal(status, 1);
  assert.equal(stderr, 'postmortem: 1 warnings, more than --max-warnings 0\n');
});

test('lint searches a directory for *.md files, skipping node_modules and dot-directories', () => {
  const dir = workspace({
    '.postmortemrc.json': onlyRule('PM001'),
    'incidents/2024/a.md': COMPLETE,
    'incidents/b.md': COMPLETE,
    'incidents/notes.txt': 'not markdown',
    'incidents/node_modules/pkg/readme.md': COMPLETE,
    'incidents/.drafts/c.md': COMPLETE,
  });
  const { status, stdout } = cli(dir, ['lint', '--format', 'json', 'incidents']);
  assert.equal(status, 0);
  assert.deepEqual((JSON.parse(stdout) as JsonFile[]).map((f) => f.file), ['incidents/2024/a.md', 'incidents/b.md']);
});

test('lint with a glob lints the files it matches', () => {
  const dir = workspace({ '.postmortemrc.json': onlyRule('PM001'), 'a.md': COMPLETE, 'b.md': NO_TIMELINE, 'c.txt': COMPLETE });
  const { status, stdout } = cli(dir, ['lint', '--format', 'json', '*.md']);
  assert.equal(status, 1);
  assert.deepEqual((JSON.parse(stdout) as JsonFile[]).map((f) => f.file), ['a.md', 'b.md']);
});

test('--format json gives one object per file: file, template, diagnostics with LSP ranges, and metrics', () => {
  const dir = workspace({ '.postmortemrc.json': onlyRule('PM001'), 'complete.md': COMPLETE, 'partial.md': NO_TIMELINE });
  const { status, stdout } = cli(dir, ['lint', '--format', 'json', '.']);
  assert.equal(status, 1);
  const files = JSON.parse(stdout) as JsonFile[];
  assert.deepEqual(files.map((f) => [f.file, f.template]), [['complete.md', 'alx'], ['partial.md', 'alx']]);
  assert.deepEqual(files[0].diagnostics, []);
  const metrics = files[0].metrics;
  assert.equal(metrics.startTime, '2024-03-11T10:00:00Z');
  assert.equal(metrics.endTime, '2024-03-11T14:00:00Z');
  assert.equal(metrics.durationMinutes, 240);
  assert.equal(metrics.timeToDetectMinutes, 15);
  assert.equal(metrics.timeToResolveMinutes, 240);
  assert.deepEqual(metrics.sources, { start: 5, end: 6, detected: 14, escalated: 15 }, 'the 1-based line each time was read from');
  const [finding] = files[1].diagnostics;
  assert.equal(files[1].diagnostics.length, 1);
  assert.equal(finding.code, 'PM001');
  assert.ok(['error', 'warning', 'info', 'hint'].includes(finding.severity));
  assert.equal(finding.severity, 'error');
  assert.match(finding.message, /Timeline/);
  assert.deepEqual(finding.range.start, { line: 0, character: 2 }, 'LSP positions: 0-based line and character');
});

test('--format json gives the start and end as times of day with their offset when the document writes no date', () => {
  const undated = COMPLETE.replace(/March 11, 2024, /g, '').replace(', due 2024-04-01', '').replace(' on March 11, 2024', '').replace(/ UTC/g, ' EAT');
  const dir = workspace({ 'doc.md': undated });
  const [file] = JSON.parse(cli(dir, ['lint', '--format', 'json', 'doc.md']).stdout) as JsonFile[];
  assert.equal(file.metrics.startTime, '10:00:00+03:00');
  assert.equal(file.metrics.endTime, '14:00:00+03:00');
  assert.equal(file.metrics.durationMinutes, 240);
});

function pick(object: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(keys.filter((k) => k in object).map((k) => [k, object[k]]));
}

test('--format sarif gives a SARIF 2.1.0 log with the rules metadata and 1-based regions', () => {
  const dir = workspace({ '.postmortemrc.json': onlyRule('PM001'), 'docs/partial.md': NO_TIMELINE });
  const { status, stdout } = cli(dir, ['lint', '--format', 'sarif', 'docs']);
  assert.equal(status, 1);
  const log = JSON.parse(stdout);
  assert.equal(log.version, '2.1.0');
  assert.match(log.$schema, /sarif-2\.1\.0/);
  const [run] = log.runs;
  assert.equal(run.tool.driver.name, 'postmortem');
  assert.equal(run.tool.driver.rules.length, RULES.length);
  const pm001 = run.tool.driver.rules.find((r: { id: string }) => r.id === 'PM001');
  assert.equal(pm001.name, 'required-section');
  assert.ok(pm001.shortDescription.text.length > 0);
  assert.match(pm001.helpUri, /^https:\/\/.*PM001/);
  assert.equal(pm001.defaultConfiguration.level, 'error');
  assert.equal(run.results.length, 1);
  const [result] = run.results;
  assert.equal(result.ruleId, 'PM001');
  assert.equal(result.level, 'error');
  assert.match(result.message.text, /Timeline/);
  assert.equal(run.tool.driver.rules[result.ruleIndex].id, 'PM001');
  const location = result.locations[0].physicalLocation;
  assert.deepEqual(location.artifactLocation, { uri: 'docs/partial.md', uriBaseId: '%SRCROOT%' });
  assert.deepEqual(pick(location.region, ['startLine', 'startColumn']), { startLine: 1, startColumn: 3 });
});

/** The complete postmortem with one time written without its zone and two timeline entries swapped: two safe fixes. */
const UNSORTED_NO_ZONE = COMPLETE.replace(
  '- 10:15 AM UTC - A monitoring alert fired for login errors.\n- 10:45 AM UTC - Escalated to the database team.\n',
  '- 10:45 AM - Escalated to the database team.\n- 10:15 AM UTC - A monitoring alert fired for login errors.\n',
);

/** A config with only these rules on, at their default levels. */
function onlyRules(...ids: string[]): string {
  return JSON.stringify({ rules: Object.fromEntries(RULES.map((r) => [r.id, ids.includes(r.id) ? r.defaultLevel : 'off'])) });
}

test('--fix applies the safe fixes (a time zone, the timeline order) in place, and a re-lint finds neither again', () => {
  const dir = workspace({ '.postmortemrc.json': onlyRules('PM013', 'PM015'), 'doc.md': UNSORTED_NO_ZONE });
  const fixed = cli(dir, ['lint', '--fix', 'doc.md']);
  assert.equal(fixed.status, 0, fixed.stdout + fixed.stderr);
  assert.match(fixed.stdout, /^doc\.md: fixed 2 problems\n/);
  const text = readFileSync(join(dir, 'doc.md'), 'utf8');
  assert.match(text, /^- 10:15 AM UTC - A monitoring alert fired for login errors\.\n- 10:45 AM UTC - Escalated to the database team\.\n/m);
  assert.ok(text.startsWith(UNSORTED_NO_ZONE.slice(0, 200)), 'the text before the fixes is kept');
  const relinted = JSON.parse(cli(dir, ['lint', '--format', 'json', 'doc.md']).stdout) as JsonFile[];
  assert.deepEqual(relinted[0].diagnostics, []);
  assert.deepEqual(readdirSync(dir).sort(), ['.postmortemrc.json', 'doc.md'], 'no temporary file is left behind');
});

test('--fix with defaultTimeZone "+05:30" writes the zone once, in a form that is read back', () => {
  const config = { ...JSON.parse(onlyRule('PM013')), defaultTimeZone: '+05:30' };
  const dir = workspace({ '.postmortemrc.json': JSON.stringify(config), 'doc.md': '# Postmortem: x\n\n## Timeline\n\n- 10:15 Detected\n' });
  const fixed = cli(dir, ['lint', '--fix', 'doc.md']);
  assert.equal(fixed.status, 0, fixed.stdout + fixed.stderr);
  assert.equal(readFileSync(join(dir, 'doc.md'), 'utf8'), '# Postmortem: x\n\n## Timeline\n\n- 10:15 +05:30 Detected\n');
  assert.deepEqual((JSON.parse(cli(dir, ['lint', '--format', 'json', 'doc.md']).stdout) as JsonFile[])[0].diagnostics, []);
});

test('--fix never inserts a section scaffold or a title, and names each fix it left to the editor', () => {
  const config = { ...JSON.parse(onlyRules('PM001', 'PM006', 'PM013', 'PM015')), template: 'alx' };
  const dir = workspace({ '.postmortemrc.json': JSON.stringify(config), 'untitled.md': '', 'doc.md': NO_TIMELINE_OR_MEASURES });
  const { status, stdout } = cli(dir, ['lint', '--fix', 'doc.md', 'untitled.md']);
  assert.equal(status, 1, 'the missing sections are still errors');
  assert.equal(readFileSync(join(dir, 'doc.md'), 'utf8'), NO_TIMELINE_OR_MEASURES, 'no placeholder text was written');
  assert.equal(readFileSync(join(dir, 'untitled.md'), 'utf8'), '', 'no title was written');
  const skipped = stdout.split('\n').filter((l) => l.includes('--fix skipped'));
  assert.deepEqual(skipped, [
    'doc.md: --fix skipped 2 fixes that write template text to fill in, left to the editor\'s quick fixes: ' +
      'PM001 Insert section "Timeline" (line 1); PM001 Insert section "Corrective and Preventative Measures" (line 1)',
    'untitled.md: --fix skipped 5 fixes that write template text to fill in, left to the editor\'s quick fixes: ' +
      'PM001 Insert section "Issue Summary" (line 1); PM001 Insert section "Timeline" (line 1); PM001 Insert section "Root Cause and Resolution" (line 1); ' +
      'PM001 Insert section "Corrective and Preventative Measures" (line 1); PM006 Insert a title (line 1)',
  ]);
  const json = JSON.parse(cli(dir, ['lint', '--fix', '--format', 'json', 'doc.md']).stdout) as Array<JsonFile & { fixed: number; skippedFixes: Array<{ code: string }> }>;
  assert.equal(json[0].fixed, 0);
  assert.deepEqual(json[0].skippedFixes.map((f) => f.code), ['PM001', 'PM001']);
});

test('--fix keeps a UTF-8 byte-order mark and CRLF line endings', () => {
  const crlf = '\uFEFF' + UNSORTED_NO_ZONE.replace(/\n/g, '\r\n');
  const dir = workspace({ '.postmortemrc.json': onlyRules('PM013'), 'doc.md': crlf });
  assert.equal(cli(dir, ['lint', '--fix', 'doc.md']).status, 0);
  const text = readFileSync(join(dir, 'doc.md'), 'utf8');
  assert.ok(text.startsWith('\uFEFF# Postmortem'));
  assert.match(text, /- 10:45 AM UTC - Escalated to the database team\.\r\n/);
  assert.doesNotMatch(text, /[^\r]\n/, 'every line ends in CRLF');
});

test('--fix leaves the file untouched and exits 2 when the fixed text cannot be written', { skip: process.platform === 'win32' && 'needs POSIX permissions' }, () => {
  const dir = workspace({ '.postmortemrc.json': onlyRule('PM013', 'error'), 'doc.md': UNSORTED_NO_ZONE });
  // The directory is read-only, so the temporary file cannot be created beside the document.
  // Root ignores permissions, so as root the CLI runs as nobody.
  const asRoot = process.getuid?.() === 0;
  chmodSync(join(dir, 'doc.md'), 0o644);
  chmodSync(dir, asRoot ? 0o755 : 0o555);
  const { status, stdout, stderr } = cli(dir, ['lint', '--fix', 'doc.md'], asRoot ? { uid: 65534, gid: 65534 } : {});
  chmodSync(dir, 0o755);
  assert.equal(status, 2);
  assert.equal(stderr, 'postmortem: doc.md: could not write the fixed text (permission denied); the file is unchanged\n');
  assert.match(stdout, /doc\.md:14:3 +error +PM013/, 'the findings of the unchanged file are still reported');
  assert.equal(readFileSync(join(dir, 'doc.md'), 'utf8'), UNSORTED_NO_ZONE);
  assert.deepEqual(readdirSync(dir).sort(), ['.postmortemrc.json', 'doc.md']);
});

test('--template checks documents against the named preset, and an unknown one exits 2', () => {
  const dir = workspace({ 'doc.md': COMPLETE });
  const { stdout } = cli(dir, ['lint', '--format', 'json', '--template', 'google-sre', 'doc.md']);
  assert.equal((JSON.parse(stdout) as JsonFile[])[0].template, 'google-sre');
  const unknown = cli(dir, ['lint', '--template', 'nope', 'doc.md']);
  assert.equal(unknown.status, 2);
  assert.match(unknown.stderr, /^postmortem: unknown template "nope"; use one of alx, /);
});

test('the nearest .postmortemrc.json above each document configures it', () => {
  const dir = workspace({
    '.postmortemrc.json': onlyRule('PM001', 'warning'),
    'team-a/incidents/doc.md': NO_TIMELINE,
    'team-b/.postmortemrc.json': onlyRule('PM001', 'info'),
    'team-b/doc.md': NO_TIMELINE,
  });
  const files = JSON.parse(cli(dir, ['lint', '--format', 'json', '.']).stdout) as JsonFile[];
  assert.deepEqual(files.map((f) => [f.file, f.diagnostics[0].severity]), [['team-a/incidents/doc.md', 'warning'], ['team-b/doc.md', 'info']]);
});

test('--config uses the named file for every document instead of the nearest one', () => {
  const dir = workspace({ 'strict.json': onlyRule('PM001', 'hint'), 'team/.postmortemrc.json': onlyRule('PM001', 'warning'), 'team/doc.md': NO_TIMELINE });
  const files = JSON.parse(cli(dir, ['lint', '--format', 'json', '--config', 'strict.json', 'team']).stdout) as JsonFile[];
  assert.equal(files[0].diagnostics[0].severity, 'hint');
});

test('an invalid config file exits 2 with one line naming the file, the place and the problem in the user\'s words, once for all its documents', () => {
  const syntax = workspace({ '.postmortemrc.json': '{\n  "rules": {\n    "PM001": "off",\n  }\n}\n', 'doc.md': COMPLETE });
  const broken = cli(syntax, ['lint', 'doc.md']);
  assert.equal(broken.status, 2);
  assert.match(broken.stderr, /^postmortem: \.postmortemrc\.json:4:3: not valid JSON: [^\n]+\n$/);

  const schema = workspace({ 'sub/.postmortemrc.json': '{ "rules": { "PM001": "loud" } }', 'sub/doc.md': COMPLETE, 'sub/other.md': COMPLETE });
  const invalid = cli(schema, ['lint', 'sub']);
  assert.equal(invalid.status, 2);
  assert.equal(invalid.stderr, 'postmortem: sub/.postmortemrc.json:1:23: "rules.PM001" must be one of "off", "hint", "info", "warning", "error"; got "loud"\n');

  const missing = cli(schema, ['lint', '--config', 'nope.json', 'sub']);
  assert.deepEqual(missing, { status: 2, stdout: '', stderr: 'postmortem: nope.json: no such file or directory\n' });
});

test('a path that does not exist exits 2 with "no such file or directory"', () => {
  const dir = workspace({ 'doc.md': COMPLETE });
  assert.deepEqual(cli(dir, ['lint', 'doc.md', 'missing.md']), { status: 2, stdout: '', stderr: 'postmortem: no such file or directory: missing.md\n' });
});

test('a directory without Markdown files, or a glob matching nothing, exits 2 with a clear message', () => {
  const dir = workspace({ 'notes/readme.txt': 'text', 'notes/.hidden/x.md': COMPLETE });
  assert.deepEqual(cli(dir, ['lint', 'notes']), { status: 2, stdout: '', stderr: 'postmortem: no Markdown files (*.md) in notes\n' });
  assert.deepEqual(cli(dir, ['lint', 'notes/*.md']), { status: 2, stdout: '', stderr: 'postmortem: no files match notes/*.md\n' });
});

test('a binary file is reported and skipped, the other files are still linted, and the run exits 2', () => {
  const dir = workspace({ '.postmortemrc.json': onlyRule('PM001'), 'a.md': NO_TIMELINE, 'image.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x0d, 0x0a]) });
  const { status, stdout, stderr } = cli(dir, ['lint', '.']);
  assert.equal(status, 2);
  assert.equal(stderr, 'postmortem: image.md: is a binary file (it has NUL bytes), not Markdown; skipped\n');
  assert.match(stdout, /^a\.md: checked against alx.*\na\.md:1:3 +error +PM001/);
  assert.match(stdout, /1 file not linted/);
});

test('an empty file is linted against the generic template: its missing sections are warnings, since no template is named', () => {
  const dir = workspace({ 'empty.md': '' });
  const { status, stdout, stderr } = cli(dir, ['lint', '--format', 'json', 'empty.md']);
  // Named on the command line, so checked, with a note that nothing in it says postmortem.
  assert.match(stderr, /^postmortem: empty\.md: checked because it was named, although it does not look like a postmortem/);
  assert.equal(status, 0);
  const [file] = JSON.parse(stdout) as JsonFile[];
  assert.equal(file.template, 'generic');
  const missing = file.diagnostics.filter((d) => d.code === 'PM001');
  assert.deepEqual(missing.map((d) => /"([^"]+)"/.exec(d.message)?.[1]), ['Summary', 'Timeline', 'Root Cause', 'Action Items']);
  assert.ok(missing.every((d) => d.severity === 'warning'), stdout);
});

test('a missing section is an error when the template is named, in the config file or in front matter', () => {
  const dir = workspace({ '.postmortemrc.json': JSON.stringify({ template: 'alx' }), 'a.md': NO_TIMELINE, 'b/c.md': '---\ntemplate: alx\n---\n' + NO_TIMELINE });
  const files = JSON.parse(cli(dir, ['lint', '--format', 'json', 'a.md', 'b/c.md']).stdout) as JsonFile[];
  for (const file of files) assert.deepEqual(file.diagnostics.filter((d) => d.code === 'PM001').map((d) => d.severity), ['error'], file.file);
});

test('a 10 MB postmortem is linted', (t) => {
  const text = generatePostmortem(10 * 1024 * 1024, 7);
  const dir = workspace({ 'big.md': text });
  const start = process.hrtime.bigint();
  const { status, stdout, stderr } = cli(dir, ['lint', '--format', 'json', 'big.md']);
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  t.diagnostic(`10 MB CLI run: ${ms.toFixed(0)} ms`);
  assert.equal(stderr, '');
  assert.ok(status === 0 || status === 1, `exit ${status}`);
  assert.equal((JSON.parse(stdout) as JsonFile[])[0].file, 'big.md');
});

test('an unknown option or command exits 2 with one line and no stack trace', () => {
  const dir = workspace();
  assert.deepEqual(cli(dir, ['lint', '--colour']), { status: 2, stdout: '', stderr: "postmortem: unknown option '--colour' (see postmortem --help)\n" });
  const command = cli(dir, ['check', 'doc.md']);
  assert.equal(command.status, 2);
  assert.equal(command.stderr, 'postmortem: unknown command "check"; did you mean "postmortem lint check doc.md"? (see postmortem --help)\n');
  assert.deepEqual(cli(dir, ['lint', '--format', 'xml']), { status: 2, stdout: '', stderr: 'postmortem: unknown format "xml"; use one of stylish, json, sarif, github, junit\n' });
});

test('--help and --version print to stdout and exit 0', () => {
  const dir = workspace();
  const help = cli(dir, ['--help']);
  assert.equal(help.status, 0);
  assert.match(help.stdout, /^Usage: postmortem <command>/);
  const version = cli(dir, ['--version']);
  assert.equal(version.status, 0);
  assert.match(version.stdout, /^\d+\.\d+\.\d+/);
});

test('new writes a postmortem named after its date and title, prints the path, and the result lints clean of missing sections', () => {
  const dir = workspace();
  const { status, stdout } = cli(dir, ['new', '--title', 'Checkout: EU outage!', '--date', '2024-03-11', '--severity', 'SEV-1', '--dir', 'postmortems']);
  assert.equal(status, 0);
  assert.equal(stdout, 'postmortems/2024-03-11-checkout-eu-outage.md\n');
  const text = readFileSync(join(dir, 'postmortems/2024-03-11-checkout-eu-outage.md'), 'utf8');
  assert.match(text, /^# Postmortem: Checkout: EU outage!\n/);
  assert.match(text, /\*\*Severity:\*\* SEV-1/);
  const files = JSON.parse(cli(dir, ['lint', '--format', 'json', 'postmortems']).stdout) as JsonFile[];
  assert.deepEqual(files[0].diagnostics.filter((d) => d.code === 'PM001'), []);
});

test('new never overwrites: a taken default name gets -2, and a taken --out path exits 2', () => {
  const dir = workspace({ '2024-03-11-db-outage.md': 'mine' });
  assert.equal(cli(dir, ['new', '--title', 'DB outage', '--date', '2024-03-11']).stdout, '2024-03-11-db-outage-2.md\n');
  assert.equal(cli(dir, ['new', '--title', 'DB outage', '--date', '2024-03-11']).stdout, '2024-03-11-db-outage-3.md\n');
  const taken = cli(dir, ['new', '--out', '2024-03-11-db-outage.md']);
  assert.deepEqual(taken, { status: 2, stdout: '', stderr: 'postmortem: 2024-03-11-db-outage.md already exists; not overwriting it\n' });
  assert.equal(readFileSync(join(dir, '2024-03-11-db-outage.md'), 'utf8'), 'mine');
});

test('new rejects a date that is not a real YYYY-MM-DD date', () => {
  const dir = workspace();
  assert.deepEqual(cli(dir, ['new', '--date', '2024-02-30']), { status: 2, stdout: '', stderr: 'postmortem: --date "2024-02-30" is not a date written YYYY-MM-DD, like 2024-03-11\n' });
  assert.deepEqual(readdirSync(dir), []);
});

test('new starts from the template of the config file over the target directory', () => {
  const dir = workspace({ 'sre/.postmortemrc.json': '{ "template": "google-sre" }' });
  const { stdout } = cli(dir, ['new', '--title', 'Cache stampede', '--date', '2024-05-01', '--dir', 'sre']);
  const files = JSON.parse(cli(dir, ['lint', '--format', 'json', stdout.trim()]).stdout) as JsonFile[];
  assert.equal(files[0].template, 'google-sre');
  assert.deepEqual(files[0].diagnostics.filter((d) => d.code === 'PM001'), []);
});

test('diagram prints the mermaid block the editor inserts, or a standalone SVG', () => {
  const dir = workspace({ 'doc.md': COMPLETE });
  const mermaid = cli(dir, ['diagram', 'doc.md']);
  assert.deepEqual({ status: mermaid.status, stderr: mermaid.stderr }, { status: 0, stderr: '' });
  assert.equal(mermaid.stdout, mermaidBlock(timelinePicture(lint(COMPLETE).document)!).join('\n') + '\n');
  assert.equal(cli(dir, ['diagram', 'doc.md', '--format', 'mermaid']).stdout, mermaid.stdout);
  const svg = cli(dir, ['diagram', '--format', 'svg', 'doc.md']);
  assert.equal(svg.status, 0);
  assert.match(svg.stdout, /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"[^>]*>\n[\s\S]*<\/svg>\n$/);
  assert.equal(cli(dir, ['diagram', '-'], { input: COMPLETE }).stdout, mermaid.stdout, 'standard input reads the same');
});

test('diagram exits 2 with one line when there is nothing to draw or the command line is wrong', () => {
  const dir = workspace({ 'empty.md': '# Postmortem: Outage\n\n## Timeline\n\nTo be written.\n', 'doc.md': COMPLETE });
  assert.deepEqual(cli(dir, ['diagram', 'empty.md']), { status: 2, stdout: '', stderr: 'postmortem: empty.md: the timeline has no entry with a time to draw\n' });
  assert.deepEqual(cli(dir, ['diagram', 'doc.md', '--format', 'png']), { status: 2, stdout: '', stderr: 'postmortem: unknown format "png"; use one of mermaid, svg\n' });
  assert.deepEqual(cli(dir, ['diagram']), { status: 2, stdout: '', stderr: 'postmortem: diagram draws one file: postmortem diagram FILE [--format mermaid|svg]\n' });
  assert.deepEqual(cli(dir, ['diagram', 'missing.md']), { status: 2, stdout: '', stderr: 'postmortem: missing.md: no such file or directory\n' });
});
