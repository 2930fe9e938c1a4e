#!/usr/bin/env node
'use strict';
// Runs an extension's mocha suite inside a real VS Code (code-server, Node extension host) kept
// alive by headless Debian chromium, for machines that cannot download desktop VS Code.
// Install prerequisites first: scripts/vscode/install-code-server.sh. See test/vscode/README.md.
//
// Usage: node test/vscode/runInCodeServer.js [--extension DIR] [--tests FILE] [--tests-dir DIR]
//          [--workspace DIR] [--timeout SECONDS] [--screenshot FILE.png]
const fs = require('fs');
const http = require('http');
const net = require('net');
const os = require('os');
const path = require('path');
const { spawn } = require('child_process');

const repoRoot = path.resolve(__dirname, '../..');

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

function codeServerBin() {
  const cache = process.env.POSTMORTEM_CACHE || path.join(os.homedir(), '.cache/postmortem-vscode');
  const bin = process.env.CODE_SERVER_BIN || path.join(cache, 'code-server/node_modules/.bin/code-server');
  if (!fs.existsSync(bin)) throw new Error(`code-server not found at ${bin}; run scripts/vscode/install-code-server.sh`);
  return bin;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer().on('error', reject);
    srv.listen(0, '127.0.0.1', () => { const { port } = srv.address(); srv.close(() => resolve(port)); });
  });
}

function httpOk(url) {
  return new Promise((resolve) => {
    const req = http.get(url, { timeout: 1000 }, (res) => { res.resume(); resolve(res.statusCode === 200); });
    req.on('error', () => resolve(false));
    req.on('timeout', () => { req.destroy(); resolve(false); });
  });
}

// Polls `check` until it returns a truthy value; `abort` lets a dead child fail fast.
async function waitFor(what, check, { timeout, interval = 100, abort = () => null }) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await check();
    if (value) return value;
    const reason = abort();
    if (reason) throw new Error(`${what}: ${reason}`);
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout / 1000}s waiting for ${what}`);
    await new Promise((r) => setTimeout(r, interval));
  }
}

function readResult(file) {
  try { return JSON.parse(fs.readFileSync(file, 'utf8')); } catch { return null; }
}

function tail(file, lines) {
  try { return fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n'); } catch { return ''; }
}

function dumpLogs(scratch) {
  console.error(`--- last lines of ${scratch}/code-server.log ---\n${tail(path.join(scratch, 'code-server.log'), 80)}`);
  const logs = path.join(scratch, 'user-data/logs');
  const exthost = fs.existsSync(logs)
    ? fs.readdirSync(logs, { recursive: true }).filter((f) => /exthost\.log$|remoteexthost\.log$/.test(f)) : [];
  for (const f of exthost) console.error(`--- last lines of ${f} ---\n${tail(path.join(logs, f), 40)}`);
  console.error(`--- last lines of browser console ---\n${tail(path.join(scratch, 'browser.log'), 30)}`);
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const t0 = Date.now();
  const since = () => `${((Date.now() - t0) / 1000).toFixed(1)}s`;
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'postmortem-vscode-'));
  const dirs = {};
  for (const d of ['config', 'data', 'tmp', 'user-data/User', 'extensions', 'workspace']) {
    dirs[d] = path.join(scratch, d);
    fs.mkdirSync(dirs[d], { recursive: true });
  }
  // Without these a trust dialog and a walkthrough cover the editor in a fresh profile.
  fs.writeFileSync(path.join(dirs['user-data/User'], 'settings.json'), JSON.stringify({
    'workbench.startupEditor': 'none',
    'security.workspace.trust.enabled': false,
    'files.hotExit': 'off',
    'workbench.welcomePage.walkthroughs.openOnInstall': false,
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'telemetry.telemetryLevel': 'off',
  }, null, 2));
  const workspace = opts.workspace || dirs.workspace;
  const resultFile = path.join(scratch, 'result.json');

  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const logFd = fs.openSync(path.join(scratch, 'code-server.log'), 'a');
  // The extension host is a child of code-server and inherits this env: that is how the
  // suite learns where its tests are and where to write the result.
  const env = { ...process.env, XDG_CONFIG_HOME: dirs.config, XDG_DATA_HOME: dirs.data, TMPDIR: dirs.tmp,
    POSTMORTEM_TEST_RESULT: resultFile, POSTMORTEM_TESTS_DIR: opts.testsDir };
  delete env.VSCODE_IPC_HOOK_CLI; // if run from a VS Code terminal, don't talk to that instance
  const cs = spawn(codeServerBin(), [
    '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-telemetry', '--disable-update-check',
    '--disable-workspace-trust', '--disable-getting-started-override',
    '--user-data-dir', path.join(scratch, 'user-data'), '--extensions-dir', dirs.extensions,
  ], { env, stdio: ['ignore', logFd, logFd], detached: true }); // own process group: kill all its children
  let exited = null;
  cs.on('exit', (code, signal) => { exited = `code-server exited (${signal || code})`; });

  let browser;
  let result;
  let harnessError = null;
  try {
    await waitFor('code-server /healthz', () => httpOk(`${origin}/healthz`), { timeout: 30000, abort: () => exited });
    console.log(`code-server ready on ${origin} (${since()})`);

    const { chromium } = require('playwright-core');
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_BIN || '/usr/bin/chromium',
      headless: true,
      // --no-sandbox: we run as root. The rest stop chromium calling Google on a closed network.
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
        '--disable-sync', '--no-first-run', '--disable-quic'], // playwright gives it a fresh profile itself
    }).catch((e) => { throw new Error(`cannot start chromium (apt-get install chromium?): ${e.message}`); });
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const browserLog = fs.createWriteStream(path.join(scratch, 'browser.log'));
    page.on('console', (m) => browserLog.write(`[${m.type()}] ${m.text()}\n`));
    let crashed = null;
    page.on('crash', () => { crashed = 'browser page crashed'; });

    const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
    const payload = [['extensionDevelopmentPath', remote(opts.extension)], ['extensionTestsPath', remote(opts.tests)]];
    const url = `${origin}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60000 });
    await page.waitForSelector('.monaco-workbench', { timeout: 60000 });
    console.log(`workbench ready (${since()}); running ${opts.tests} on tests in ${opts.testsDir}`);

    result = await waitFor('the suite to write its result file', () => readResult(resultFile),
      { timeout: opts.timeout, interval: 250, abort: () => exited || crashed });
    console.log(`suite finished (${since()})`);
    if (opts.screenshot) {
      await page.screenshot({ path: opts.screenshot });
      console.log(`screenshot: ${opts.screenshot}`);
    }
  } catch (err) {
    harnessError = err;
  } finally {
    if (browser) await browser.close().catch(() => {});
    if (!exited) {
      try { process.kill(-cs.pid, 'SIGTERM'); } catch { /* already gone */ }
      await waitFor('code-server to exit', () => exited, { timeout: 5000 }).catch(() => {
        try { process.kill(-cs.pid, 'SIGKILL'); } catch { /* already gone */ }
      });
    }
    fs.closeSync(logFd);
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
  if (result.error) console.log(`suite: ${result.error}`);
  if (ok) fs.rmSync(scratch, { recursive: true, force: true });
  else console.log(`(scratch folder kept: ${scratch})`);
  console.log(`${result.passed} passed, ${result.failed} failed`);
  return ok ? 0 : 1;
}

main().then((code) => process.exit(code), (err) => { console.error(`error: ${err.message}`); process.exit(2); });
