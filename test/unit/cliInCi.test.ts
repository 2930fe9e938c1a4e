import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from '../../server/src/cli/main';
import type { CliIo } from '../../server/src/cli/io';
import { RULES } from '../../server/src/engine';
import { temporaryFolders } from './temporaryFolders';

/**
 * The CLI as a CI job meets it, called in process through `run(argv, io)`: which files a folder
 * run takes, markdownlint-cli2's argument conventions, the github and junit outputs, and the
 * messages a user reads.
 */
const workspace = temporaryFolders('postmortem-ci-');

/** Runs one command line; `log` keeps stdout and stderr in the order they were written. */
async function cli(cwd: string, argv: string[], stdin = '') {
  const log: Array<{ to: 'stdout' | 'stderr'; text: string }> = [];
  const io: CliIo = {
    cwd,
    color: false,
    stdout: (text) => log.push({ to: 'stdout', text }),
    stderr: (line) => log.push({ to: 'stderr', text: `postmortem: ${line}\n` }),
    readStdin: async () => stdin,
  };
  const status = await run(argv, io);
  const of = (to: 'stdout' | 'stderr') => log.filter((l) => l.to === to).map((l) => l.text).join('');
  return { status, stdout: of('stdout'), stderr: of('stderr'), log };
}

function onlyRule(id: string): Record<string, string> {
  return Object.fromEntries(RULES.map((r) => [r.id, r.id === id ? r.defaultLevel : 'off']));
}

const POSTMORTEM = `# Postmortem: Search outage

## Timeline

- 10:15 UTC - Alerts fired.
`;
const README = '# Team handbook\n\nHow we work.\n';

test('a folder run lints its postmortems and leaves a README alone, saying how many it left', async () => {
  const dir = workspace({ 'README.md': README, 'postmortems/2024-03-11-search.md': POSTMORTEM, 'notes/retro-2024.md': README });
  const { stdout, stderr } = await cli(dir, ['lint', '--format', 'json', '.']);
  assert.equal(stderr, '');
  assert.deepEqual((JSON.parse(stdout) as Array<{ file: string }>).map((f) => f.file), ['notes/retro-2024.md', 'postmortems/2024-03-11-search.md']);
  const stylish = await cli(dir, ['lint', '.']);
  assert.match(stylish.stdout, /; 1 other Markdown file left alone as not a postmortem \(see "include" in the README\)\n$/);
});

test('a file named on the command line is checked even when it is not a postmortem, with a note saying so', async () => {
  const dir = workspace({ 'README.md': README });
  const { stdout, stderr } = await cli(dir, ['lint', '--format', 'json', 'README.md']);
  assert.equal((JSON.parse(stdout) as Array<{ file: string }>)[0].file, 'README.md');
  assert.equal(stderr, 'postmortem: README.md: checked because it was named, although it does not look like a postmortem (no include glob matches it, no `template:` or `type: postmortem` in front matter, no postmortem title)\n');
});

test('front matter naming a template makes a file a postmortem wherever it is', async () => {
  const dir = workspace({ 'docs/search.md': '---\ntemplate: google-sre\n---\n\n# Search was down\n', 'docs/other.md': README });
  const { stdout } = await cli(dir, ['lint', '--format', 'json', 'docs']);
  assert.deepEqual((JSON.parse(stdout) as Array<{ file: string; template: string }>).map((f) => f.file), ['docs/search.md']);
});

test('include and ignores in .postmortemrc.json decide what a folder run takes, relative to the config file', async () => {
  const config = { include: ['rca/**/*.md'], ignores: ['rca/drafts/**'], rules: onlyRule('PM001') };
  const dir = workspace({ 'team/.postmortemrc.json': JSON.stringify(config), 'team/rca/a.md': README, 'team/rca/drafts/b.md': POSTMORTEM, 'team/postmortems/c.md': README });
  const { stdout } = await cli(dir, ['lint', '--format', 'json', 'team']);
  assert.deepEqual((JSON.parse(stdout) as Array<{ file: string }>).map((f) => f.file), ['team/rca/a.md']);
});

test('negated globs leave files out, written !glob or #glob; with only negations the working directory is linted', async () => {
  const dir = workspace({ 'postmortems/a.md': POSTMORTEM, 'postmortems/drafts/b.md': POSTMORTEM, 'postmortems/old/c.md': POSTMORTEM });
  const files = async (...args: string[]) => (JSON.parse((await cli(dir, ['lint', '--format', 'json', ...args])).stdout) as Array<{ file: string }>).map((f) => f.file);
  assert.deepEqual(await files('postmortems', '!postmortems/drafts/**', '#**/old/**'), ['postmortems/a.md']);
  assert.deepEqual(await files('!**/drafts/**'), ['postmortems/a.md', 'postmortems/old/c.md']);
});

test('- reads the postmortem from standard input, reported as <stdin>; --fix refuses it', async () => {
  const dir = workspace({ '.postmortemrc.json': JSON.stringify({ rules: onlyRule('PM013') }) });
  const { status, stdout } = await cli(dir, ['lint', '-'], POSTMORTEM.replace('10:15 UTC', '10:15'));
  assert.equal(status, 0);
  assert.match(stdout, /^<stdin>:5:3 +warning +PM013 +10:15 has no time zone/m);
  await assert.rejects(cli(dir, ['lint', '--fix', '-']), /--fix cannot rewrite standard input; name the file instead/);
});

test('--format github writes one workflow command per finding, with 1-based places and escaped text', async () => {
  const dir = workspace({ '.postmortemrc.json': JSON.stringify({ rules: onlyRule('PM013') }), 'pm, 100%.md': POSTMORTEM.replace('10:15 UTC', '10:15') });
  const { stdout } = await cli(dir, ['lint', '--format', 'github', 'pm, 100%.md']);
  assert.equal(
    stdout,
    '::warning file=pm%2C 100%25.md,line=5,col=3,endLine=5,endColumn=8,title=PM013 time-zone-missing::' +
      '10:15 has no time zone (read as UTC); write the zone ("10:15 UTC") or state one for the whole document ("All times UTC").\n',
  );
});

test('--format junit writes a test suite per file, a failure per finding and a passing case for a clean file', async () => {
  const dir = workspace({ '.postmortemrc.json': JSON.stringify({ rules: onlyRule('PM013') }), 'postmortems/a.md': POSTMORTEM.replace('10:15 UTC', '10:15'), 'postmortems/b.md': POSTMORTEM });
  const { stdout } = await cli(dir, ['lint', '--format', 'junit', 'postmortems']);
  assert.match(stdout, /^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="postmortem" tests="2" failures="1" errors="0">\n/);
  assert.match(stdout, /<testsuite name="postmortems\/a.md" tests="1" failures="1" errors="0">\n {4}<testcase name="postmortems\/a.md:5:3 PM013" classname="postmortem.PM013" file="postmortems\/a.md">\n {6}<failure type="warning" message="10:15 has no time zone \(read as UTC\); write the zone \(&quot;10:15 UTC&quot;\)/);
  assert.match(stdout, /<testsuite name="postmortems\/b.md" tests="1" failures="0" errors="0">\n {4}<testcase name="postmortems\/b.md" classname="postmortem" \/>/);
});

test('--format json gives 1-based line and column beside the 0-based LSP range', async () => {
  const dir = workspace({ '.postmortemrc.json': JSON.stringify({ rules: onlyRule('PM013') }), 'postmortem.md': POSTMORTEM.replace('10:15 UTC', '10:15') });
  const [file] = JSON.parse((await cli(dir, ['lint', '--format', 'json', 'postmortem.md'])).stdout) as Array<{ diagnostics: Array<Record<string, unknown>> }>;
  const { line, column, endLine, endColumn, range } = file.diagnostics[0];
  assert.deepEqual({ line, column, endLine, endColumn, range }, { line: 5, column: 3, endLine: 5, endColumn: 8, range: { start: { line: 4, character: 2 }, end: { line: 4, character: 7 } } });
});

test('the summary comes before the problem it points to, and says "see below"', async () => {
  const dir = workspace({ 'postmortems/.postmortemrc.json': '{ "rules": 5 }', 'postmortems/a.md': POSTMORTEM });
  const { status, log } = await cli(dir, ['lint', 'postmortems']);
  assert.equal(status, 2);
  assert.deepEqual(log, [
    { to: 'stdout', text: 'No problems in 0 files; 1 file not linted (see below)\n' },
    { to: 'stderr', text: 'postmortem: postmortems/.postmortemrc.json:1:12: "rules" must be an object ({ ... }); got 5\n' },
  ]);
});

test('a required custom section without a description ends its message with a full stop, not a colon', async () => {
  const config = { extends: 'alx', sections: [{ key: 'sign-off', title: 'Sign-off', required: true }], rules: onlyRule('PM001') };
  const dir = workspace({ '.postmortemrc.json': JSON.stringify(config), 'postmortem.md': POSTMORTEM });
  const { stdout } = await cli(dir, ['lint', 'postmortem.md']);
  assert.match(stdout, /PM001 {2}Missing required section "Sign-off" \(ALX postmortem rubric \(customised\)\)\.\n/);
});

test('new refuses a severity that is not on the list, and writes a listed one however it was spelt', async () => {
  const dir = workspace();
  await assert.rejects(cli(dir, ['new', '--severity', 'banana']), { message: '--severity "banana" is not a severity; use one of SEV-1, SEV-2, SEV-3, SEV-4, SEV-5' });
  await cli(dir, ['new', '--severity', 'sev3', '--date', '2024-03-11', '--out', 'a.md']);
  assert.match(readFileSync(join(dir, 'a.md'), 'utf8'), /^\*\*Severity:\*\* SEV-3 {2}$/m);
  await cli(dir, ['new', '--date', '2024-03-11', '--out', 'b.md']);
  assert.match(readFileSync(join(dir, 'b.md'), 'utf8'), /^\*\*Severity:\*\* SEV-2 {2}$/m, 'SEV-2 by default');
});

test('new --template google-sre writes the given date in its timeline, not YYYY-MM-DD', async () => {
  const dir = workspace();
  await cli(dir, ['new', '--template', 'google-sre', '--date', '2024-03-11', '--out', 'pm.md']);
  const text = readFileSync(join(dir, 'pm.md'), 'utf8');
  assert.match(text, /^## Timeline\n\n2024-03-11 \(all times UTC\)$/m);
  assert.doesNotMatch(text.slice(text.indexOf('## Timeline'), text.indexOf('## Supporting')), /YYYY-MM-DD/);
});

test('the issue\'s own blame sentences and vague action items are reported, and a duration reads as the code lens writes it', async () => {
  const text = [
    '# Postmortem: Deploy broke checkout',
    '',
    'A 2-hour outage of checkout.',
    '',
    '**Start:** 2024-03-11 09:00 UTC',
    '**End:** 2024-03-11 12:05 UTC',
    '',
    'Bob broke the deploy by skipping the checklist.',
    'Engineer Dave broke the config.',
    '',
    '## Action Items',
    '',
    '- [ ] look into it (owner: @bob, due 2024-04-01)',
    '- [ ] Monitoring (owner: @dave, due 2024-04-01)',
    '',
  ].join('\n');
  const rules = { ...onlyRule('PM024'), PM023: 'warning', PM017: 'warning' };
  const dir = workspace({ '.postmortemrc.json': JSON.stringify({ rules }), 'postmortem.md': text });
  const { stdout } = await cli(dir, ['lint', '--format', 'json', 'postmortem.md']);
  const [file] = JSON.parse(stdout) as Array<{ diagnostics: Array<{ line: number; code: string; message: string }> }>;
  assert.deepEqual(file.diagnostics.map((d) => [d.line, d.code, d.message.split(/;| names| is too/)[0]]), [
    [3, 'PM017', 'States 2-hour, but start to end is 3h 05m (09:00 to 12:05 UTC)'],
    [8, 'PM024', '"Bob broke the deploy by skipping"'],
    [9, 'PM024', '"Engineer Dave broke"'],
    [13, 'PM023', 'Action item "look into it (owner: @bob, due 2024-04-01)"'],
    [14, 'PM023', 'Action item "Monitoring (owner: @dave, due 2024-04-01)"'],
  ]);
});
