import type { PostmortemDocument, Section } from '../../model';
import type { Template } from '../../templates/template';
import type { Rule } from '../rule';
import { bodyLines, sectionsByKey, templateSection } from '../sectionHelpers';
import { maskedLines } from '../proseLines';
import { matcherFor, type SectionMatcher } from '../../templates/match';
import { normalizeTitle } from '../../templates/normalize';
import { walkSections } from '../../templates/template';

export const duplicateSection: Rule = {
  id: 'PM004',
  alias: 'duplicate-section',
  description: 'The same template section appears twice.',
  defaultLevel: 'warning',
  tags: ['structure'],
  fixable: false,
  defaultOptions: {},
  rationale:
    'Two timelines or two root-cause sections split what the reader needs in one place, and usually mean a draft was pasted twice or two people wrote the same part. ' +
    'Sections are compared by the template section they match, so titles that look alike but mean different things do not collide: ' +
    'in the ALX rubric, the "Resolution" under the timeline (when it was resolved) is not the "Resolution" under the root cause (how it was fixed).\n\n' +
    'Not reported, because they are parts rather than copies: a heading inside the first one (`## Timeline` then `### Timeline (all times UTC)`); ' +
    'a title that names one of the section\'s own parts ("Action Items" right under "Corrective Measures"); ' +
    'headings that split an empty umbrella heading ("Corrective and Preventative Measures:" then "Corrective Measures:" and "Preventative Measures:"); ' +
    'repeated labels with their text on the same line ("Task: ...", "Task: ..."), which are entries of a list; ' +
    'and titles the template itself uses twice (ALX asks for a one-line "Root Cause" in the summary and a detailed one later). ' +
    'When a whole section is pasted twice, only its outermost copy is reported. Merge the copy into the first.',
  check({ document, template, report }) {
    const matcher = matcherFor(template);
    const reported = new Set<Section>();
    for (const [key, sections] of sectionsByKey(document)) {
      const first = sections[0];
      for (const [i, section] of sections.entries()) {
        if (i === 0 || isPart(document, template, matcher, key, first, section, sections.slice(0, i))) continue;
        // A copy inside a reported copy is the same paste: the outermost finding says it.
        if ([...reported].some((r) => isInside(section, r))) continue;
        reported.add(section);
        const name = templateSection(template, key)?.title ?? section.title;
        report({
          message: `"${section.title}" repeats the ${name} section already at line ${first.line + 1} ("${first.title}"); merge the two so readers find it in one place.`,
          range: section.titleRange,
        });
      }
    }
  },
};

function isPart(document: PostmortemDocument, template: Template, matcher: SectionMatcher, key: string, first: Section, section: Section, earlier: readonly Section[]): boolean {
  if (earlier.some((e) => isInside(section, e))) return true;
  if (section.inlineText !== undefined && first.inlineText !== undefined) return true;
  if (sharedTitle(template, section.title) || sharedTitle(template, first.title)) return true;
  const asPart = matcher.match(section.title, [key]);
  if (asPart && asPart.key !== key && templateSection(template, key)?.children?.includes(asPart)) return true;
  return splitsUmbrella(document, first, section);
}

/**
 * A title the template gives to two sections (ALX has a "Root Cause" in the summary and another
 * under "Root Cause and Resolution") cannot tell which one the writer meant, so two of them are
 * most likely one of each, as the rubric asks.
 */
function sharedTitle(template: Template, title: string): boolean {
  const normal = normalizeTitle(title);
  const keys = new Set<string>();
  for (const s of walkSections(template.sections)) if ([s.title, ...s.aliases].some((a) => normalizeTitle(a) === normal)) keys.add(s.key);
  return keys.size > 1;
}

/** "Measures:" with nothing under it, then "Corrective Measures:" and "Preventative Measures:". */
function splitsUmbrella(document: PostmortemDocument, first: Section, section: Section): boolean {
  const lines = maskedLines(document).withoutComments;
  if (first.inlineText || bodyLines(first).some((line) => /[\p{L}\p{N}]/u.test(lines[line]))) return false;
  const between = document.allSections.filter((s) => s.line > first.line && s.line < section.line);
  return between.every((s) => s.key === undefined || s.key === first.key || isInside(s, first));
}

function isInside(section: Section, ancestor: Section): boolean {
  for (let s = section.parent; s; s = s.parent) if (s === ancestor) return true;
  return false;
}
