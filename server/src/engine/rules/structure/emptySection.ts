import type { PostmortemDocument, Section } from '../../model';
import type { Template } from '../../templates/template';
import type { Rule } from '../rule';
import { hasContent, templateParentKey, templateSection } from '../sectionHelpers';
import { maskedLines } from '../proseLines';

export const emptySection: Rule = {
  id: 'PM002',
  alias: 'empty-section',
  description: 'A template section is there but has nothing in it.',
  defaultLevel: 'warning',
  tags: ['structure'],
  fixable: false,
  defaultOptions: {},
  rationale:
    'An empty heading promises the reader something the document does not deliver, and usually marks a part the writer meant to come back to. ' +
    'A section has content when its own lines, the text after its label (`**Impact:** 30% of users`), or any of its sub-sections say something; ' +
    'HTML comments do not count, code blocks do. Writers often put a section\'s parts at its own level ("### Timeline" then "### Detection", ' +
    'or "Improvements:" then "Automated renewal:"); titles that follow it and are its parts in the template, repeat its name ("Corrective Measures" after ' +
    '"Corrective and Preventative Measures"), or are not in the template at all, count as its content ' +
    'until the next section the template knows.\n\n' +
    'When a section and all its sub-sections are empty, only the outer one is reported. Write what the template asks for there, or remove the heading.',
  check({ document, template, report }) {
    const { withoutComments } = maskedLines(document);
    const empty = new Set<Section>();
    for (const section of document.allSections) {
      if (!section.key || hasContent(section, withoutComments) || partsHaveContent(document, template, section, withoutComments)) continue;
      empty.add(section);
      // The outer section already says it: one finding for one gap.
      if (section.parent && empty.has(section.parent)) continue;
      const expected = templateSection(template, section.key)?.description;
      report({
        message: `Section "${section.title}" is empty${expected ? `; it should say: ${lowerFirst(expected)}` : '.'}`,
        range: section.titleRange,
      });
    }
  },
};

/** The sections written after it, at its level or above, that still belong to it. */
function partsHaveContent(document: PostmortemDocument, template: Template, section: Section, lines: readonly string[]): boolean {
  for (const next of document.allSections) {
    if (next.line < section.endLine) continue;
    if (next.form === 'heading' && section.form === 'heading' && next.rank < section.rank) return false;
    const belongs = next.key === undefined || next.key === section.key || templateParentKey(template, next.key) === section.key;
    if (!belongs) return false;
    if (hasContent(next, lines)) return true;
  }
  return false;
}

function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text[0].toLowerCase() + text.slice(1) : text;
}
