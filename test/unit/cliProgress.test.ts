import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from '../../server/src/cli/main';
import type { CliIo } from '../../server/src/cli/io';
import { temporaryFolders } from './temporaryFolders';

const workspace = temporaryFolders('postmortem-progress-');

/** Five postmortems, and a clock that moves 400 ms each time it is read: a run of about two seconds. */
function setUp(terminal: boolean) {
  const files = Object.fromEntries([1, 2, 3, 4, 5].map((n) => [`p${n}.md`, `# Postmortem ${n}\n\n## Timeline\n\n- 10:0${n} UTC - step\n`]));
  const dir = workspace(files);
  const shown: string[] = [];
  let cleared = 0;
  let stdout = '';
  let clock = 0;
  const io: CliIo = {
    cwd: dir,
    stdout: (text) => (stdout += text),
    stderr: (line) => shown.push(`stderr: ${line}`),
    color: false,
    status: terminal ? { show: (text) => shown.push(text), clear: () => cleared++ } : undefined,
    now: () => (clock += 400),
    readStdin: async () => '',
  };
  return { io, shown, cleared: () => cleared, stdout: () => stdout };
}

test('on a terminal, a run of more than a second shows "files done / total" and clears it before the report', async () => {
  const { io, shown, cleared, stdout } = setUp(true);
  await run(['lint', '.'], io);
  assert.deepEqual(shown, ['3 / 5 files', '4 / 5 files', '5 / 5 files']);
  assert.equal(cleared(), 1);
  assert.doesNotMatch(stdout(), /\d+ \/ \d+ files/, 'progress stays off stdout');
});

test('with --format json or sarif, no progress is shown', async () => {
  for (const format of ['json', 'sarif']) {
    const { io, shown, stdout } = setUp(true);
    await run(['lint', '.', '--format', format], io);
    assert.deepEqual(shown, []);
    JSON.parse(stdout());
  }
});

test('when stderr is not a terminal, no progress is shown', async () => {
  const { io, shown } = setUp(false);
  await run(['lint', '.'], io);
  assert.deepEqual(shown, []);
});
