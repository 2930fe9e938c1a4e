import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { SEED, diagnostics, exampleWorkspace, extension, measure, withTimeout } from './helpers';

// Runs first (files load in name order): nothing has opened a Markdown document yet.
suite('Activation', () => {
  // How fast is reported, not asserted: a clock on a busy machine turned the suite red at 61 ms.
  // The numbers print as `measured:` lines (see test/vscode/README.md and bench/README.md).
  test('activates by itself when a Markdown document opens, and reports how long it took', async () => {
    const ext = extension();
    assert.equal(ext.isActive, false, 'the extension activated before any Markdown document was open');
    const seed = vscode.Uri.joinPath(await exampleWorkspace(), SEED);

    const opened = performance.now();
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(seed));
    // Diagnostics only come from a server that the extension started on its own.
    await diagnostics(seed, (d) => d.length > 0, 'diagnostics from a self-activated extension', 30_000);
    const firstDiagnosticsMs = performance.now() - opened;

    assert.equal(ext.isActive, true);
    const { timing } = ext.exports;
    await withTimeout(ext.exports.serverReady(), 10_000, 'the server to be ready');
    measure(`activation ${timing.activateMs.toFixed(1)} ms (activate() incl. its module)`);
    measure(`language server ready ${timing.serverStartMs?.toFixed(0)} ms after activate()`);
    measure(`first diagnostics ${firstDiagnosticsMs.toFixed(0)} ms after opening the seed`);
    assert.ok(Number.isFinite(timing.activateMs), 'activate() records its own time');
  });

  test('shows the template and the incident duration in the language status', async () => {
    const seed = vscode.Uri.joinPath(await exampleWorkspace(), SEED);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(seed));
    const status = await extension().exports.languageStatus();
    assert.match(status.text, /ALX/);
    // The seed runs from 10:00 AM to 2:00 PM UTC.
    assert.match(status.detail ?? '', /lasted 4h/);
  });
});
