import { SymbolKind, type CancellationToken, type Range } from 'vscode-languageserver';
import { URI } from 'vscode-uri';
import { postmortemRow, type Diagnostic, type LintResult, type PostmortemDocument, type PostmortemRow } from '../engine';
import type { Analysis } from './analysisCache';
import type { PostmortemFiles } from './host';
import type { Logger } from './logger';

/** What workspace symbols, owner completions and the Postmortems view need from one postmortem, and no more. */
export interface PostmortemSummary {
  uri: string;
  title: string;
  symbols: Array<{ name: string; kind: SymbolKind; range: Range; container: string }>;
  owners: string[];
  /** Its row in the team's roll-up (named by its URI). */
  row: PostmortemRow;
}

export interface IndexInputs {
  /** Where the files are read from: the disk in Node, nowhere in a browser. */
  files: PostmortemFiles;
  /** Workspace folder URIs. */
  folders(): readonly string[];
  /**
   * A file's lint by the settings and config file that govern it, undefined when it is not a
   * postmortem. A lint, not only a parse: the Postmortems view counts each file's findings.
   */
  lintFile(uri: string, text: string): Promise<LintResult | undefined>;
  /** Open documents' analyses: their text in the editor wins over the file on disk. */
  openAnalyses(): Promise<Array<Analysis | undefined>>;
  openUris(): ReadonlySet<string>;
  /** The client reports file changes, so cached files need no re-stat. */
  watched(): boolean;
  log: Logger;
}

/** Larger Markdown files are not read for the index; a postmortem is a few kilobytes. */
const MAX_INDEXED_BYTES = 2 * 1024 * 1024;
/** Beyond this many Markdown files (a docs monorepo), the rest are left out rather than read on every request. */
const MAX_INDEXED_FILES = 5000;
/** How long a listing and its file stats are trusted when the client does not report changes. */
const UNWATCHED_TTL_MS = 5000;
const OWNER_KEYS = /^(?:owners?|authors?|incident commander|ic|dri|postmortem owner)$/i;

export function summarize(uri: string, document: PostmortemDocument, diagnostics: readonly Diagnostic[]): PostmortemSummary {
  const title = document.title?.text ?? URI.parse(uri).path.split('/').pop() ?? uri;
  const symbols: PostmortemSummary['symbols'] = [{ name: title, kind: SymbolKind.File, range: document.title?.range ?? zero(), container: '' }];
  for (const s of document.allSections) symbols.push({ name: s.title, kind: SymbolKind.Namespace, range: s.titleRange, container: title });
  for (const e of document.timeline) symbols.push({ name: `${e.time.text} ${e.text}`, kind: SymbolKind.Event, range: e.range, container: title });
  for (const a of document.actionItems) symbols.push({ name: a.text, kind: SymbolKind.Key, range: a.range, container: title });
  const owners = [
    ...document.actionItems.map((a) => a.owner),
    ...document.metadata.filter((m) => OWNER_KEYS.test(m.key)).flatMap((m) => m.value.split(/[,;&]|\band\b/)),
  ]
    .map((o) => o?.trim().replace(/^@/, ''))
    .filter((o): o is string => !!o && /^[\w.-]+(?: [\w.-]+)?$/.test(o));
  return { uri, title, symbols, owners, row: postmortemRow({ name: uri, document, diagnostics }) };
}

function zero(): Range {
  return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
}

interface FileEntry {
  mtimeMs: number;
  size: number;
  summary?: PostmortemSummary;
}

/**
 * The workspace's postmortems, read from the host's files on first use (never at start-up) and kept by URI.
 * With a file watcher only reported files are read again; without one, the listing and the
 * files' stats are refreshed when they are a few seconds old.
 */
export class WorkspaceIndex {
  private listing?: Promise<string[]>;
  private listedAt = 0;
  private readonly files = new Map<string, FileEntry>();
  private readonly dirty = new Set<string>();

  constructor(private readonly inputs: IndexInputs) {}

  async postmortems(token?: CancellationToken): Promise<PostmortemSummary[]> {
    const open = (await this.inputs.openAnalyses()).filter((a): a is Analysis => !!a);
    const openUris = this.inputs.openUris();
    const fresh = !this.inputs.watched() && Date.now() - this.listedAt > UNWATCHED_TTL_MS;
    if (!this.listing || fresh) {
      this.listedAt = Date.now();
      this.listing = this.list();
    }
    const uris = await this.listing;
    const summaries = open.map((a) => summarize(a.uri, a.result.document, a.result.diagnostics));
    for (const uri of uris) {
      if (token?.isCancellationRequested) break;
      if (openUris.has(uri)) continue;
      const summary = await this.summary(uri, fresh);
      if (summary) summaries.push(summary);
    }
    return summaries;
  }

  /** Names already used as owners, most used first. */
  async owners(token?: CancellationToken): Promise<string[]> {
    const counts = new Map<string, number>();
    for (const summary of await this.postmortems(token)) for (const owner of summary.owners) counts.set(owner, (counts.get(owner) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([name]) => name);
  }

  /** A Markdown file was created, changed or deleted (from workspace/didChangeWatchedFiles). */
  fileChanged(uri: string, created: boolean, deleted: boolean): void {
    // Keyed as the listing writes URIs, whatever encoding the client chose.
    const key = URI.parse(uri).toString();
    if (created || deleted) this.listing = undefined;
    if (deleted) this.files.delete(key);
    else this.dirty.add(key);
  }

  foldersChanged(): void {
    this.forgetAll();
  }

  /** Settings or a config file changed: which files are postmortems, and what each reports, may differ. */
  settingsChanged(): void {
    this.forgetAll();
  }

  private forgetAll(): void {
    this.listing = undefined;
    this.files.clear();
  }

  private async list(): Promise<string[]> {
    const uris: string[] = [];
    for (const folder of this.inputs.folders()) {
      try {
        // One more than kept, to tell that some were left out.
        uris.push(...(await this.inputs.files.list(folder, MAX_INDEXED_FILES + 1)));
      } catch (error) {
        this.inputs.log.error('workspaceIndex', error, { folder });
      }
    }
    if (uris.length > MAX_INDEXED_FILES) this.inputs.log.warn('workspaceIndex', `indexing the first ${MAX_INDEXED_FILES} of ${uris.length} Markdown files`);
    return uris.slice(0, MAX_INDEXED_FILES);
  }

  private async summary(uri: string, restat: boolean): Promise<PostmortemSummary | undefined> {
    const cached = this.files.get(uri);
    if (cached && !restat && !this.dirty.has(uri)) return cached.summary;
    this.dirty.delete(uri);
    try {
      const info = await this.inputs.files.stat(uri);
      if (cached && cached.mtimeMs === info.mtimeMs && cached.size === info.size) return cached.summary;
      const entry: FileEntry = { mtimeMs: info.mtimeMs, size: info.size };
      this.files.set(uri, entry);
      const read = await this.inputs.files.read(uri, MAX_INDEXED_BYTES);
      if (!read.ok) return undefined;
      const result = await this.inputs.lintFile(uri, read.text);
      if (!result) return undefined;
      entry.summary = summarize(uri, result.document, result.diagnostics);
      return entry.summary;
    } catch (error) {
      this.files.delete(uri);
      this.inputs.log.debug('workspaceIndex', `skipped: ${(error as Error).message}`, { uri });
      return undefined;
    }
  }
}
