#!/usr/bin/env node
'use strict';
// The extension as vscode.dev and github.dev run it: packages a browser-only variant (package.json
// with `browser` and no `main`), installs it into code-server with --install-extension, where only
// the web worker extension host can run it, and checks in Chromium, as a person would, what the
// web worker server gives: the seed's findings, its timeline in the Show Timeline webview (a
// marker's click moving the cursor), the Show Report webview over the workspace, the outline,
// workspace symbols, a .postmortemrc.json read through the client, a quick fix, completion, an
// editing command from the palette on a file that is not file: (vscode-remote:), and New
// Postmortem writing its file.
// Prerequisites: scripts/vscode/install-code-server.sh and a build (node scripts/build.mjs).
//
// Usage: node test/e2e/browserHost.js [--screenshot docs/screenshot-browser.png]
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const { repoRoot, codeServerBin, createScratch, startCodeServer, waitFor, workbenchUrl, launchChromium, openWorkbench } = require('../vscode/codeServer');
const { runChecks, checkList, openQuickInput, quickOpen, answer, runCommand, webview, cursorOn, newPostmortem, SQUIGGLES, problemRows } = require('./ui');
const { SEED, QUEUE_STALL, CLOSED_ACTION, STRICT, ZONELESS, ZONELESS_LINE, writeWebWorkspace } = require('../web/workspace');

const TITLE = 'Search index lag in the browser';
const TIMELINE_ENTRY = 'Paged the database team from the browser';
/** A timeline entry of the seed, as its marker's label names it. */
const SEED_ESCALATION = 'database administration team';
/** Slack messages as the app copies them: a name and a time, the message under it. */
const SLACK = ['Dana Reyes  10:20 AM', 'looking at the auth database connections', 'Sam Okafor  11:05 AM', 'connection pool is at its limit', ''].join('\n');
/** The entries the timeline paste writes from SLACK, in the seed's way of writing times. */
const SLACK_ENTRIES = ['- 10:20 AM UTC - Dana Reyes: looking at the auth database connections', '- 11:05 AM UTC - Sam Okafor: connection pool is at its limit'];
/** What the browser-only package holds: the .vsix's files (see .vscodeignore) without the Node bundles. */
const BROWSER_FILES = ['README.md', 'LICENSE', 'dist/web-client.js', 'dist/web-server.js', 'snippets', 'syntaxes', 'schemas', 'media/icon.png', 'media/walkthrough', 'media/webview', 'dist/webview-timeline.js', 'dist/webview-report.js'];

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

/** The lines of `file` once it holds every one of `lines`, else undefined. */
function savedWith(file, lines) {
  const written = fs.readFileSync(file, 'utf8').split('\n');
  return lines.every((l) => written.includes(l)) ? written : undefined;
}

/** An entry of the paste control's menu (Ctrl+. after a paste). */
function pasteOption(page, title) {
  return page.locator('.action-widget .monaco-list-row', { hasText: title });
}

/** Moves the cursor with Go to Line (Ctrl+G), to a 1-based line and column. */
async function goTo(page, line, column) {
  await openQuickInput(page, 'Control+G');
  await page.keyboard.type(`${line}:${column}`, { delay: 10 });
  await page.keyboard.press('Enter');
  await page.waitForSelector('.quick-input-widget', { state: 'hidden', timeout: 15000 });
}

/** A line the active editor shows, found by its text (Playwright's text match takes its non-breaking spaces as spaces). */
function viewLine(page, text) {
  return page.locator('.editor-group-container.active .view-line', { hasText: text }).first();
}

function installExtension(vsix, { scratch, dirs }) {
  const env = { ...process.env, XDG_CONFIG_HOME: dirs.config, XDG_DATA_HOME: dirs.data, TMPDIR: dirs.tmp };
  run(codeServerBin(), ['--install-extension', vsix, '--extensions-dir', dirs.extensions, '--user-data-dir', path.join(scratch, 'user-data')], { env });
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const { check: checkOnly, results } = checkList();
  let page;
  // A failing check leaves a picture of the workbench in the kept scratch folder.
  const check = (name, fn) => checkOnly(name, async () => {
    try {
      return await fn();
    } catch (err) {
      if (page) await page.screenshot({ path: path.join(scratch, 'failure.png') }).catch(() => {});
      throw err;
    }
  });
  const profile = createScratch('postmortem-browser-', { 'window.commandCenter': false, 'workbench.tips.enabled': false });
  const { scratch, dirs } = profile;
  const zonelessLine = writeWebWorkspace(dirs.workspace);
  const seedFile = path.join(dirs.workspace, SEED);
  const seedLines = fs.readFileSync(seedFile, 'utf8').split('\n');
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
    page = await openWorkbench(browser, workbenchUrl(server, { folder: dirs.workspace }),
      { consoleLog: path.join(scratch, 'browser.log'), viewport: { width: 1280, height: 800 } });

    await check('opens the seed with Ctrl+P', () => quickOpen(page, path.basename(SEED)));
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
    await check('"Postmortem: Show Timeline" draws the seed\'s entries as markers in its webview', async () => {
      await page.keyboard.press('Control+1');
      await runCommand(page, 'Postmortem: Show Timeline');
      await page.waitForSelector(`.tab[aria-label*="Timeline: ${path.basename(SEED)}"]`, { timeout: 15000 });
      await webview(page, `button.marker[aria-label*="${SEED_ESCALATION}"]`).waitFor({ timeout: 60000 });
      return `${await webview(page, 'button.marker').count()} markers`;
    });
    await check('clicking a marker puts the cursor on its entry\'s line', async () => {
      const line = seedLines.findIndex((l) => l.includes(SEED_ESCALATION)) + 1;
      await webview(page, `button.marker[aria-label*="${SEED_ESCALATION}"]`).click();
      return cursorOn(page, line);
    });
    await check('a plain paste (Ctrl+V) of Slack messages inside the seed\'s timeline writes them as entries in time order, and the paste control offers the plain text', async () => {
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
      await page.evaluate((text) => navigator.clipboard.writeText(text), SLACK);
      // The marker's click moves the cursor, but focus can stay in the webview: Go to Line needs the text editor.
      await page.keyboard.press('Control+1');
      await page.waitForSelector('.editor-group-container.active .monaco-editor.focused', { timeout: 15000 });
      // The blank line under the detection, inside the timeline.
      await goTo(page, seedLines.findIndex((l) => l.startsWith('Detected at 10:15 AM UTC')) + 2, 1);
      await page.keyboard.press('Control+V');
      // The editor beside the timeline is narrow: the entry wraps, and its start is one view line.
      await viewLine(page, 'Dana Reyes:').waitFor({ timeout: 30000 });
      await page.keyboard.press('Control+.');
      await pasteOption(page, 'Insert Plain Text').waitFor({ timeout: 15000 });
      await pasteOption(page, 'Paste as timeline entries').waitFor({ timeout: 15000 });
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+S');
      const written = await waitFor('the saved seed to hold the entries', () => savedWith(seedFile, SLACK_ENTRIES), { timeout: 15000 });
      const at = (text) => written.findIndex((l) => l.includes(text));
      const order = [at('Detected at 10:15 AM UTC'), at(SLACK_ENTRIES[0]), at(SEED_ESCALATION), at(SLACK_ENTRIES[1]), at('11:30 AM UTC')];
      if (order.some((n, i) => n < 0 || (i && n <= order[i - 1]))) throw new Error(`not in time order: lines ${order.join(', ')}`);
      if (at('Dana Reyes  10:20 AM') >= 0) throw new Error('the plain text was pasted too');
    });
    await check('one undo takes every pasted entry back out', async () => {
      await page.keyboard.press('Control+Z');
      await page.keyboard.press('Control+S');
      await waitFor('the saved seed to be as it was', () => fs.readFileSync(seedFile, 'utf8') === seedLines.join('\n'), { timeout: 15000 });
    });
    await check('"Postmortem: Show Report" lists the workspace\'s postmortems, one never opened among them (read through the client)', async () => {
      // Closed first, so the report is the one webview on the page.
      await page.locator('.tab[aria-label*="Timeline: "] .action-label.codicon-close').click();
      await page.waitForSelector('iframe.webview', { state: 'detached', timeout: 15000 });
      await runCommand(page, 'Postmortem: Show Report');
      await webview(page, `button.link[title*="${path.basename(QUEUE_STALL)}"]`).waitFor({ timeout: 60000 });
      const rows = await webview(page, 'tbody tr').count();
      await page.locator('.tab[aria-label*="Postmortem Report"] .action-label.codicon-close').click();
      await page.waitForSelector('iframe.webview', { state: 'detached', timeout: 15000 });
      return `${rows} rows`;
    });
    await check('finds a postmortem that is not open with Go to Symbol in Workspace (files read through the client)', async () => {
      await page.keyboard.press('Control+1');
      await page.keyboard.press('Control+T');
      await page.waitForSelector('.quick-input-widget input', { timeout: 15000 });
      await page.keyboard.type('stalled queue nightly', { delay: 10 });
      await page.waitForSelector(`.quick-input-list .monaco-list-row[aria-label*="${CLOSED_ACTION.slice(0, 20)}"]`, { timeout: 60000 });
      await page.keyboard.press('Escape');
    });
    await check('shows the outline with Go to Symbol in Editor, bold labels too (which only our server names)', async () => {
      await openQuickInput(page, 'Control+Shift+O');
      await page.keyboard.type('Root Cause', { delay: 10 });
      await page.waitForSelector('.quick-input-list .monaco-list-row[aria-label*="Root Cause"]', { timeout: 30000 });
      await page.keyboard.press('Escape');
    });
    await check('applies a .postmortemrc.json read through the client (PM025 an error in team/)', async () => {
      const before = await page.locator('.monaco-editor .squiggly-error').count();
      if (before) throw new Error(`the seed outside team/ already has ${before} error squiggles`);
      await page.keyboard.press('Control+1');
      await quickOpen(page, path.basename(STRICT));
      await page.waitForSelector('.monaco-editor .squiggly-error', { timeout: 60000 });
    });
    await check('applies a quick fix (PM013: writes the zone after the time)', async () => {
      await page.keyboard.press('Control+1');
      await quickOpen(page, path.basename(ZONELESS));
      await page.waitForSelector(SQUIGGLES, { timeout: 60000 });
      await goTo(page, zonelessLine, ZONELESS_LINE.indexOf('10:15') + 2);
      await page.keyboard.press('Control+.');
      // The preferred fix comes first in the menu, focused; Enter applies it (the menu blocks the mouse).
      await page.locator('.action-widget .monaco-list-row.focused', { hasText: 'Add "UTC" after 10:15 AM' }).waitFor({ timeout: 30000 });
      await page.keyboard.press('Enter');
      // The line now reads "10:15 AM UTC", followed by the inlay hint (T+15m) in the DOM.
      await viewLine(page, 'Detected at 10:15 AM UTC').waitFor({ timeout: 15000 });
    });
    await check('completes a severity from the server after "Severity:"', async () => {
      await page.keyboard.press('Control+End');
      await page.keyboard.press('Enter');
      await page.keyboard.type('Severity: ', { delay: 10 });
      await page.keyboard.press('Control+Space');
      await page.waitForSelector('.suggest-widget .monaco-list-row[aria-label*="SEV-1"]', { timeout: 30000 });
      await page.keyboard.press('Escape');
    });
    await check('offers Insert Timeline Entry in the command palette on a vscode-remote: file, and inserts the entry', async () => {
      await runCommand(page, 'Postmortem: Insert Timeline Entry');
      await answer(page, 'Insert Timeline Entry', TIMELINE_ENTRY);
      await viewLine(page, TIMELINE_ENTRY).waitFor({ timeout: 15000 });
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
