import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { temporaryFolders } from './temporaryFolders';

/** `postmortem timeline import` end to end: the bundled CLI in a temporary folder. Build first. */
const CLI = join(__dirname, '..', '..', '..', 'dist', 'cli.js');
const FIXTURES = join(__dirname, '..', '..', '..', 'test', 'import-fixtures');
const workspace = temporaryFolders('postmortem-import-');

before(() => {
  assert.ok(existsSync(CLI), `${CLI} is missing: run "node scripts/build.mjs" before these tests`);
});

function cli(cwd: string, args: string[], input?: string) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', input, env: { ...process.env, NO_COLOR: '' } });
  return { status: result.status, stdout: String(result.stdout), stderr: String(result.stderr) };
}

const DOC = `# Checkout latency

## Timeline

- 14:00 UTC - Deploy of cache config v42 finished
- 14:30 UTC - Incident closed
`;

test('timeline import --from LOG adds the entries in order, prints them, and leaves the log alone', () => {
  const log = readFileSync(join(FIXTURES, 'pagerduty-log.txt'), 'utf8');
  const root = workspace({ 'pm.md': DOC, 'pd.txt': log });
  const run = cli(root, ['timeline', 'import', 'pm.md', '--from', 'pd.txt']);
  assert.equal(run.status, 0, run.stderr);
  assert.equal(run.stderr, '');
  const lines = readFileSync(join(root, 'pm.md'), 'utf8').split('\n').filter((l) => l.startsWith('- '));
  assert.deepEqual(lines, [
    '- 14:00 UTC - Deploy of cache config v42 finished',
    '- 14:03 UTC - Triggered through the API.',
    '- 14:03 UTC - Notified Sam Okafor via push notification.',
    '- 14:05 UTC - Acknowledged by Sam Okafor.',
    '- 14:12 UTC - Escalated to Payments Secondary.',
    '- 14:22 UTC - Resolved by Sam Okafor.',
    '- 14:30 UTC - Incident closed',
  ]);
  assert.match(run.stdout, /^pm\.md: added 5 entries from pd\.txt \(PagerDuty incident log\)\n/);
  for (const line of lines.slice(1, 6)) assert.ok(run.stdout.includes(`  ${line}\n`), line);
  assert.equal(readFileSync(join(root, 'pd.txt'), 'utf8'), log);
  assert.deepEqual(readdirSync(root).sort(), ['pd.txt', 'pm.md'], 'no file left beside them');
});

test('timeline import reads standard input with "-" or without --from, and a second import adds nothing', () => {
  const root = workspace({ 'pm.md': DOC });
  const first = cli(root, ['timeline', 'import', 'pm.md', '--from', '-'], '14:10 rolled back\n14:20 recovered\n');
  assert.equal(first.status, 0, first.stderr);
  assert.match(first.stdout, /added 2 entries from standard input/);
  const written = readFileSync(join(root, 'pm.md'), 'utf8');
  const again = cli(root, ['timeline', 'import', 'pm.md'], '14:10 rolled back\n14:20 recovered\n');
  assert.equal(again.status, 0, again.stderr);
  assert.match(again.stdout, /nothing added from standard input \(HH:MM lines\); 2 entries already in the timeline/);
  assert.equal(readFileSync(join(root, 'pm.md'), 'utf8'), written);
});

test('timeline import refuses text in no known format, and leaves the file as it was', () => {
  const root = workspace({ 'pm.md': DOC });
  const run = cli(root, ['timeline', 'import', 'pm.md'], 'Just some thoughts about the incident.\n');
  assert.equal(run.status, 2);
  assert.match(run.stderr, /^postmortem: standard input is in none of the formats/);
  assert.equal(readFileSync(join(root, 'pm.md'), 'utf8'), DOC);
});

test('timeline import reports a missing file, a missing log and a wrong command line on one line each', () => {
  const root = workspace({ 'pm.md': DOC });
  const missing = cli(root, ['timeline', 'import', 'nope.md', '--from', '-'], '14:10 x\n');
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /^postmortem: nope\.md .*no such file/i);
  const noLog = cli(root, ['timeline', 'import', 'pm.md', '--from', 'gone.log']);
  assert.equal(noLog.status, 2);
  assert.match(noLog.stderr, /^postmortem: gone\.log /);
  for (const args of [['timeline'], ['timeline', 'export', 'pm.md'], ['timeline', 'import'], ['timeline', 'import', 'a.md', 'b.md']]) {
    const run = cli(root, args);
    assert.equal(run.status, 2, args.join(' '));
    assert.match(run.stderr, /^postmortem: .*postmortem timeline import FILE/, args.join(' '));
  }
  assert.equal(readFileSync(join(root, 'pm.md'), 'utf8'), DOC);
});
