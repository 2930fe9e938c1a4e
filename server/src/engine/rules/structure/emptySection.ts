import type { PostmortemDocument, Section } from '../../model';
import type { Template } from '../../templates/template';
import type { Rule } from '../rule';
import { hasContent, templateParentKey, templateSection } from '../../query/sections';
import { maskedLines } from '../../query/proseLines';

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
    const memo: Memo = new Map();
    for (const section of document.allSections) {
      if (!section.key || hasContent(section, withoutComments) || partsHaveContent(document, template, section, withoutComments, memo)) continue;
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

/**
 * The sections written after it, at its level or above, that still belong to it. The walk from a
 * given section depends only on where it starts and on the key, level and form it asks for, so
 * each answer is kept: a thousand "## Timeline" headings in a row are walked once, not a thousand
 * times.
 */
function partsHaveContent(document: PostmortemDocument, template: Template, section: Section, lines: readonly string[], memo: Memo): boolean {
  const sections = document.allSections;
  const signature = `${section.key}\u0000${section.rank}\u0000${section.form === 'heading'}`;
  // Answers by where the walk starts, one table per signature: no string made per step.
  let answers = memo.get(signature);
  if (!answers) memo.set(signature, (answers = new Map()));
  const visited: number[] = [];
  let answer = false;
  for (let i = firstAtOrAfter(sections, section.endLine); i < sections.length; i++) {
    const known = answers.get(i);
    if (known !== undefined) {
      answer = known;
      break;
    }
    visited.push(i);
    const next = sections[i];
    if (next.form === 'heading' && section.form === 'heading' && next.rank < section.rank) break;
    const belongs = next.key === undefined || next.key === section.key || templateParentKey(template, next.key) === section.key;
    if (!belongs) break;
    if (hasContent(next, lines)) {
      answer = true;
      break;
    }
  }
  for (const i of visited) answers.set(i, answer);
  return answer;
}

/** By signature (key, rank, form), then by the index of the section a walk reaches. */
type Memo = Map<string, Map<number, boolean>>;

/** The index of the first section that starts at or after `line` (sections are in line order). */
function firstAtOrAfter(sections: readonly Section[], line: number): number {
  let low = 0;
  let high = sections.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sections[mid].line < line) low = mid + 1;
    else high = mid;
  }
  return low;
}

function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text[0].toLowerCase() + text.slice(1) : text;
}
