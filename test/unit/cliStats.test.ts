import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { temporaryFolders } from './temporaryFolders';

/**
 * End-to-end tests of `postmortem stats`: each spawns the bundled CLI in a temporary folder that
 * holds the roll-up fixtures. Due dates in the fixtures are long past (2026-01) or far off (2999),
 * so which items are overdue does not depend on the day the tests run.
 */
const CLI = join(__dirname, '..', '..', '..', 'dist', 'cli.js');
const FIXTURES = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'rollup');
const workspace = temporaryFolders('postmortem-stats-');

before(() => {
  assert.ok(existsSync(CLI), `${CLI} is missing: run "npm run build" (or "node scripts/build.mjs") before these tests`);
});

function cli(cwd: string, args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '' } });
  return { status: result.status, stdout: String(result.stdout), stderr: String(result.stderr) };
}

/** The roll-up fixtures under `folder`, plus any other files. */
function fixtures(folder: string, others: Record<string, string> = {}): Record<string, string> {
  const files = Object.fromEntries(readdirSync(FIXTURES).map((name) => [`${folder}/${name}`, readFileSync(join(FIXTURES, name), 'utf8')]));
  return { ...files, ...others };
}

function statsJson(cwd: string, args: string[] = []) {
  const run = cli(cwd, ['stats', '--format', 'json', ...args]);
  assert.equal(run.status, 0, run.stderr);
  return JSON.parse(run.stdout);
}

test('stats --format json: one row per postmortem the lint command would check, newest first', () => {
  const root = workspace(fixtures('postmortems', { 'README.md': '# Our service\n', 'docs/setup.md': '# Setup\n' }));
  const report = statsJson(root);
  assert.deepEqual(
    report.postmortems.map((p: { file: string; date?: string; severity: string }) => [p.file, p.date, p.severity]),
    [
      ['postmortems/2026-03-11-login-outage.md', '2026-03-11', 'SEV-1'],
      ['postmortems/2026-02-payments.md', '2026-02-03', 'SEV-2'],
      ['postmortems/cache-stampede.md', '2026-01-05', 'unknown'],
      ['postmortems/queue-backlog.md', undefined, 'P2'],
    ],
  );
});

test('stats --format json: the aggregates, with overdue action items first and 1-based lines', () => {
  const report = statsJson(workspace(fixtures('incidents')));
  assert.deepEqual(report.incidentsByMonth.map((m: { month: string; total: number }) => [m.month, m.total]), [['2026-01', 1], ['2026-02', 1], ['2026-03', 1]]);
  assert.equal(report.undated, 1);
  assert.deepEqual([report.timeTo.detect.count, report.timeTo.detect.median, report.timeTo.detect.p90], [4, 25, 40]);
  const [first] = report.openActionItems;
  assert.equal(first.owner, 'alice');
  assert.deepEqual(first.items.map((i: { file: string; line: number; overdue: boolean }) => [i.file, i.line, i.overdue]), [
    ['incidents/2026-03-11-login-outage.md', 20, true],
    ['incidents/2026-02-payments.md', 20, true],
  ]);
});

test('stats leaves out what the config file excludes, as lint does, and says what it left alone', () => {
  const root = workspace(fixtures('rca', { '.postmortemrc.json': JSON.stringify({ include: ['rca/**/*.md'], ignores: ['rca/queue-*.md'] }), 'notes.md': '# Notes\n' }));
  const run = cli(root, ['stats', '--format', 'json']);
  assert.equal(run.status, 0, run.stderr);
  assert.deepEqual(JSON.parse(run.stdout).postmortems.map((p: { file: string }) => p.file), ['rca/2026-03-11-login-outage.md', 'rca/2026-02-payments.md', 'rca/cache-stampede.md']);
  assert.match(run.stderr, /2 other Markdown files left alone as not postmortems/);
});

test('stats --config: an explicit config file decides what is counted, and a broken one counts nothing', () => {
  const root = workspace(fixtures('postmortems', { 'team/strict.json': JSON.stringify({ ignores: ['**/queue-*.md'] }), 'team/broken.json': '{ "ignores": ' }));
  assert.deepEqual(statsJson(root, ['--config', 'team/strict.json']).postmortems.length, 3);
  const broken = cli(root, ['stats', '--config', 'team/broken.json']);
  assert.equal(broken.status, 2);
  assert.equal(broken.stdout, '');
  assert.match(broken.stderr, /team\/broken\.json/);
});

test('stats takes paths: a folder and a negated glob', () => {
  const root = workspace(fixtures('postmortems', { 'other/postmortems/x.md': '# Postmortem: elsewhere\n' }));
  const report = statsJson(root, ['postmortems', '!postmortems/2026-*']);
  assert.deepEqual(report.postmortems.map((p: { file: string }) => p.file), ['postmortems/cache-stampede.md', 'postmortems/queue-backlog.md']);
});

test('stats --format csv: a header and one row per postmortem, quoted where a field needs it', () => {
  const title = 'Outage, the "big" one';
  const root = workspace({ 'postmortems/a.md': `# ${title}\n\n**Severity:** SEV-3\n` });
  const run = cli(root, ['stats', '--format', 'csv']);
  assert.equal(run.status, 0, run.stderr);
  assert.equal(
    run.stdout,
    'file,date,title,severity,duration_minutes,time_to_detect_minutes,time_to_mitigate_minutes,time_to_resolve_minutes,open_action_items,findings\r\n' +
      `postmortems/a.md,,"Outage, the ""big"" one",SEV-3,,,,,0,${JSON.parse(cli(root, ['stats', '--format', 'json']).stdout).postmortems[0].findings}\r\n`,
  );
});

test('stats --format markdown: tables with a pipe in a title kept in its cell', () => {
  const root = workspace({ 'postmortems/a.md': '# API | gateway outage\n' });
  const run = cli(root, ['stats', '--format', 'markdown']);
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /^## Postmortems\n\n\| Date \| Title \| Severity \|/);
  assert.match(run.stdout, /\| - \| API \\\| gateway outage \| unknown \|/);
  assert.match(run.stdout, /## Open action items by owner\n\nNone\./);
});

test('stats (table, the default) shows each section, and the overdue items marked', () => {
  const run = cli(workspace(fixtures('postmortems')), ['stats']);
  assert.equal(run.status, 0, run.stderr);
  for (const title of ['Postmortems', 'Incidents per month', 'Time to detect, mitigate and resolve', 'Open action items by owner']) assert.match(run.stdout, new RegExp(`^${title}$`, 'm'));
  assert.match(run.stdout, /alice +2026-01-15 +overdue +Add a canary stage/);
  assert.match(run.stdout, /bob +2999-01-01 {2,}Alert on login errors/);
});

test('stats refuses an unknown format and a path that names nothing, with exit code 2', () => {
  const root = workspace(fixtures('postmortems'));
  const format = cli(root, ['stats', '--format', 'xml']);
  assert.equal(format.status, 2);
  assert.match(format.stderr, /unknown format "xml"; use one of table, json, csv, markdown/);
  const missing = cli(root, ['stats', 'missing']);
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /no such file or directory: missing/);
});
