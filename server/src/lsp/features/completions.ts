import {
  CompletionItemKind,
  InsertTextFormat,
  MarkupKind,
  type CompletionItem,
  type Position,
  type Range,
} from 'vscode-languageserver';
import {
  LIFECYCLE_WORDS, compileTemplate, SEVERITIES, ZONE_ABBREVIATIONS, entryLine, entryTime, formatLike, missingChildren, missingSections, scanLine, snippetToText, timelineZone,
  type LifecycleRole, type LintResult, type Section, type TemplateSection, type TimelineEntry,
} from '../../engine';
import type { Analysis } from '../analysisCache';

export interface CompletionOptions {
  snippets: boolean;
  markdownDocs: boolean;
  /** People already named as owners in the workspace's postmortems, most named first. */
  owners(): Promise<string[]>;
  /** The instant `pm-detected` and the other stamps write. */
  now(): number;
}

const OWNER_AT = /(?:^|[\s([,])@([\w.-]*)$/;
const OWNER_LABEL = /\b(?:owners?|assignee|assigned to|dri|authors?|incident commander)\s*(?:\*\*|__)?\s*:\s*(?:\*\*|__)?\s*(?:[^,]*,\s*)*@?([\w.-]*)$/i;
const SEVERITY_LABEL = /\bseverity\s*(?:\*\*|__)?\s*:\s*(?:\*\*|__)?\s*([\w-]*)$/i;
const STATUS_LABEL = /\bstatus\s*(?:\*\*|__)?\s*:\s*(?:\*\*|__)?\s*([\w -]*)$/i;
const AFTER_TIME = /(?:\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?\s?m\b\.?)?|\b\d{1,2}\s*[ap]\.?\s?m\b\.?)\s+([A-Za-z/_]*)$/i;
const AFTER_SEPARATOR = /[-–—:|]\s*(?:\*\*|__)?([A-Za-z]*)$/;
const HEADING = /^( {0,3})(#{1,6})(?:\s+(.*))?$/;
const LABEL = /^(\s*(?:[-*+]\s+)?)(\*\*|__)([^*_]*)$/;
const ENTRY_START = /^\s*(?:[-*+]\s*|\d+[.)]\s*|\|\s*)?$/;
/** `pm-det`, typed where an entry could start: a lifecycle stamp. */
const STAMP = /^\s*(?:[-*+]\s*|\d+[.)]\s*|\|\s*)?(pm-[\w-]*)$/;

/** What each stamp's entry says until the writer says what happened. */
const WHAT_HAPPENED: Record<LifecycleRole, string> = {
  started: 'what users started to see',
  detected: 'by a monitoring alert on error rate',
  acknowledged: 'by the on-call engineer',
  escalated: 'to the database team',
  mitigated: 'by rolling back the deploy',
  resolved: 'after the connection pool was resized',
};

const STATUSES = ['Draft', 'In Review', 'Approved', 'Final', 'Action Items In Progress', 'Complete'];
const METADATA_LABELS: ReadonlyArray<[string, string]> = [
  ['Date', '${1:YYYY-MM-DD}'],
  ['Severity', `\${1|${SEVERITIES.map((s) => s.label).join(',')}|}`],
  ['Status', `\${1|${STATUSES.join(',')}|}`],
  ['Owner', '@${1:name}'],
  ['Start Time', '${1:YYYY-MM-DD HH:MM} UTC'],
  ['End Time', '${1:YYYY-MM-DD HH:MM} UTC'],
];

/**
 * textDocument/completion, by what the line says before the cursor: a name after `@` or `Owner:`,
 * a value after `Severity:` or `Status:`, a zone after a time, a lifecycle word after a timeline
 * time, a missing section after `#` or `**`, and on an empty timeline line a whole entry.
 */
export async function completions(analysis: Analysis | undefined, position: Position, options: CompletionOptions): Promise<CompletionItem[]> {
  if (!analysis) return [];
  const { result } = analysis;
  const line = result.document.lines[position.line];
  if (line === undefined) return [];
  const prefix = line.slice(0, position.character);
  const build = new Items(result, position, options);

  const owner = OWNER_AT.exec(prefix) ?? OWNER_LABEL.exec(prefix);
  if (owner) {
    const atTyped = prefix.endsWith('@' + owner[1]);
    const names = await options.owners();
    return names.map((name, i) => build.item(`@${name}`, CompletionItemKind.Reference, atTyped ? name : `@${name}`, owner[1].length, { sort: i, filter: atTyped ? name : `@${name}` }));
  }
  const severity = SEVERITY_LABEL.exec(prefix);
  if (severity) return SEVERITIES.map(({ label, description }, i) => build.item(label, CompletionItemKind.EnumMember, label, severity[1].length, { sort: i, doc: description }));
  const status = STATUS_LABEL.exec(prefix);
  if (status) return STATUSES.map((value, i) => build.item(value, CompletionItemKind.EnumMember, value, status[1].length, { sort: i }));
  const zone = AFTER_TIME.exec(prefix);
  if (zone && !/[-–—|]\s*$/.test(prefix)) return build.zones(zone[1].length, analysis.settings.defaultTimeZone);
  const separator = AFTER_SEPARATOR.exec(prefix);
  if (separator && build.inTimeline() && scanLine(prefix).some((t) => t.time)) return build.lifecycleWords(separator[1].length);
  const heading = HEADING.exec(prefix);
  if (heading) return build.headings(heading[2], prefix.length - heading[1].length);
  const label = LABEL.exec(prefix);
  if (label) return build.labels(prefix.length - label[1].length);
  if (STAMP.test(prefix)) return build.stamps(prefix.length, options.now(), analysis.config.defaultTimeZone);
  if (ENTRY_START.test(prefix)) {
    // In a timeline the next entry is what the writer most likely wants: it sorts first, the headings after it.
    const entry = build.inTimeline() ? build.timelineEntry(prefix.length) : [];
    return [...entry, ...(prefix.trim() === '' ? build.headings(undefined, 0, entry.length) : [])];
  }
  return [];
}

class Items {
  private readonly enclosing: Section | undefined;

  constructor(
    private readonly result: LintResult,
    private readonly position: Position,
    private readonly options: CompletionOptions,
  ) {
    this.enclosing = [...result.document.allSections].reverse().find((s) => s.line < position.line && position.line < s.endLine);
  }

  item(label: string, kind: CompletionItemKind, text: string, replaceLength: number, extra: { sort?: number; doc?: string; filter?: string; detail?: string } = {}): CompletionItem {
    const range: Range = { start: { line: this.position.line, character: this.position.character - replaceLength }, end: this.position };
    const snippet = this.options.snippets && /\$\{?\d/.test(text);
    const newText = (snippet ? text : snippetToText(text)).replace(/\n/g, this.result.document.eol);
    return {
      label,
      kind,
      detail: extra.detail,
      documentation: extra.doc ? (this.options.markdownDocs ? { kind: MarkupKind.Markdown, value: extra.doc } : extra.doc) : undefined,
      sortText: extra.sort === undefined ? undefined : String(extra.sort).padStart(4, '0'),
      filterText: extra.filter,
      insertTextFormat: snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
      textEdit: { range, newText },
    };
  }

  inTimeline(): boolean {
    const keys = compileTemplate(this.result.template).keysWithRole('timeline');
    for (let s: Section | undefined = this.enclosing; s; s = s.parent) if (s.key && keys.has(s.key)) return true;
    return this.result.document.timeline.some((e) => e.line === this.position.line || e.line === this.position.line - 1);
  }

  zones(replaceLength: number, defaultZone: string): CompletionItem[] {
    const preferred = [this.result.document.declaredZone?.zone, this.result.document.timeline[0]?.time.zone, defaultZone, 'UTC'];
    const zones = [...new Set([...preferred, ...ZONE_ABBREVIATIONS].filter((z): z is string => !!z && z !== 'Z' && z !== 'ZULU'))];
    return zones.map((z, i) => this.item(z, CompletionItemKind.Unit, z, replaceLength, { sort: i, detail: 'time zone' }));
  }

  lifecycleWords(replaceLength: number): CompletionItem[] {
    const words = Object.entries(LIFECYCLE_WORDS).flatMap(([role, list]) => list.map((word) => ({ role, word })));
    return words.map(({ role, word }, i) => this.item(word, CompletionItemKind.Event, word, replaceLength, { sort: i, detail: `lifecycle: ${role}` }));
  }

  /** Missing sections as headings; `hashes` is what the user typed, else the level the document uses; `sortFrom` places them after other items. */
  headings(hashes: string | undefined, replaceLength: number, sortFrom = 0): CompletionItem[] {
    const level = hashes?.length;
    const top = missingSections(this.result).map((s) => ({ section: s, hashes: '#'.repeat(level ?? this.topLevel()) }));
    const parent = this.enclosingTopSection();
    const children = parent
      ? missingChildren(this.result, parent).map((s) => ({ section: s, hashes: '#'.repeat(level ?? Math.min(6, parent.form === 'heading' ? parent.rank + 1 : this.topLevel() + 1)) }))
      : [];
    return [...children, ...top].map(({ section, hashes: h }, i) =>
      this.item(`${h} ${section.title}`, CompletionItemKind.Module, `${h} ${section.title}\n\n${section.scaffold.trimEnd()}\n`, replaceLength, {
        sort: sortFrom + i,
        doc: this.sectionDoc(section),
        detail: section.required ? 'required section' : 'section',
      }),
    );
  }

  labels(replaceLength: number): CompletionItem[] {
    const parent = this.enclosingTopSection();
    const sections = [...(parent ? missingChildren(this.result, parent) : []), ...missingSections(this.result)];
    const present = new Set(this.result.document.metadata.map((m) => m.key.toLowerCase()));
    const metadata = METADATA_LABELS.filter(([key]) => !present.has(key.toLowerCase()));
    return [
      ...sections.map((s) => ({ label: `**${s.title}:**`, text: `**${s.title}:**\n${s.scaffold.trimEnd()}\n`, doc: this.sectionDoc(s), kind: CompletionItemKind.Module })),
      ...metadata.map(([key, value]) => ({ label: `**${key}:**`, text: `**${key}:** ${value}`, doc: undefined, kind: CompletionItemKind.Property })),
    ].map((l, i) => this.item(l.label, l.kind, l.text, replaceLength, { sort: i, doc: l.doc }));
  }

  /** A whole entry shaped like the one before it, its time five minutes on. */
  timelineEntry(replaceLength: number): CompletionItem[] {
    const previous = this.previousEntry();
    const epochMs = previous ? previous.time.epochMs + 5 * 60_000 : this.result.document.start?.time.epochMs;
    const zone = timelineZone(this.result, undefined);
    const time = epochMs === undefined ? 'HH:MM UTC' : formatLike(previous?.time, epochMs, zone, previous ? previous.time.hasDate : true);
    const { snippet, filter } = this.entrySnippet(previous, `\${1:${escapeSnippet(time)}}`, '${2:What happened}');
    const entry = this.item(`${time} - timeline entry`, CompletionItemKind.Snippet, snippet, replaceLength, { sort: 0, detail: previous ? `after ${previous.time.text}` : 'timeline entry', filter });
    return [{ ...entry, preselect: true }];
  }

  /**
   * `pm-started` ... `pm-resolved`: an entry stamped now, its time written as the document writes
   * its times (its zone, else the default zone, else UTC; a date unless the timeline's day is today).
   * A snippet file cannot do this: its clock variables are local time with a numeric offset.
   */
  stamps(replaceLength: number, now: number, defaultZone: string | undefined): CompletionItem[] {
    const time = escapeSnippet(entryTime(this.result, now, defaultZone));
    const previous = this.previousEntry();
    return (Object.entries(LIFECYCLE_WORDS) as [LifecycleRole, readonly string[]][]).map(([role, words], i) => {
      const choices = `\${1|${words.map((w) => w.replace(/[,|$}\\]/g, '\\$&')).join(',')}|}`;
      const { snippet } = this.entrySnippet(previous, time, `${choices} \${2:${WHAT_HAPPENED[role]}}.$0`);
      return this.item(`pm-${role}`, CompletionItemKind.Snippet, snippet, replaceLength, { sort: i, filter: `pm-${role}`, detail: `timeline entry: ${role}, now` });
    });
  }

  private previousEntry(): TimelineEntry | undefined {
    const { timeline } = this.result.document;
    return [...timeline].reverse().find((e) => e.line < this.position.line) ?? timeline[0];
  }

  /** An entry line shaped like `previous` around a time and a text that are already snippet syntax. */
  private entrySnippet(previous: TimelineEntry | undefined, time: string, text: string): { snippet: string; filter: string } {
    const line = entryLine(previous, previous && this.result.document.lines[previous.line], '\u0000T', '\u0000X');
    return { snippet: escapeSnippet(line).replace('\u0000T', time).replace('\u0000X', text), filter: line.replace(/\u0000\w/g, '') };
  }

  private topLevel(): number {
    return this.result.document.allSections.find((s) => s.key && s.form === 'heading' && !s.parent?.key)?.rank ?? 2;
  }

  private enclosingTopSection(): Section | undefined {
    let section = this.enclosing;
    while (section?.parent?.key) section = section.parent;
    return section?.key ? section : undefined;
  }

  private sectionDoc(section: TemplateSection): string {
    return `${section.description}\n\n(${this.result.template.name}${section.required ? ', required' : ''})`;
  }
}

/** Text as a snippet writes it literally. */
function escapeSnippet(text: string): string {
  return text.replace(/[$}\\]/g, '\\$&');
}
