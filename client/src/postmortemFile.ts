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
 * Creates an empty `<base>.md` in `folder`, or `<base>-2.md`, `<base>-3.md`... when taken. The
 * create refuses to overwrite, so a file that appears between the check and the create is safe.
 */
export async function createFreeFile(folder: vscode.Uri, base: string): Promise<vscode.Uri> {
  for (let n = 1; n <= 999; n++) {
    const uri = vscode.Uri.joinPath(folder, n === 1 ? `${base}.md` : `${base}-${n}.md`);
    if (await exists(uri)) continue;
    const edit = new vscode.WorkspaceEdit();
    edit.createFile(uri, { overwrite: false, ignoreIfExists: false });
    const created = await vscode.workspace.applyEdit(edit).then((ok) => ok, () => false);
    if (created && (await exists(uri))) return uri;
  }
  throw new Error(`no free file name for ${base}.md in ${folder.fsPath}`);
}
