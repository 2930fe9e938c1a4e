#!/usr/bin/env node
'use strict';
// The two webviews as a person meets them, in code-server driven by Chromium: runs "Postmortem:
// Show Timeline" from the command palette, checks the markers, hovers one, clicks one and presses
// Enter on another (each must put the editor's cursor on the entry's line), types a new entry and
// waits for its marker; then "Postmortem: Show Report", checks its chart and tables and clicks an
// action item through to its document. Saves screenshot-timeline.png and screenshot-report.png
// (the README's). Prerequisite: scripts/vscode/install-code-server.sh.
//
// Usage: node test/e2e/webviews.js [--out-dir docs]
const fs = require('fs');
const path = require('path');
const { repoRoot, createScratch, startCodeServer, workbenchUrl, launchChromium, openWorkbench } = require('../vscode/codeServer');
const { runChecks, checkList, quickOpen, runCommand, webview, cursorOn } = require('./ui');

const OVERNIGHT = '2024-05-02-checkout-errors-overnight.md';

function parseArgs(argv) {
  const opts = { outDir: path.join(repoRoot, 'out') };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--out-dir' && argv[i + 1]) opts.outDir = path.resolve(argv[++i]);
    else throw new Error(`unknown or incomplete argument: ${argv[i]}`);
  }
  return opts;
}

/** A short postmortem of our own, so the report has months, severities and owners to show. */
function postmortem({ title, date, severity, start, detected, mitigated, end, owner, due }) {
  return `# ${title}

**Severity:** ${severity}
**Start:** ${date} ${start} UTC
**End:** ${date} ${end} UTC

## Timeline

- ${start} UTC Errors started after a config push
- ${detected} UTC Alert fired, on-call paged
- ${mitigated} UTC Rolled back the config (mitigated)
- ${end} UTC Incident resolved

## Action Items

- [ ] Validate config pushes before they ship (owner: @${owner}, due ${due})
`;
}

/** A day `months` months before (or after) this one, `YYYY-MM-DD`: the report always shows the last few months filled. */
function monthsAgo(months, day) {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - months, day)).toISOString().slice(0, 10);
}

const TEAM = [
  { title: 'Search results empty', date: monthsAgo(5, 9), severity: 'SEV-3', start: '08:00', detected: '08:12', mitigated: '08:40', end: '09:05', owner: 'maria', due: monthsAgo(4, 1) },
  { title: 'Billing export stuck', date: monthsAgo(4, 14), severity: 'SEV-2', start: '13:20', detected: '13:50', mitigated: '15:00', end: '16:10', owner: 'sam', due: monthsAgo(3, 15) },
  { title: 'Image uploads failing', date: monthsAgo(4, 28), severity: 'SEV-3', start: '10:05', detected: '10:09', mitigated: '10:30', end: '10:45', owner: 'maria', due: monthsAgo(-2, 28) },
  { title: 'API gateway outage', date: monthsAgo(2, 3), severity: 'SEV-1', start: '02:10', detected: '02:14', mitigated: '02:55', end: '03:40', owner: 'lee', due: monthsAgo(1, 1) },
  { title: 'Slow dashboards', date: monthsAgo(1, 21), severity: 'SEV-4', start: '15:00', detected: '15:40', mitigated: '16:00', end: '16:20', owner: 'sam', due: monthsAgo(-3, 28) },
  { title: 'Login errors for SSO users', date: monthsAgo(0, 1), severity: 'SEV-2', start: '09:30', detected: '09:33', mitigated: '09:50', end: '10:10', owner: 'lee', due: monthsAgo(-4, 15) },
];

/** The workspace: the example seed, the overnight incident of the diagram fixtures, and a team's worth of postmortems. */
function writeWorkspace(folder) {
  fs.cpSync(path.join(repoRoot, 'examples'), folder, { recursive: true });
  const postmortems = path.join(folder, 'postmortems');
  const overnight = fs.readFileSync(path.join(repoRoot, 'test/diagram-fixtures/overnight.md'), 'utf8');
  fs.writeFileSync(path.join(postmortems, OVERNIGHT), overnight);
  for (const incident of TEAM) {
    const name = `${incident.date}-${incident.title.toLowerCase().replace(/\W+/g, '-')}.md`;
    fs.writeFileSync(path.join(postmortems, name), postmortem(incident));
  }
  return overnight.split('\n');
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  fs.mkdirSync(opts.outDir, { recursive: true });
  const { check, results: checks } = checkList();
  const { scratch, dirs } = createScratch('postmortem-webviews-', { 'window.commandCenter': false, 'workbench.tips.enabled': false, 'workbench.startupEditor': 'none' });
  const lines = writeWorkspace(dirs.workspace);
  const lineOf = (text) => lines.findIndex((l) => l.includes(text)) + 1;
  return runChecks(scratch, checks, async (session) => {
    const server = session.server = await startCodeServer({ scratch, dirs });
    const browser = session.browser = await launchChromium();
    const page = await openWorkbench(browser, workbenchUrl(server, { folder: dirs.workspace, extensionDevelopmentPath: repoRoot }),
      { consoleLog: path.join(scratch, 'browser.log'), viewport: { width: 1400, height: 820 } });

    await check('opens the overnight incident with Ctrl+P', () => quickOpen(page, OVERNIGHT));

    const markers = webview(page, 'button.marker');
    await check('"Postmortem: Show Timeline" draws a marker per entry beside the editor', async () => {
      await runCommand(page, 'Postmortem: Show Timeline');
      await page.waitForSelector('.tab[aria-label*="Timeline: ' + OVERNIGHT + '"]', { timeout: 15000 });
      await markers.nth(5).waitFor({ timeout: 30000 });
      const count = await markers.count();
      if (count !== 6) throw new Error(`${count} markers, expected 6`);
      return `${count} markers; ${await webview(page, '.break').innerText()} gap marked`;
    });

    await check('hovering a marker shows its text', async () => {
      const marker = markers.nth(3);
      await marker.hover();
      const tip = marker.locator('.tip');
      await tip.waitFor({ state: 'visible', timeout: 10000 });
      const text = await tip.innerText();
      if (!text.includes('Escalated to the payments team')) throw new Error(`the tip reads "${text}"`);
      return text;
    });
    await page.screenshot({ path: path.join(opts.outDir, 'screenshot-timeline.png') });
    console.log(`screenshot: ${path.relative(process.cwd(), path.join(opts.outDir, 'screenshot-timeline.png'))}`);

    await check('clicking a marker puts the cursor on its entry', async () => {
      await markers.nth(4).click();
      return cursorOn(page, lineOf('Rolled back v42'));
    });

    await check('Enter on a focused marker does the same', async () => {
      await markers.nth(1).press('Enter');
      return cursorOn(page, lineOf('Alert fired for the error rate'));
    });

    await check('follows the document as an entry is typed', async () => {
      // The cursor is on the alert's line: a new entry goes under it. Focus can stay in the webview
      // after its marker moved the cursor, so the text editor is focused first.
      await page.keyboard.press('Control+1');
      await page.waitForSelector('.editor-group-container.active .monaco-editor.focused', { timeout: 15000 });
      await page.keyboard.press('End');
      await page.keyboard.press('Enter');
      await page.keyboard.type('2024-05-02 22:40 - Incident commander joined the call', { delay: 5 });
      await markers.nth(6).waitFor({ timeout: 30000 });
      return `${await markers.count()} markers`;
    });

    await check('"Postmortem: Show Report" charts the incidents per month and lists open action items', async () => {
      // Closed first, so the report is the one webview on the page, and has the width.
      await page.locator('.tab[aria-label*="Timeline: "] .action-label.codicon-close').click();
      await page.waitForSelector('iframe.webview', { state: 'detached', timeout: 15000 });
      await runCommand(page, 'Postmortem: Show Report');
      const months = webview(page, '.month');
      await webview(page, 'button.link').first().waitFor({ timeout: 30000 });
      const bars = await months.count();
      const overdue = await webview(page, 'tr.overdue').count();
      if (bars < 6 || overdue === 0) throw new Error(`${bars} months, ${overdue} overdue items`);
      return `${bars} months, ${overdue} overdue items`;
    });
    await page.screenshot({ path: path.join(opts.outDir, 'screenshot-report.png') });
    console.log(`screenshot: ${path.relative(process.cwd(), path.join(opts.outDir, 'screenshot-report.png'))}`);

    await check('clicking an action item opens its postmortem at its line', async () => {
      const item = webview(page, 'button.link').filter({ hasText: 'Validate config pushes' }).first();
      // The button's title names the postmortem and the line: "API gateway outage, line 16".
      const where = await item.getAttribute('title');
      const line = Number(/line (\d+)$/.exec(where || '')?.[1]);
      if (!line) throw new Error(`no line in the title "${where}"`);
      await item.click();
      await page.waitForSelector('.editor-group-container.active .tab.active[aria-label*=".md"]', { timeout: 15000 });
      return `${where}: ${await cursorOn(page, line)}`;
    });
  });
}

main().then((code) => process.exit(code), (err) => { console.error(`error: ${err.message}`); process.exit(2); });
