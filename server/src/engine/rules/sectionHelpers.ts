import type { PostmortemDocument, Range, Section } from '../model';
import type { Template, TemplateSection, SectionRole } from '../templates/template';
import { walkSections } from '../templates/template';

/** The document's sections matched to a template section, by key. */
export function sectionsByKey(document: PostmortemDocument): Map<string, Section[]> {
  const map = new Map<string, Section[]>();
  for (const section of document.allSections) {
    if (!section.key) continue;
    const list = map.get(section.key) ?? [];
    list.push(section);
    map.set(section.key, list);
  }
  return map;
}

/** A template section counts as present when it, or one of its sub-sections, is in the document. */
export function isPresent(section: TemplateSection, found: ReadonlyMap<string, Section[]>): boolean {
  return found.has(section.key) || (section.children ?? []).some((c) => isPresent(c, found));
}

export function sectionsWithRole(document: PostmortemDocument, template: Template, role: SectionRole): Section[] {
  const keys = new Set([...walkSections(template.sections)].filter((s) => s.role === role).map((s) => s.key));
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

/** Findings about the whole document stand on its title, else on its first line. */
export function documentAnchor(document: PostmortemDocument): Range {
  return document.title?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: document.lines[0]?.length ?? 0 } };
}
