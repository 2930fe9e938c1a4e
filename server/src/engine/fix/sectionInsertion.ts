import type { PostmortemDocument, Section } from '../model';
import type { Template, TemplateSection } from '../templates/template';
import type { TextEdit } from '../rules/rule';
import { isPresent, sectionsByKey } from '../query/sections';
import { snippetToText } from './snippet';
import { closingLine, lineEnding } from './openBlock';
import { keepLineBreak } from './loneCr';
import { textAfterIsIndented } from './insertLines';

export interface SectionInsertion {
  /** The line the section is inserted before (the document's line count: at the end). */
  line: number;
  /** The heading's text and body, as a snippet with tab stops. */
  snippet: string;
}

/**
 * Where a missing top-level section goes: before the first present section that the template
 * orders after it, else after the last present one, at the heading level the document uses.
 */
export function planSectionInsertion(document: PostmortemDocument, template: Template, section: TemplateSection): SectionInsertion {
  const found = sectionsByKey(document);
  const order = template.sections;
  const index = order.findIndex((s) => s.key === section.key);
  // A minimum, not a sort: a document can repeat a section thousands of times.
  const firstOf = (s: TemplateSection): Section | undefined => {
    let first: Section | undefined;
    for (const t of [s, ...(s.children ?? [])]) for (const section of found.get(t.key) ?? []) if (!first || section.line < first.line) first = section;
    return first;
  };
  const later = order.slice(index + 1).filter((s) => isPresent(s, found)).map(firstOf).filter((s): s is Section => !!s);
  const earlier = order.slice(0, Math.max(0, index)).filter((s) => isPresent(s, found)).map(firstOf).filter((s): s is Section => !!s);
  const before = later.sort((a, b) => a.line - b.line)[0];
  const after = earlier.sort((a, b) => b.endLine - a.endLine)[0];
  // A heading written above a label ("Root Cause:") would take the label in as its own part, so
  // the section the label stood for would go missing: then the new section goes at the end. So it
  // does above an indented line, which the scaffold's closing list would take in as its own.
  const placed = before ? (before.form === 'heading' ? before.line : document.lines.length) : after ? after.endLine : document.lines.length;
  const line = textAfterIsIndented(document.lines, placed) ? document.lines.length : placed;
  const level = headingLevel(document, before ?? after);
  const snippet = `${'#'.repeat(level)} ${section.title}\n\n${section.scaffold.trimEnd()}\n\n`;
  return { line, snippet };
}

function headingLevel(document: PostmortemDocument, neighbour: Section | undefined): number {
  if (neighbour?.form === 'heading') return neighbour.rank;
  const sibling = document.allSections.find((s) => s.key && s.form === 'heading' && !s.parent?.key);
  return sibling?.rank ?? 2;
}

/** The plain-text edit that inserts a missing section (tab stops filled with their placeholders). */
export function sectionInsertion(document: PostmortemDocument, template: Template, section: TemplateSection): TextEdit {
  const plan = planSectionInsertion(document, template, section);
  const eol = lineEnding(document);
  let text = snippetToText(plan.snippet).replace(/\n/g, eol);
  let position = { line: plan.line, character: 0 };
  // Right under a line of text the heading could be taken into what is above (an HTML block runs
  // to the next blank line), so a blank line goes first.
  if (plan.line > 0 && plan.line < document.lines.length && document.lines[plan.line - 1].trim() !== '') text = eol + text;
  if (plan.line >= document.lines.length) {
    const last = document.lines.length - 1;
    position = { line: last, character: document.lines[last].length };
    const close = closingLine(document.lines, document.frontMatter?.endLine);
    text = separatorAfter(document, last, eol) + (close === undefined ? '' : close + eol + eol) + text.trimEnd() + eol;
  }
  // At the start of a line after a lone CR, an LF written first would join it into one CRLF and take
  // away the blank line the heading needs (after an HTML block, it would be swallowed).
  if (position.character === 0) text = keepLineBreak(document, position.line, text);
  return { range: { start: position, end: position }, newText: text };
}

/**
 * What goes between the last line and a section appended after it: a blank line after text; a
 * line break after white space alone, which would otherwise indent the heading into a code block.
 */
function separatorAfter(document: PostmortemDocument, last: number, eol: string): string {
  const { lines } = document;
  if (lines[last].trim()) return eol + eol;
  if (lines[last] !== '') return eol;
  return last > 0 && lines[last - 1].trim() ? eol : '';
}
