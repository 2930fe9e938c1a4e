import type { TextDocument } from 'vscode-languageserver-textdocument';
import { URI, Utils } from 'vscode-uri';
import { RULES, lint, resolveConfig, type LintResult, type Range, type ResolvedConfig } from '../engine';
import type { ConfigLoad } from '../config/configFinder';
import { isPostmortem } from './documents';
import { toUserSettings, type PostmortemSettings } from './settings';

/**
 * What the user should know about how the document was checked, shown as a warning on its first
 * line: a setting that was skipped, a config file that was not applied, a file too big to check live.
 */
export interface DocumentNote {
  message: string;
  /** Where the cause is written (a problem in a config file), for editors that link to it. */
  cause?: { uri: string; range: Range; message: string };
}

/** One lint of one version of a postmortem, shared by every feature that asks about it. */
export interface Analysis {
  uri: string;
  version: number;
  result: LintResult;
  config: ResolvedConfig;
  notes: DocumentNote[];
  settings: PostmortemSettings;
}

export interface AnalysisInputs {
  settings(uri: string): Promise<PostmortemSettings>;
  configFor(uri: string): Promise<ConfigLoad | undefined>;
  folders(): readonly string[];
}

interface Entry {
  version: number;
  generation: number;
  analysis: Promise<Analysis | undefined>;
}

/**
 * Lint results by URI and version. Diagnostics, symbols, hovers, lenses and completions for one
 * version all read the same analysis; a settings or config change bumps the generation, so the
 * next request re-lints without anyone tracking which documents it touched.
 */
export class AnalysisCache {
  private readonly entries = new Map<string, Entry>();
  private generation = 0;

  constructor(private readonly inputs: AnalysisInputs) {}

  /** Undefined when the document is not a postmortem. */
  get(document: TextDocument): Promise<Analysis | undefined> {
    const entry = this.entries.get(document.uri);
    if (entry && entry.version === document.version && entry.generation === this.generation) return entry.analysis;
    const fresh: Entry = { version: document.version, generation: this.generation, analysis: this.analyze(document) };
    this.entries.set(document.uri, fresh);
    // A failed analysis is not kept: the next request tries again rather than failing forever.
    fresh.analysis.catch(() => this.entries.get(document.uri) === fresh && this.entries.delete(document.uri));
    return fresh.analysis;
  }

  /** Settings or a config file changed: every analysis is out of date. */
  invalidate(): void {
    this.generation++;
  }

  /** A stamp that changes whenever an analysis of this version could differ (for result ids). */
  stamp(version: number): string {
    return `${version}:${this.generation}`;
  }

  forget(uri: string): void {
    this.entries.delete(uri);
  }

  /** A file's lint by the settings and config file that govern it; undefined when it is not a postmortem. */
  async lintFile(uri: string, text: string): Promise<LintResult | undefined> {
    const { load, config } = await this.configure(uri);
    return isPostmortem(uri, text, config.scope, this.scopeFolders(load)) ? lint(text, config) : undefined;
  }

  private async configure(uri: string) {
    const settings = await this.inputs.settings(uri);
    const load = await this.inputs.configFor(uri);
    const config = resolveConfig(toUserSettings(settings), load?.ok ? { config: load.file.config, source: load.file.source } : undefined);
    return { settings, load, config };
  }

  /** Globs are matched relative to the workspace folders and to the folder of the config file that wrote them. */
  private scopeFolders(load: ConfigLoad | undefined): string[] {
    const folders = [...this.inputs.folders()];
    if (load?.ok) folders.push(Utils.dirname(URI.parse(load.file.path)).toString());
    return folders;
  }

  private async analyze(document: TextDocument): Promise<Analysis | undefined> {
    const version = document.version;
    const { settings, load, config } = await this.configure(document.uri);
    if (!isPostmortem(document.uri, document.getText(), config.scope, this.scopeFolders(load))) return undefined;
    const notes: DocumentNote[] = [
      ...(load && !load.ok ? [configNotApplied(load)] : []),
      ...config.problems.map((problem) => ({ message: problem.message })),
    ];
    // The document object is updated in place by later edits: lint the version this entry is for.
    if (document.version !== version) return this.get(document);
    const text = document.getText();
    const unreadable = whyNotChecked(text);
    if (unreadable) {
      // Nothing is checked, so nothing is reported but the reason: lint of an empty text with every rule off.
      const silent = { ...config, levels: new Map(RULES.map((r) => [r.id, 'off' as const])) };
      return { uri: document.uri, version, result: lint('', silent), config, notes: [...notes, { message: unreadable }], settings };
    }
    return { uri: document.uri, version, result: lint(text, config), config, notes, settings };
  }
}

/**
 * A broken config file is shown where it is written; each postmortem under it says only that
 * its settings were not applied, once, however many mistakes the file holds.
 */
function configNotApplied(load: ConfigLoad & { ok: false }): DocumentNote {
  const [first] = load.problems;
  const where = load.problems.length === 1 ? 'see the problem there' : `see the ${load.problems.length} problems there`;
  const start = { line: 0, character: 0 };
  return {
    message: `The settings in ${load.source} were not applied: ${where}.`,
    cause: { uri: load.path, range: first.range ?? { start, end: start }, message: first.message },
  };
}

/**
 * Past this size a check takes over a second, on every keystroke; the CLI checks any size. Real
 * postmortems are a few thousand words, so this only stops logs pasted whole or generated files.
 */
export const MAX_LIVE_CHARACTERS = 5_000_000;

/** Why a document is not checked as the user types, or undefined when it is. */
export function whyNotChecked(text: string): string | undefined {
  if (text.length > MAX_LIVE_CHARACTERS) {
    const mb = (text.length / 1_000_000).toFixed(1);
    return `This file has ${mb} million characters; Postmortem checks files of up to ${MAX_LIVE_CHARACTERS / 1_000_000} million as you type. Run \`postmortem lint\` on it instead.`;
  }
  if (text.includes('\u0000')) return 'This file holds NUL characters, so it is binary rather than Markdown; Postmortem does not check it.';
  return undefined;
}
