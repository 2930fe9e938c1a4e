'use strict';
// Mocha entry point for the extension host: `extensionTestsPath` points here, for both
// runInCodeServer.js and @vscode/test-electron. Plain JS so it needs no build step.
//
// Env:
//   POSTMORTEM_TESTS_DIR    folder searched recursively for *.test.js (default <repo>/out/test/vscode/suite)
//   POSTMORTEM_TEST_RESULT  where to write {passed, failed, tests:[{title, state, error}]}
//   POSTMORTEM_TEST_GREP    optional mocha --grep
const fs = require('fs');
const path = require('path');

function writeResult(file, result) {
  if (!file) return;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // Write then rename so the launcher, which polls for the file, never reads half of it.
  fs.writeFileSync(`${file}.tmp`, JSON.stringify(result, null, 2));
  fs.renameSync(`${file}.tmp`, file);
}

function errorText(err) {
  return err ? String((err && err.stack) || err) : null;
}

async function run() {
  const resultFile = process.env.POSTMORTEM_TEST_RESULT;
  const testsDir = path.resolve(process.env.POSTMORTEM_TESTS_DIR || path.join(__dirname, '../../../out/test/vscode/suite'));
  const tests = [];
  const measurements = [];
  const result = { passed: 0, failed: 0, tests, measurements, testsDir };
  // Tests report numbers (activation time...) through this global; the launcher prints them. (The
  // extension host makes console.log unassignable, so it cannot be the channel.)
  globalThis.postmortemMeasurement = (text) => measurements.push(String(text));
  let failures = 0;
  try {
    const Mocha = require('mocha');
    const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 30000, reporter: 'spec', grep: process.env.POSTMORTEM_TEST_GREP });
    // Offer the BDD globals too (describe/it), so test authors may use either style.
    Mocha.interfaces.bdd(mocha.suite);

    const files = fs.existsSync(testsDir)
      ? fs.readdirSync(testsDir, { recursive: true }).filter((f) => f.endsWith('.test.js')).sort()
      : [];
    if (files.length === 0) result.error = `no *.test.js files under ${testsDir}`;
    for (const f of files) mocha.addFile(path.join(testsDir, f));
    await mocha.loadFilesAsync();

    failures = await new Promise((resolve) => {
      const runner = mocha.run(resolve);
      runner.on('pass', (t) => tests.push({ title: t.fullTitle(), state: 'passed', error: null }));
      // 'fail' also fires for hooks; recording them keeps a broken before() from looking like success.
      runner.on('fail', (t, err) => tests.push({ title: t.fullTitle(), state: 'failed', error: errorText(err) }));
      runner.on('pending', (t) => tests.push({ title: t.fullTitle(), state: 'skipped', error: null }));
    });
  } catch (err) {
    // Loading failed (syntax error, missing module...): still report, as a failure.
    tests.push({ title: `load tests from ${testsDir}`, state: 'failed', error: errorText(err) });
    failures = 1;
  }
  result.passed = tests.filter((t) => t.state === 'passed').length;
  result.failed = tests.filter((t) => t.state === 'failed').length;
  writeResult(resultFile, result);

  // The code-server launcher reads the file (the extension host exits 0 regardless), so resolve.
  // Without a result file (test-electron), rejecting is the only way to fail the run.
  if (!resultFile && (failures > 0 || result.passed === 0)) {
    throw new Error(result.error || `${result.failed} test(s) failed`);
  }
}

module.exports = { run };
