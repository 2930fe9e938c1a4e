#!/usr/bin/env node
'use strict';
// Runs an extension's mocha suite inside a real VS Code (code-server, Node extension host) kept
// alive by headless Debian chromium, for machines that cannot download desktop VS Code.
// Install prerequisites first: scripts/vscode/install-code-server.sh. See test/vscode/README.md.
//
// Usage: node test/vscode/runInCodeServer.js [--extension DIR] [--tests FILE] [--tests-dir DIR]
//          [--workspace DIR] [--timeout SECONDS] [--screenshot FILE.png]
const fs = require('fs');
const path = require('path');
const {
  repoRoot, waitFor, createScratch, startCodeServer, workbenchUrl, launchChromium, openWorkbench, dumpLogs,
} = require('./codeServer');

function parseArgs(argv) {
  const opts = {
    extension: process.env.POSTMORTEM_EXTENSION_DIR || repoRoot,
    tests: process.env.POSTMORTEM_TESTS_PATH || path.join(__dirname, 'suite/index.js'),
    testsDir: process.env.POSTMORTEM_TESTS_DIR || path.join(repoRoot, 'out/test/vscode/suite'),
    workspace: process.env.POSTMORTEM_WORKSPACE || null,
    timeout: Number(process.env.POSTMORTEM_TEST_TIMEOUT || 300),
    screenshot: null,
  };
  const keys = { '--extension': 'extension', '--tests': 'tests', '--tests-dir': 'testsDir',
    '--workspace': 'workspace', '--timeout': 'timeout', '--screenshot': 'screenshot' };
  for (let i = 0; i < argv.length; i++) {
    const key = keys[argv[i]];
    if (!key || i + 1 >= argv.length) throw new Error(`unknown or incomplete argument: ${argv[i]}`);
    opts[key] = argv[++i];
  }
  for (const k of ['extension', 'tests', 'testsDir', 'workspace', 'screenshot']) {
    if (opts[k]) opts[k] = path.resolve(opts[k]);
  }
  opts.timeout = Number(opts.timeout) * 1000;
  // Fail here rather than as an opaque 5-minute timeout inside the workbench.
  if (!fs.existsSync(path.join(opts.extension, 'package.json'))) throw new Error(`no package.json in --extension ${opts.extension}`);
  if (!fs.existsSync(opts.tests)) throw new Error(`--tests ${opts.tests} does not exist`);
  if (opts.workspace && !fs.existsSync(opts.workspace)) throw new Error(`--workspace ${opts.workspace} does not exist`);
  if (!(opts.timeout > 0)) throw new Error('--timeout must be a positive number of seconds');
  return opts;
}

function readResult(file) {
  try { return JSON.parse(fs.readFileSync(file, 'utf8')); } catch { return null; }
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const t0 = Date.now();
  const since = () => `${((Date.now() - t0) / 1000).toFixed(1)}s`;
  const { scratch, dirs } = createScratch();
  const workspace = opts.workspace || dirs.workspace;
  const resultFile = path.join(scratch, 'result.json');

  let server;
  let browser;
  let result;
  let harnessError = null;
  try {
    // The extension host is a child of code-server and inherits this env: that is how the
    // suite learns where its tests are and where to write the result.
    server = await startCodeServer({ scratch, dirs, env: { POSTMORTEM_TEST_RESULT: resultFile, POSTMORTEM_TESTS_DIR: opts.testsDir } });
    console.log(`code-server ready on ${server.origin} (${since()})`);
    browser = await launchChromium();
    const url = workbenchUrl(server, { folder: workspace, extensionDevelopmentPath: opts.extension, extensionTestsPath: opts.tests });
    const page = await openWorkbench(browser, url, { consoleLog: path.join(scratch, 'browser.log') });
    console.log(`workbench ready (${since()}); running ${opts.tests} on tests in ${opts.testsDir}`);

    result = await waitFor('the suite to write its result file', () => readResult(resultFile),
      { timeout: opts.timeout, interval: 250, abort: () => server.exited() || page.crashed });
    console.log(`suite finished (${since()})`);
    if (opts.screenshot) {
      await page.screenshot({ path: opts.screenshot });
      console.log(`screenshot: ${opts.screenshot}`);
    }
  } catch (err) {
    harnessError = err;
  } finally {
    if (browser) await browser.close().catch(() => {});
    if (server) await server.stop();
  }

  const ok = !harnessError && result && result.failed === 0 && result.passed > 0;
  if (!ok) dumpLogs(scratch);
  if (harnessError) {
    console.error(`error: ${harnessError.message}\n(scratch folder kept: ${scratch})`);
    return 2;
  }
  for (const t of result.tests) {
    const mark = { passed: 'ok  ', failed: 'FAIL', skipped: 'skip' }[t.state] || t.state;
    console.log(`${mark} ${t.title}`);
    if (t.error) console.log(t.error.replace(/^/gm, '       '));
  }
  for (const m of result.measurements || []) console.log(`measured: ${m}`);
  if (result.error) console.log(`suite: ${result.error}`);
  if (ok && !process.env.POSTMORTEM_KEEP_SCRATCH) fs.rmSync(scratch, { recursive: true, force: true });
  else console.log(`(scratch folder kept: ${scratch})`);
  console.log(`${result.passed} passed, ${result.failed} failed`);
  return ok ? 0 : 1;
}

main().then((code) => process.exit(code), (err) => { console.error(`error: ${err.message}`); process.exit(2); });
