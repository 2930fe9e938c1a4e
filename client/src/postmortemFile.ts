/** Names and creates new postmortem files: `<folder>/<date>-<slug>.md`, never over an existing file. */
import * as vscode from 'vscode';

/**
 * A file name from a title, as `postmortem new` (server/src/cli/newCommand.ts) makes it, so the
 * CLI and the editor name files alike: `Database outage: EU-west (again!)` ->
 * `database-outage-eu-west-again`.
 */
export function slugify(title: string): string {
  const words = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return words.slice(0, 60).replace(/-+$/, '') || 'postmortem';
}

/** Today as YYYY-MM-DD in local time: the day the writer lives in, not UTC's. */
export function localDate(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function isCalendarDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const date = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return date.getUTCFullYear() === +m[1] && date.getUTCMonth() === +m[2] - 1 && date.getUTCDate() === +m[3];
}

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
