import * as vscode from 'vscode';
import { PRESETS } from '../../../server/src/engine/presets';
import { newPostmortem as renderPostmortem } from '../../../server/src/engine/presets';
import type { Template } from '../../../server/src/engine/presets';
import { createFreeFile, isCalendarDate, localDate, postmortemBaseName, snippetEscape } from '../postmortemFile';

import { DEFAULT_SEVERITY, SEVERITIES } from '../../../server/src/engine/presets';

type Folder = { kind: 'folder'; folder: vscode.WorkspaceFolder } | { kind: 'none' } | { kind: 'cancelled' };

/**
 * "Postmortem: New Postmortem": asks for a template, a title, the date and the severity, creates
 * `<postmortem.folder>/<date>-<slug>.md` (or an untitled document without a workspace) and opens
 * it with the template as a snippet, so Tab walks through the blanks. Returns the document's URI.
 */
export async function newPostmortem(): Promise<vscode.Uri | undefined> {
  const target = await chooseFolder();
  if (target.kind === 'cancelled') return undefined;
  const config = vscode.workspace.getConfiguration('postmortem', target.kind === 'folder' ? target.folder.uri : undefined);

  const template = await pickTemplate(config.get<string>('template', 'auto'));
  if (!template) return undefined;
  const title = await vscode.window.showInputBox({
    title: 'New Postmortem (2/4)',
    prompt: 'The incident, in a few words',
    placeHolder: '504 errors on login',
    validateInput: (value) => (value.trim() ? undefined : 'A title names the incident for its readers.'),
  });
  if (!title?.trim()) return undefined;
  const date = await vscode.window.showInputBox({
    title: 'New Postmortem (3/4)',
    prompt: 'The date of the incident (YYYY-MM-DD)',
    value: localDate(),
    validateInput: (value) => (isCalendarDate(value.trim()) ? undefined : 'A date as YYYY-MM-DD, for example 2024-03-11.'),
  });
  if (!date || !isCalendarDate(date.trim())) return undefined;
  const severity = await vscode.window.showQuickPick(severityItems(), { title: 'New Postmortem (4/4)', placeHolder: 'Severity' });
  if (!severity) return undefined;

  const snippet = renderPostmortem(template, {
    title: snippetEscape(title.trim()),
    date: date.trim(),
    severity: severity.label,
    asSnippet: true,
  });
  const document = target.kind === 'folder'
    ? await vscode.workspace.openTextDocument(await createFreeFile(postmortemsFolder(target.folder, config), postmortemBaseName(date.trim(), title)))
    : await vscode.workspace.openTextDocument({ language: 'markdown' });
  const editor = await vscode.window.showTextDocument(document);
  await editor.insertSnippet(new vscode.SnippetString(snippet), new vscode.Position(0, 0));
  // Saved at once, so the file on disk is the postmortem and not an empty placeholder.
  if (!document.isUntitled) await document.save();
  return document.uri;
}

/** The engine's list, with the default first, where Enter picks it: a hurried Enter must not file a critical incident. */
function severityItems(): vscode.QuickPickItem[] {
  const items = SEVERITIES.map((s) => ({ label: s.label, description: s.label === DEFAULT_SEVERITY ? `default · ${s.description}` : s.description }));
  return [...items.filter((i) => i.label === DEFAULT_SEVERITY), ...items.filter((i) => i.label !== DEFAULT_SEVERITY)];
}

async function chooseFolder(): Promise<Folder> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 0) return { kind: 'none' };
  const active = vscode.window.activeTextEditor && vscode.workspace.getWorkspaceFolder(vscode.window.activeTextEditor.document.uri);
  if (active) return { kind: 'folder', folder: active };
  if (folders.length === 1) return { kind: 'folder', folder: folders[0] };
  const picked = await vscode.window.showWorkspaceFolderPick({ placeHolder: 'The workspace folder for the new postmortem' });
  return picked ? { kind: 'folder', folder: picked } : { kind: 'cancelled' };
}

async function pickTemplate(configured: string): Promise<Template | undefined> {
  const items = PRESETS.map((template) => ({
    label: template.name,
    description: template.id === configured ? `${template.id} (postmortem.template)` : template.id,
    detail: template.description,
    template,
  }));
  // The configured template comes first, where Enter picks it.
  items.sort((a, b) => Number(b.template.id === configured) - Number(a.template.id === configured));
  const picked = await vscode.window.showQuickPick(items, { title: 'New Postmortem (1/4)', placeHolder: 'Template', matchOnDetail: true });
  return picked?.template;
}

function postmortemsFolder(folder: vscode.WorkspaceFolder, config: vscode.WorkspaceConfiguration): vscode.Uri {
  // In an untrusted workspace VS Code ignores the workspace's value (restrictedConfigurations).
  const setting = config.get<string>('folder', 'postmortems').trim() || '.';
  return /^([a-zA-Z]:)?[\\/]/.test(setting) ? vscode.Uri.file(setting) : vscode.Uri.joinPath(folder.uri, setting);
}
