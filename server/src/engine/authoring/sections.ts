import type { LintResult } from '../lint';
import type { Section } from '../model';
import type { TextEdit } from '../rules/rule';
import { isPresent, sectionsByKey } from '../query/sections';
import type { TemplateSection } from '../templates/template';
import { compileTemplate } from '../templates/compiled';
import { insertLines, textAfterIsIndented } from '../fix/insertLines';
import { sectionInsertion } from '../fix/sectionInsertion';
import { snippetToText } from '../fix/snippet';
import { lastContentLine } from './lines';

/** The template's top-level sections the document lacks, in the template's order. */
export function missingSections(result: LintResult): TemplateSection[] {
  const found = sectionsByKey(result.document);
  return result.template.sections.filter((s) => !isPresent(s, found));
}

/** The sub-sections a present section lacks, in the template's order. */
export function missingChildren(result: LintResult, section: Section): TemplateSection[] {
  const template = section.key ? findTemplateSection(result, section.key) : undefined;
  if (!template?.children) return [];
  const found = sectionsByKey(result.document);
  return template.children.filter((c) => !isPresent(c, found));
}

export function findTemplateSection(result: LintResult, key: string): TemplateSection | undefined {
  return compileTemplate(result.template).section(key);
}

export function parentOf(result: LintResult, key: string): TemplateSection | undefined {
  return compileTemplate(result.template).parent(key);
}

/** How a sub-section is written under its parent: like its siblings, else one heading level down. */
export function childTitleLine(parent: Section, title: string): string {
  const sibling = parent.children[0];
  if (sibling?.form === 'label' || (!sibling && parent.form !== 'heading')) return `**${title}:**`;
  if (sibling?.form === 'colon') return `${title}:`;
  return `${'#'.repeat(Math.min(6, (sibling?.rank ?? parent.rank + 1)))} ${title}`;
}

/**
 * The edit that inserts a template section with its scaffold: a top-level one where the template
 * orders it (the engine's own placement, shared with PM001's fix), a sub-section at the end of its
 * parent. Undefined when the key is unknown, already present, or its parent is missing, or when
 * the line after the parent is indented (the new section's list would take it in).
 */
export function sectionInsertEdit(result: LintResult, key: string): TextEdit | undefined {
  const section = findTemplateSection(result, key);
  if (!section || sectionsByKey(result.document).has(key)) return undefined;
  const parentTemplate = parentOf(result, key);
  if (!parentTemplate) return sectionInsertion(result.document, result.template, section);
  const parent = result.document.allSections.find((s) => s.key === parentTemplate.key);
  if (!parent) return undefined;
  const { lines } = result.document;
  const end = lastContentLine(lines, parent.line, parent.endLine) + 1;
  // The scaffold's closing list would take in an indented line after it (an indented heading).
  if (textAfterIsIndented(lines, end)) return undefined;
  const body = snippetToText(section.scaffold).trimEnd().split('\n');
  return insertLines(result.document, end, [childTitleLine(parent, section.title), ...body], true);
}
