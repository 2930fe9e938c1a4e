'use strict';
// Driving the workbench by keyboard, as a person would: shared by screenshot.js (the Node
// extension host) and browserHost.js (the web worker extension host). Waits are on the DOM.
const fs = require('fs');
const { dumpLogs } = require('../vscode/codeServer');

/** Named checks that print `ok`/`FAIL` lines; the first failure stops the run. */
function checkList() {
  const results = [];
  async function check(name, fn) {
    try {
      const detail = await fn();
      results.push({ name, ok: true });
      console.log(`ok   ${name}${detail ? ` (${detail})` : ''}`);
    } catch (err) {
      results.push({ name, ok: false });
      console.log(`FAIL ${name}\n       ${String(err.message).split('\n')[0]}`);
      throw err;
    }
  }
  return { check, results };
}

/**
 * Presses a key until the quick input opens: right after start-up, on a busy machine, the workbench
 * can show before its keybindings are ready and drop the first press.
 */
async function openQuickInput(page, key) {
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press(key);
    try {
      await page.waitForSelector('.quick-input-widget input', { timeout: 10000 });
      return;
    } catch (err) {
      if (attempt === 6) throw err;
    }
  }
}

/** Opens a workspace file with Ctrl+P and waits for its tab. */
async function quickOpen(page, name) {
  await openQuickInput(page, 'Control+P');
  await page.keyboard.type(name, { delay: 10 });
  // The file search waits for the server's search provider, which is slow to come on a busy machine.
  await page.waitForSelector(`.quick-input-list .monaco-list-row[aria-label*="${name}"]`, { timeout: 60000 });
  await page.keyboard.press('Enter');
  await page.waitForSelector(`.tab.active[aria-label*="${name}"]`, { timeout: 15000 });
}

/** Waits for the quick input to show `title` (our prompts set one), then types and presses Enter. */
async function answer(page, title, text) {
  await page.waitForSelector(`.quick-input-widget .quick-input-title:has-text("${title}")`, { timeout: 15000 });
  if (text) await page.keyboard.type(text, { delay: 10 });
  // Enter accepts what the list or the box holds once it has caught up with the typing.
  await page.waitForTimeout(0);
  await page.keyboard.press('Enter');
}

/**
 * Runs a command from the palette (F1) once it is offered: ours show when the server has read
 * the editor, and an open palette does not update its list, so it is opened again until then.
 */
async function runCommand(page, title) {
  const row = page.locator(`.quick-input-list .monaco-list-row[aria-label*="${title}"]`);
  for (let attempt = 1; ; attempt++) {
    await openQuickInput(page, 'F1');
    await page.keyboard.type(title, { delay: 10 });
    try {
      await row.first().waitFor({ timeout: 10000 });
      await page.keyboard.press('Enter');
      return;
    } catch (err) {
      if (attempt === 6) throw err;
      await page.keyboard.press('Escape');
      await page.waitForSelector('.quick-input-widget', { state: 'hidden', timeout: 15000 });
    }
  }
}

/** The content of the visible webview whose page has `selector` (each webview is an iframe in an iframe). */
function webview(page, selector) {
  return page.frameLocator('iframe.webview.ready').frameLocator('#active-frame').locator(selector);
}

/** Waits for the status bar to show the cursor on `line` (1-based). */
async function cursorOn(page, line) {
  const item = page.locator('[id="status.editor.selection"]');
  await item.filter({ hasText: new RegExp(`Ln ${line}, Col 1\\b`) }).waitFor({ timeout: 15000 });
  return (await item.innerText()).trim();
}

/** Runs "Postmortem: New Postmortem" from the command palette (F1) and answers its four prompts. */
async function newPostmortem(page, { template, title, severity }) {
  await runCommand(page, 'Postmortem: New Postmortem');
  await answer(page, 'New Postmortem (1/4)', template);
  await answer(page, 'New Postmortem (2/4)', title);
  await answer(page, 'New Postmortem (3/4)', ''); // today, as offered
  await answer(page, 'New Postmortem (4/4)', severity);
}

/** The squiggles an editor draws under findings. */
const SQUIGGLES = '.monaco-editor .squiggly-error, .monaco-editor .squiggly-warning, .monaco-editor .squiggly-info';

/** Opens the Problems panel and returns how many rows it lists, once it lists any. */
async function problemRows(page) {
  await page.keyboard.press('Control+Shift+M');
  await page.waitForSelector('.markers-panel .monaco-list-row', { timeout: 15000 });
  return page.locator('.markers-panel .monaco-list-row').count();
}

/**
 * Runs `body(session)`, which starts code-server and chromium into `session.server` and
 * `session.browser`; stops them whatever happens, keeps the scratch folder and dumps its logs on
 * a failure, prints the tally, and returns the exit code.
 */
async function runChecks(scratch, results, body) {
  const session = { server: undefined, browser: undefined };
  let failed = false;
  try {
    await body(session);
  } catch (err) {
    failed = true;
    console.error(`error: ${err.message.split('\n')[0]}`);
  } finally {
    if (session.browser) await session.browser.close().catch(() => {});
    if (session.server) await session.server.stop();
  }
  if (failed) {
    dumpLogs(scratch);
    console.log(`(scratch folder kept: ${scratch})`);
  } else {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
  const passed = results.filter((c) => c.ok).length;
  console.log(`${passed} passed, ${results.length - passed} failed`);
  return failed ? 1 : 0;
}

module.exports = { openQuickInput, runChecks, checkList, quickOpen, answer, runCommand, webview, cursorOn, newPostmortem, SQUIGGLES, problemRows };
