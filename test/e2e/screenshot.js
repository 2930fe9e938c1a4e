#!/usr/bin/env node
'use strict';
// What a person sees: opens the example seed in code-server with the extension loaded, checks the
// squiggles and the problem count, runs "Postmortem: New Postmortem" from the command palette (F1)
// answering its prompts by keyboard, and saves screenshots. Prerequisite:
// scripts/vscode/install-code-server.sh. Assertions on document text belong to the mocha suite
// (test/vscode); this only checks what the UI shows.
//
// Usage: node test/e2e/screenshot.js [--out docs/screenshot.png]
const fs = require('fs');
const path = require('path');
const { repoRoot, createScratch, startCodeServer, workbenchUrl, launchChromium, openWorkbench } = require('../vscode/codeServer');
const { runChecks, checkList, quickOpen, newPostmortem, SQUIGGLES, problemRows } = require('./ui');

const SEED = '2024-03-11-auth-outage.md';
const TITLE = 'Checkout latency after cache deploy';

function parseArgs(argv) {
  const opts = { out: path.join(repoRoot, 'docs/screenshot.png') };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--out' && argv[i + 1]) opts.out = path.resolve(argv[++i]);
    else throw new Error(`unknown or incomplete argument: ${argv[i]}`);
  }
  return opts;
}

/**
 * Whether the command palette lists a Postmortem command now. "Postmortem:" lists all of ours;
 * New Postmortem is always among them, so once it shows, the list is complete.
 */
async function paletteOffers(page, title) {
  await page.keyboard.press('F1');
  await page.waitForSelector('.quick-input-widget input', { timeout: 15000 });
  await page.keyboard.type('Postmortem:', { delay: 10 });
  await page.waitForSelector('.quick-input-list .monaco-list-row[aria-label*="New Postmortem"]', { timeout: 15000 });
  const offered = (await page.locator(`.quick-input-list .monaco-list-row[aria-label*="${title}"]`).count()) > 0;
  await page.keyboard.press('Escape');
  await page.waitForSelector('.quick-input-widget', { state: 'hidden', timeout: 15000 });
  return offered;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const { check, results: checks } = checkList();
  const { scratch, dirs } = createScratch('postmortem-e2e-', { 'window.commandCenter': false, 'workbench.tips.enabled': false });
  fs.cpSync(path.join(repoRoot, 'examples'), dirs.workspace, { recursive: true });
  return runChecks(scratch, checks, async (session) => {
    const server = session.server = await startCodeServer({ scratch, dirs });
    const browser = session.browser = await launchChromium();
    const page = await openWorkbench(browser, workbenchUrl(server, { folder: dirs.workspace, extensionDevelopmentPath: repoRoot }),
      { consoleLog: path.join(scratch, 'browser.log'), viewport: { width: 1280, height: 800 } });

    await check('opens the seed with Ctrl+P', () => quickOpen(page, SEED));

    await check('shows squiggles under the findings', async () => {
      await page.waitForSelector(SQUIGGLES, { timeout: 30000 });
      // The seed's warnings (action items without an owner) are near its end: bring them into view.
      await page.keyboard.press('Control+G');
      await page.waitForSelector('.quick-input-widget input', { timeout: 15000 });
      await page.keyboard.type('45', { delay: 10 });
      await page.keyboard.press('Enter');
      await page.waitForSelector('.monaco-editor .squiggly-warning', { timeout: 15000 });
      return `${await page.locator(SQUIGGLES).count()} squiggles in view`;
    });

    await check('counts the problems in the status bar', async () => {
      const item = page.locator('[id="status.problems"]');
      await item.waitFor({ timeout: 15000 });
      const label = (await item.getAttribute('aria-label')) || (await item.innerText());
      const count = (label.match(/\d+/g) || []).map(Number).reduce((a, b) => a + b, 0);
      if (count === 0) throw new Error(`no problems counted: "${label}"`);
      return label.replace(/\s+/g, ' ');
    });

    await check('lists the findings in the Problems panel', async () => `${await problemRows(page)} rows`);

    await check('shows the metrics above the title', async () => {
      await page.keyboard.press('Control+1');
      await page.keyboard.press('Control+Home');
      const lens = page.locator('.monaco-editor .codelens-decoration', { hasText: 'Duration 4h' });
      await lens.waitFor({ timeout: 15000 });
      return (await page.locator('.monaco-editor .codelens-decoration').first().innerText()).replace(/\s+/g, ' ');
    });
    await page.screenshot({ path: opts.out });
    console.log(`screenshot: ${path.relative(process.cwd(), opts.out)}`);

    await check('offers "Insert Section..." in the palette for a postmortem, and not for other Markdown', async () => {
      if (!(await paletteOffers(page, 'Insert Section'))) throw new Error('not offered with the seed open');
      await quickOpen(page, 'README.md');
      // The context key follows the server's answer about the new editor: ask until it has.
      const deadline = Date.now() + 15000;
      while (await paletteOffers(page, 'Insert Section')) {
        if (Date.now() > deadline) throw new Error('still offered for README.md');
      }
    });

    await check('runs "Postmortem: New Postmortem" from the command palette (F1)', async () => {
      await newPostmortem(page, { template: 'Google SRE', title: TITLE, severity: 'SEV-2' });
      await page.waitForSelector('.tab[aria-label*="checkout-latency-after-cache-deploy.md"]', { timeout: 15000 });
      await page.waitForSelector('.monaco-editor .view-lines:has-text("Checkout latency after cache deploy")', { timeout: 15000 });
    });

    await check('selects the first blank for typing', async () => {
      // The snippet session puts a selection on the summary's first placeholder.
      await page.waitForSelector('.monaco-editor.focused .selected-text', { timeout: 15000 });
    });
    const second = opts.out.replace(/\.png$/, '-new-postmortem.png');
    await page.screenshot({ path: second });
    console.log(`screenshot: ${path.relative(process.cwd(), second)}`);
  });
}

main().then((code) => process.exit(code), (err) => { console.error(`error: ${err.message}`); process.exit(2); });
