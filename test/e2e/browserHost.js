#!/usr/bin/env node
'use strict';
// The extension as vscode.dev and github.dev run it: packages a browser-only variant (package.json
// with `browser` and no `main`), installs it into code-server with --install-extension, where only
// the web worker extension host can run it, and checks in Chromium that the seed gets its
// findings from the web worker server and that New Postmortem writes its file. Prerequisites:
// scripts/vscode/install-code-server.sh and a build (node scripts/build.mjs).
//
// Usage: node test/e2e/browserHost.js [--screenshot docs/screenshot-browser.png]
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const { repoRoot, codeServerBin, createScratch, startCodeServer, waitFor, workbenchUrl, launchChromium, openWorkbench } = require('../vscode/codeServer');
const { runChecks, checkList, quickOpen, newPostmortem, SQUIGGLES, problemRows } = require('./ui');

const SEED = '2024-03-11-auth-outage.md';
const TITLE = 'Search index lag in the browser';
/**
 * An action item of a postmortem that is never opened. Only our server's workspace index names
 * action items as symbols (VS Code's Markdown support names headings), so only files read through
 * the client can find it.
 */
const CLOSED_ACTION = 'Drain the stalled queue nightly with a watchdog.';
/** What the browser-only package holds: the .vsix's files (see .vscodeignore) without the Node bundles. */
const BROWSER_FILES = ['README.md', 'LICENSE', 'dist/web-client.js', 'dist/web-server.js', 'snippets', 'syntaxes', 'schemas', 'media/icon.png', 'media/walkthrough'];

function parseArgs(argv) {
  const opts = { screenshot: undefined };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--screenshot' && argv[i + 1]) opts.screenshot = path.resolve(argv[++i]);
    else throw new Error(`unknown or incomplete argument: ${argv[i]}`);
  }
  return opts;
}

function run(command, args, options) {
  const result = spawnSync(command, args, { encoding: 'utf8', ...options });
  if (result.status !== 0) throw new Error(`${path.basename(command)} ${args[0]} failed:\n${result.stdout}${result.stderr}`);
  return result.stdout;
}

/** Packages the extension without `main`, so VS Code can only run it in the web worker extension host. */
function packageBrowserOnly(scratch) {
  const stage = path.join(scratch, 'browser-only');
  for (const file of BROWSER_FILES) {
    if (fs.existsSync(path.join(repoRoot, file))) fs.cpSync(path.join(repoRoot, file), path.join(stage, file), { recursive: true });
  }
  const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
  delete pkg.main;
  fs.writeFileSync(path.join(stage, 'package.json'), JSON.stringify(pkg, null, 2));
  const vsix = path.join(scratch, 'postmortem-browser-only.vsix');
  run(path.join(repoRoot, 'node_modules/.bin/vsce'), ['package', '--no-dependencies', '--out', vsix], { cwd: stage });
  return vsix;
}

/** The new postmortem's file name once it holds its title, else undefined. */
function savedPostmortem(workspace) {
  const folder = path.join(workspace, 'postmortems');
  const file = fs.readdirSync(folder).find((f) => f.endsWith('-search-index-lag-in-the-browser.md'));
  return file && fs.readFileSync(path.join(folder, file), 'utf8').includes(TITLE) ? file : undefined;
}

function installExtension(vsix, { scratch, dirs }) {
  const env = { ...process.env, XDG_CONFIG_HOME: dirs.config, XDG_DATA_HOME: dirs.data, TMPDIR: dirs.tmp };
  run(codeServerBin(), ['--install-extension', vsix, '--extensions-dir', dirs.extensions, '--user-data-dir', path.join(scratch, 'user-data')], { env });
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const { check, results } = checkList();
  const profile = createScratch('postmortem-browser-', { 'window.commandCenter': false, 'workbench.tips.enabled': false });
  const { scratch, dirs } = profile;
  fs.cpSync(path.join(repoRoot, 'examples'), dirs.workspace, { recursive: true });
  const seedText = fs.readFileSync(path.join(dirs.workspace, 'postmortems', SEED), 'utf8');
  fs.writeFileSync(path.join(dirs.workspace, 'postmortems/2024-04-02-queue-stall.md'), seedText.replace(/^Enhance monitoring to trigger alerts.*$/m, CLOSED_ACTION));
  return runChecks(scratch, results, async (session) => {
    await check('packages and installs a browser-only variant (no main)', () => {
      installExtension(packageBrowserOnly(scratch), profile);
      const installed = fs.readdirSync(dirs.extensions).find((d) => d.startsWith('postmortem-tools.vscode-postmortem-'));
      if (!installed) throw new Error(`not in ${dirs.extensions}`);
      if ('main' in JSON.parse(fs.readFileSync(path.join(dirs.extensions, installed, 'package.json'), 'utf8'))) throw new Error('the installed package has a main');
      return installed;
    });
    const server = session.server = await startCodeServer(profile);
    const browser = session.browser = await launchChromium();
    const page = await openWorkbench(browser, workbenchUrl(server, { folder: dirs.workspace }),
      { consoleLog: path.join(scratch, 'browser.log'), viewport: { width: 1280, height: 800 } });

    await check('opens the seed with Ctrl+P', () => quickOpen(page, SEED));
    await check('shows squiggles under the findings, from the web worker server', async () => {
      await page.waitForSelector(SQUIGGLES, { timeout: 60000 });
      return `${await page.locator(SQUIGGLES).count()} squiggles in view`;
    });
    await check('lists the findings in the Problems panel, with the rule ids of ours', async () => {
      const rows = await problemRows(page);
      // PM021: the seed's action items have no owner.
      await page.locator('.markers-panel .monaco-list-row', { hasText: 'PM021' }).first().waitFor({ timeout: 15000 });
      return `${rows} rows`;
    });
    if (opts.screenshot) {
      await page.screenshot({ path: opts.screenshot });
      console.log(`screenshot: ${path.relative(process.cwd(), opts.screenshot)}`);
    }
    await check('finds a postmortem that is not open with Go to Symbol in Workspace (files read through the client)', async () => {
      await page.keyboard.press('Control+1');
      await page.keyboard.press('Control+T');
      await page.waitForSelector('.quick-input-widget input', { timeout: 15000 });
      await page.keyboard.type('stalled queue nightly', { delay: 10 });
      await page.waitForSelector(`.quick-input-list .monaco-list-row[aria-label*="${CLOSED_ACTION.slice(0, 20)}"]`, { timeout: 60000 });
      await page.keyboard.press('Escape');
    });
    await check('New Postmortem writes its file through workspace.fs (vscode-remote from the web worker)', async () => {
      await page.keyboard.press('Control+1');
      await newPostmortem(page, { template: 'Google SRE', title: TITLE, severity: 'SEV-2' });
      await page.waitForSelector('.tab.active[aria-label*="search-index-lag-in-the-browser.md"]', { timeout: 15000 });
      // The command creates the file empty, inserts the template and saves: wait for the save to reach the disk.
      return waitFor('postmortems/<date>-search-index-lag-in-the-browser.md to hold the template', () => savedPostmortem(dirs.workspace), { timeout: 15000 });
    });
  });
}

main().then((code) => process.exit(code), (err) => { console.error(`error: ${err.message}`); process.exit(2); });
