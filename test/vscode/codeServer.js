'use strict';
// Starting code-server (the real VS Code workbench and Node extension host, served to a browser)
// and a headless Debian chromium to look at it. Shared by runInCodeServer.js (the mocha suite),
// test/e2e/screenshot.js (what a person sees) and scripts/vscode/start.js (npm start).
// Background: /work/shared/notes/real-vscode-offline.md and README.md beside this file.
const fs = require('fs');
const http = require('http');
const net = require('net');
const os = require('os');
const path = require('path');
const { spawn } = require('child_process');

const repoRoot = path.resolve(__dirname, '../..');

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

function tail(file, lines) {
  try { return fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n'); } catch { return ''; }
}

/**
 * A code-server profile in `root`: XDG dirs, a user-data-dir whose settings keep trust dialogs and
 * walkthroughs off the editor, an extensions-dir and an empty workspace. Settings already there
 * are kept, so a profile can be reused.
 */
function createProfile(root, userSettings = {}) {
  const dirs = {};
  for (const d of ['config', 'data', 'tmp', 'user-data/User', 'extensions', 'workspace']) {
    dirs[d] = path.join(root, d);
    fs.mkdirSync(dirs[d], { recursive: true });
  }
  const settings = path.join(dirs['user-data/User'], 'settings.json');
  if (!fs.existsSync(settings)) {
    fs.writeFileSync(settings, JSON.stringify({
      'workbench.startupEditor': 'none',
      'security.workspace.trust.enabled': false,
      'files.hotExit': 'off',
      'workbench.welcomePage.walkthroughs.openOnInstall': false,
      'extensions.autoCheckUpdates': false,
      'extensions.autoUpdate': false,
      'telemetry.telemetryLevel': 'off',
      ...userSettings,
    }, null, 2));
  }
  return { scratch: root, dirs };
}

/** A fresh profile in a new folder under $TMPDIR, for one run. */
function createScratch(prefix = 'postmortem-vscode-', userSettings = {}) {
  return createProfile(fs.mkdtempSync(path.join(os.tmpdir(), prefix)), userSettings);
}

/**
 * Starts code-server on 127.0.0.1 for a scratch folder and waits for /healthz. `env` is added to
 * the environment that the extension host inherits. Returns { origin, port, exited(), stop() }.
 */
async function startCodeServer({ scratch, dirs, env: extraEnv = {}, port: wantedPort, args = [] }) {
  const port = wantedPort || await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const logFile = path.join(scratch, 'code-server.log');
  const logFd = fs.openSync(logFile, 'a');
  const env = { ...process.env, XDG_CONFIG_HOME: dirs.config, XDG_DATA_HOME: dirs.data, TMPDIR: dirs.tmp, ...extraEnv };
  delete env.VSCODE_IPC_HOOK_CLI; // if run from a VS Code terminal, don't talk to that instance
  const cs = spawn(codeServerBin(), [
    '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-telemetry', '--disable-update-check',
    '--disable-workspace-trust', '--disable-getting-started-override',
    '--user-data-dir', path.join(scratch, 'user-data'), '--extensions-dir', dirs.extensions, ...args,
  ], { env, stdio: ['ignore', logFd, logFd], detached: true }); // own process group: kill all its children
  let exited = null;
  cs.on('exit', (code, signal) => { exited = `code-server exited (${signal || code})`; });
  const server = {
    origin, port, logFile, pid: cs.pid,
    exited: () => exited,
    async stop() {
      if (!exited) {
        try { process.kill(-cs.pid, 'SIGTERM'); } catch { /* already gone */ }
        await waitFor('code-server to exit', () => exited, { timeout: 5000 }).catch(() => {
          try { process.kill(-cs.pid, 'SIGKILL'); } catch { /* already gone */ }
        });
      }
      try { fs.closeSync(logFd); } catch { /* closed */ }
    },
  };
  try {
    await waitFor('code-server /healthz', () => httpOk(`${origin}/healthz`), { timeout: 30000, abort: () => exited });
  } catch (err) {
    await server.stop();
    throw err;
  }
  return server;
}

/** The workbench URL for a folder, with an extension under development and optionally its tests. */
function workbenchUrl({ origin, port }, { folder, extensionDevelopmentPath, extensionTestsPath }) {
  const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
  const payload = [];
  if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remote(extensionDevelopmentPath)]);
  if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
  const query = [`folder=${encodeURIComponent(folder)}`];
  if (payload.length) query.push(`payload=${encodeURIComponent(JSON.stringify(payload))}`);
  return `${origin}/?${query.join('&')}`;
}

async function launchChromium() {
  const { chromium } = require('playwright-core');
  return chromium.launch({
    executablePath: process.env.CHROMIUM_BIN || '/usr/bin/chromium',
    headless: true,
    // --no-sandbox: we run as root. The rest stop chromium calling Google on a closed network.
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic'], // playwright gives it a fresh profile itself
  }).catch((e) => { throw new Error(`cannot start chromium (apt-get install chromium?): ${e.message}`); });
}

/** A page on the workbench, its console copied to `consoleLog`; resolves when the workbench is up. */
async function openWorkbench(browser, url, { consoleLog, viewport = { width: 1280, height: 800 } } = {}) {
  const page = await browser.newPage({ viewport });
  if (consoleLog) {
    const out = fs.createWriteStream(consoleLog);
    page.on('console', (m) => out.write(`[${m.type()}] ${m.text()}\n`));
  }
  page.crashed = null;
  page.on('crash', () => { page.crashed = 'browser page crashed'; });
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60000 });
  await page.waitForSelector('.monaco-workbench', { timeout: 60000 });
  return page;
}

function dumpLogs(scratch) {
  console.error(`--- last lines of ${scratch}/code-server.log ---\n${tail(path.join(scratch, 'code-server.log'), 80)}`);
  const logs = path.join(scratch, 'user-data/logs');
  const exthost = fs.existsSync(logs)
    ? fs.readdirSync(logs, { recursive: true }).filter((f) => /exthost\.log$|remoteexthost\.log$|Postmortem\.log$/.test(f)) : [];
  for (const f of exthost) console.error(`--- last lines of ${f} ---\n${tail(path.join(logs, f), 40)}`);
  console.error(`--- last lines of browser console ---\n${tail(path.join(scratch, 'browser.log'), 30)}`);
}

module.exports = {
  repoRoot, codeServerBin, freePort, httpOk, waitFor, tail, createProfile, createScratch, startCodeServer, workbenchUrl,
  launchChromium, openWorkbench, dumpLogs,
};
