import type { PostmortemDocument, Range, Section } from '../model';
import type { Template, TemplateSection, SectionRole } from '../templates/template';
import { compileTemplate } from '../templates/compiled';
import { maskedLines } from './proseLines';

const byKey = new WeakMap<PostmortemDocument, ReadonlyMap<string, readonly Section[]>>();

/**
 * The document's sections matched to a template section, by key. Several rules and each missing
 * section's fix ask; a document of thousands of sections is grouped once.
 */
export function sectionsByKey(document: PostmortemDocument): ReadonlyMap<string, readonly Section[]> {
  let map = byKey.get(document);
  if (!map) byKey.set(document, (map = groupByKey(document.allSections)));
  return map;
}

function groupByKey(sections: readonly Section[]): Map<string, Section[]> {
  const map = new Map<string, Section[]>();
  for (const section of sections) {
    if (!section.key) continue;
    const list = map.get(section.key);
    if (list) list.push(section);
    else map.set(section.key, [section]);
  }
  return map;
}

/** A template section counts as present when it, or one of its sub-sections, is in the document. */
export function isPresent(section: TemplateSection, found: ReadonlyMap<string, readonly Section[]>, alsoFound: ReadonlySet<string> = new Set()): boolean {
  return found.has(section.key) || alsoFound.has(section.key) || (section.children ?? []).some((c) => isPresent(c, found, alsoFound));
}

/** The keys that compound titles serve besides their own ("Mitigation and Future Prevention"). */
export function alsoServed(document: PostmortemDocument): ReadonlySet<string> {
  return new Set(document.allSections.map((s) => s.alsoKey).filter((k): k is string => k !== undefined));
}

export function sectionsWithRole(document: PostmortemDocument, template: Template, role: SectionRole): Section[] {
  const keys = compileTemplate(template).keysWithRole(role);
  return document.allSections.filter((s) => s.key !== undefined && keys.has(s.key));
}

/** The lines of a section's own body: after its title, before its first sub-section. */
export function bodyLines(section: Section): number[] {
  const end = section.children.length ? section.children[0].line : section.endLine;
  return Array.from({ length: Math.max(0, end - section.line - 1) }, (_, i) => section.line + 1 + i);
}

/** Every line a section covers, sub-sections included, without its title line. */
export function allLines(section: Section): number[] {
  return Array.from({ length: Math.max(0, section.endLine - section.line - 1) }, (_, i) => section.line + 1 + i);
}

/**
 * Findings about the whole document stand on its title, else on the first line a reader sees:
 * after any front matter, past blank lines and HTML comments.
 */
export function documentAnchor(document: PostmortemDocument): Range {
  if (document.title) return document.title.range;
  // Every finding about the whole document asks; the walk past blank lines is done once.
  let anchor = anchors.get(document);
  if (!anchor) anchors.set(document, (anchor = firstVisibleLine(document)));
  // A copy: a finding's range is its own.
  return { start: { ...anchor.start }, end: { ...anchor.end } };
}

const anchors = new WeakMap<PostmortemDocument, Range>();

function firstVisibleLine(document: PostmortemDocument): Range {
  const visible = maskedLines(document).withoutComments;
  let line = document.frontMatter?.endLine ?? 0;
  // Front matter alone ends past the last line: the anchor stays on the last line there is.
  line = Math.min(line, document.lines.length - 1);
  while (line < document.lines.length - 1 && !visible[line].trim()) line++;
  const text = document.lines[line] ?? '';
  const start = text.length - text.trimStart().length;
  // A line of white space only: an empty range at its end, never one that ends before it starts.
  return { start: { line, character: start }, end: { line, character: Math.max(start, text.trimEnd().length) } };
}

/** The template's section for a key, at any depth. */
export function templateSection(template: Template, key: string | undefined): TemplateSection | undefined {
  return compileTemplate(template).section(key);
}

/** A line says something when it has a letter, a digit or an image once comments are gone. */
const SAYS_SOMETHING = /[\p{L}\p{N}]|!\[/u;

/**
 * Whether a section has anything in it: text on its label's line, a line of its own body, or a
 * sub-section with content. `linesWithoutComments` keeps code: a log excerpt is content.
 */
export function hasContent(section: Section, linesWithoutComments: readonly string[]): boolean {
  if (section.inlineText && SAYS_SOMETHING.test(section.inlineText.replace(/<!--.*?-->/g, ''))) return true;
  // The body's lines walked in place: thousands of empty sections would each build an array.
  const end = section.children.length ? section.children[0].line : section.endLine;
  for (let line = section.line + 1; line < end; line++) if (SAYS_SOMETHING.test(linesWithoutComments[line] ?? '')) return true;
  return section.children.some((child) => hasContent(child, linesWithoutComments));
}

/** The key of the template section that holds `key` as a direct sub-section. */
export function templateParentKey(template: Template, key: string): string | undefined {
  return compileTemplate(template).parent(key)?.key;
}

const innermost = new WeakMap<PostmortemDocument, Array<Section | undefined>>();

/** The innermost section a line stands in. */
export function sectionAt(document: PostmortemDocument, line: number): Section | undefined {
  let byLine = innermost.get(document);
  if (!byLine) {
    byLine = new Array<Section | undefined>(document.lines.length).fill(undefined);
    // Sections come in document order, parents before children: a child overwrites its lines.
    for (const section of document.allSections) byLine.fill(section, section.line, section.endLine);
    innermost.set(document, byLine);
  }
  return byLine[line];
}

/** Whether a section is, or stands inside, one whose template role is `role`. */
export function isWithinRole(section: Section | undefined, template: Template, role: SectionRole): boolean {
  for (let s = section; s; s = s.parent) if (templateSection(template, s.key)?.role === role) return true;
  return false;
}
