/** Names and creates new postmortem files: `<folder>/<date>-<slug>.md`, never over an existing file. */
import * as vscode from 'vscode';
export { isCalendarDate, localDate, postmortemBaseName } from '../../server/src/engine/presets';

/** Escapes text for a snippet, where `$`, `}` and `\` have meanings. */
export function snippetEscape(text: string): string {
  return text.replace(/[$}\\]/g, '\\$&');
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/**
 * Creates an empty `<base>.md` in `folder`, or `<base>-2.md`, `<base>-3.md`... when taken. Written
 * through `vscode.workspace.fs`, so it works wherever VS Code can write: a local disk, a remote,
 * or a virtual file system in the browser (github.dev's `vscode-vfs`).
 */
export async function createFreeFile(folder: vscode.Uri, base: string): Promise<vscode.Uri> {
  await vscode.workspace.fs.createDirectory(folder);
  for (let n = 1; n <= 999; n++) {
    const uri = vscode.Uri.joinPath(folder, n === 1 ? `${base}.md` : `${base}-${n}.md`);
    if (await exists(uri)) continue;
    if (await createEmptyFile(uri)) return uri;
  }
  throw new Error(`no free file name for ${base}.md in ${folder.toString(true)}`);
}

/**
 * Creates an empty file, never over an existing one. `workspace.fs.writeFile` always overwrites,
 * so the file is written under a scratch name and renamed with `overwrite: false`, which refuses
 * a name taken between the check and the create. False when it was taken.
 */
async function createEmptyFile(uri: vscode.Uri): Promise<boolean> {
  const scratch = uri.with({ path: `${uri.path}.${Date.now().toString(36)}.new` });
  await vscode.workspace.fs.writeFile(scratch, new Uint8Array());
  try {
    await vscode.workspace.fs.rename(scratch, uri, { overwrite: false });
    return true;
  } catch (error) {
    await vscode.workspace.fs.delete(scratch).then(undefined, () => undefined);
    if (await exists(uri)) return false;
    throw error;
  }
}
