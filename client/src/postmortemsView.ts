import * as vscode from 'vscode';
import { formatMinutes } from '../../server/src/engine/presets';
import { WorkspaceRollupRequest, type RollupActionItem, type RollupPostmortem } from '../../server/src/protocol/customMessages';
import { groupPostmortems, type PostmortemsGroup, type PostmortemsGrouping } from './postmortemsGroups';
import type { ServerConnection } from './serverConnection';

export const POSTMORTEMS_VIEW = 'postmortem.postmortems';
/** Where the view's grouping is kept: per workspace, as each has its own postmortems. */
const GROUPING_KEY = 'postmortem.postmortemsGrouping';

/** A row of the view: a month or severity, a postmortem, one of its open action items, or its finding count. */
export type PostmortemsNode =
  | { kind: 'group'; group: PostmortemsGroup }
  | { kind: 'postmortem'; postmortem: RollupPostmortem }
  | { kind: 'action'; postmortem: RollupPostmortem; item: RollupActionItem }
  | { kind: 'findings'; postmortem: RollupPostmortem };

/**
 * The "Postmortems" view: every postmortem in the workspace, grouped by month or by severity
 * (remembered in the workspace state), newest first in each group, with its open action items and
 * finding count. The server's workspace index reads the files, so a refresh is one request; the
 * view asks again when the server says Markdown files or settings changed.
 */
export class PostmortemsView implements vscode.TreeDataProvider<PostmortemsNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly loadedEmitter = new vscode.EventEmitter<readonly RollupPostmortem[]>();
  /** Fires with the postmortems each time the view has asked the server (tests wait on it). */
  readonly onDidLoad = this.loadedEmitter.event;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly server: ServerConnection,
    private readonly state: vscode.Memento,
  ) {
    // The server's word, not a watcher of our own: asked after its own file event, the index could still be stale.
    this.disposables.push(this.changed, this.loadedEmitter, server.onWorkspaceChanged(() => this.refresh()));
  }

  refresh(): void {
    this.changed.fire();
  }

  get grouping(): PostmortemsGrouping {
    return this.state.get<PostmortemsGrouping>(GROUPING_KEY) === 'severity' ? 'severity' : 'month';
  }

  /** Switches between months and severities, and redraws the view. */
  async toggleGrouping(): Promise<void> {
    await this.state.update(GROUPING_KEY, this.grouping === 'month' ? 'severity' : 'month');
    this.refresh();
  }

  async getChildren(node?: PostmortemsNode): Promise<PostmortemsNode[]> {
    if (!node) {
      const { postmortems } = await this.server.request(WorkspaceRollupRequest, {});
      this.loadedEmitter.fire(postmortems);
      return groupPostmortems(postmortems, this.grouping).map((group) => ({ kind: 'group', group }));
    }
    if (node.kind === 'group') return node.group.postmortems.map((postmortem) => ({ kind: 'postmortem', postmortem }));
    if (node.kind !== 'postmortem') return [];
    const { postmortem } = node;
    return [
      ...postmortem.openActionItems.map((item): PostmortemsNode => ({ kind: 'action', postmortem, item })),
      ...(postmortem.findings ? [{ kind: 'findings', postmortem } as const] : []),
    ];
  }

  getTreeItem(node: PostmortemsNode): vscode.TreeItem {
    switch (node.kind) {
      case 'group':
        return groupItem(node.group);
      case 'postmortem':
        return postmortemItem(node.postmortem);
      case 'action':
        return actionItem(node.postmortem, node.item);
      case 'findings':
        return findingsItem(node.postmortem);
    }
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }
}

/** Clicking a row opens its document at its line. */
function openAt(uri: string, line: number): vscode.Command {
  const position = new vscode.Position(line, 0);
  return { title: 'Open', command: 'vscode.open', arguments: [vscode.Uri.parse(uri), { selection: new vscode.Range(position, position) }] };
}

function groupItem(group: PostmortemsGroup): vscode.TreeItem {
  const item = new vscode.TreeItem(group.label, vscode.TreeItemCollapsibleState.Expanded);
  // An id per group, so a group keeps its expanded or collapsed state across refreshes.
  item.id = `group:${group.key}`;
  item.description = String(group.postmortems.length);
  item.contextValue = 'postmortemsGroup';
  return item;
}

function postmortemItem(p: RollupPostmortem): vscode.TreeItem {
  const hasChildren = p.openActionItems.length > 0 || p.findings > 0;
  const item = new vscode.TreeItem(p.title, hasChildren ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
  const duration = p.durationMinutes === undefined ? undefined : formatMinutes(p.durationMinutes);
  item.description = [p.date ?? 'undated', p.severity, duration].filter((part) => part !== undefined).join(' · ');
  item.tooltip = `${p.title}\n${item.description}\n${p.openActionItems.length} open action item(s), ${p.findings} finding(s)`;
  item.resourceUri = vscode.Uri.parse(p.uri);
  item.iconPath = new vscode.ThemeIcon('notebook');
  item.contextValue = 'postmortem';
  item.command = openAt(p.uri, p.line);
  return item;
}

function actionItem(p: RollupPostmortem, a: RollupActionItem): vscode.TreeItem {
  const item = new vscode.TreeItem(a.text, vscode.TreeItemCollapsibleState.None);
  item.description = [a.owner ? `@${a.owner}` : 'no owner', a.due && `due ${a.due}`, a.overdue ? 'overdue' : undefined].filter(Boolean).join(' · ');
  // The warning colour marks what is late, in every theme.
  item.iconPath = a.overdue ? new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground')) : new vscode.ThemeIcon('circle-large-outline');
  item.contextValue = a.overdue ? 'overdueActionItem' : 'actionItem';
  item.command = openAt(p.uri, a.line);
  return item;
}

function findingsItem(p: RollupPostmortem): vscode.TreeItem {
  const item = new vscode.TreeItem(`${p.findings} finding${p.findings === 1 ? '' : 's'}`, vscode.TreeItemCollapsibleState.None);
  item.iconPath = new vscode.ThemeIcon('checklist');
  item.command = openAt(p.uri, p.line);
  return item;
}
