/**
 * The extension in the web worker extension host, through the VS Code API (the UI route is
 * test/e2e/browserHost.js): findings, a .postmortemrc.json, the outline, completion and a quick
 * fix, on the workspace test/web/workspace.js writes, opened on a virtual file system
 * (`vscode-test-web://mount` under @vscode/test-web). No Node built-ins here: the bundle runs in a
 * web worker (scripts/build.mjs fails it otherwise).
 */
import * as vscode from 'vscode';
import type { PostmortemApi } from '../../../client/src/api';

const SEED = 'postmortems/2024-03-11-auth-outage.md';
const STRICT = 'team/2024-05-06-strict-word-count.md';
const ZONELESS = 'postmortems/2024-04-09-zoneless.md';

function expect(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

function at(relative: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  expect(folder, 'the web suite needs the workspace of test/web/workspace.js open');
  return vscode.Uri.joinPath(folder.uri, relative);
}

const codeOf = (d: vscode.Diagnostic) => String(typeof d.code === 'object' ? d.code.value : d.code);

/** Our findings on `uri` once `done` holds for them, checked now and on each change of diagnostics. */
function findings(uri: vscode.Uri, done: (found: vscode.Diagnostic[]) => boolean, what: string): Promise<vscode.Diagnostic[]> {
  const read = () => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'postmortem');
  return new Promise((resolve, reject) => {
    const settle = () => {
      if (!done(read())) return;
      stop();
      resolve(read());
    };
    const listener = vscode.languages.onDidChangeDiagnostics(settle);
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`timed out waiting for ${what}; found ${read().map(codeOf).join(', ') || 'nothing'}`));
    }, 30_000);
    const stop = () => {
      listener.dispose();
      clearTimeout(timer);
    };
    settle();
  });
}

async function open(relative: string): Promise<vscode.TextEditor> {
  return vscode.window.showTextDocument(await vscode.workspace.openTextDocument(at(relative)));
}

suite('Postmortem in the web worker extension host', () => {
  suiteSetup(async () => {
    const extension = vscode.extensions.getExtension<PostmortemApi>('postmortem-tools.vscode-postmortem');
    expect(extension, 'the extension under development is not loaded');
    await (await extension.activate()).serverReady();
  });

  test('reports the seed\'s findings from the web worker server', async () => {
    await open(SEED);
    const found = await findings(at(SEED), (d) => d.some((x) => codeOf(x) === 'PM021'), 'PM021 on the seed');
    expect(found.every((d) => d.severity !== vscode.DiagnosticSeverity.Error), 'the seed has no errors by default');
  });

  test('applies a .postmortemrc.json read through workspace.fs', async () => {
    await open(STRICT);
    await findings(at(STRICT), (d) => d.some((x) => codeOf(x) === 'PM025' && x.severity === vscode.DiagnosticSeverity.Error), 'PM025 as an error, as team/.postmortemrc.json says');
  });

  test('outlines the seed, bold labels included', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', at(SEED));
    const names = (list: readonly vscode.DocumentSymbol[]): string[] => list.flatMap((s) => [s.name, ...names(s.children)]);
    expect(names(symbols ?? []).includes('Root Cause'), `no "Root Cause" in ${names(symbols ?? []).join(', ')}`);
  });

  test('completes a severity after "Severity:"', async () => {
    const editor = await open(ZONELESS);
    const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
    expect(await editor.edit((edit) => edit.insert(end, '\nSeverity: ')), 'the line was not typed');
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, editor.document.lineAt(editor.document.lineCount - 1).range.end);
    const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    expect(labels.includes('SEV-1'), `no SEV-1 among ${labels.slice(0, 20).join(', ')}`);
  });

  test('fixes a time without a zone with its quick fix', async () => {
    const uri = at(ZONELESS);
    const before = await findings(uri, (d) => d.some((x) => codeOf(x) === 'PM013'), 'PM013 on the time without a zone');
    const finding = before.find((x) => codeOf(x) === 'PM013');
    expect(finding, 'PM013 went away');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, finding.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.title.startsWith('Add "UTC"'));
    expect(fix?.edit, `no zone fix among ${actions.map((a) => a.title).join(' | ')}`);
    expect(await vscode.workspace.applyEdit(fix.edit), 'the fix was not applied');
    await findings(uri, (d) => !d.some((x) => codeOf(x) === 'PM013'), 'PM013 to go after the fix');
  });
});
