import type { PostmortemDocument, Section } from '../../model';
import type { Template } from '../../templates/template';
import type { Rule } from '../rule';
import { bodyLines, sectionsByKey, templateSection } from '../../query/sections';
import { maskedLines } from '../../query/proseLines';
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
      const umbrella = umbrellaReach(document, first);
      for (const [i, section] of sections.entries()) {
        if (i === 0 || isPart(template, matcher, key, first, section, umbrella)) continue;
        // A copy inside a reported copy is the same paste: the outermost finding says it.
        if (hasAncestor(section, (r) => reported.has(r))) continue;
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

function isPart(template: Template, matcher: SectionMatcher, key: string, first: Section, section: Section, umbrella: number): boolean {
  // Inside an earlier section with the same key (an ancestor always starts earlier).
  if (hasAncestor(section, (a) => a.key === key)) return true;
  if (section.inlineText !== undefined && first.inlineText !== undefined) return true;
  if (sharedTitle(template, section.title) || sharedTitle(template, first.title)) return true;
  const asPart = matcher.match(section.title, [key]);
  if (asPart && asPart.key !== key && templateSection(template, key)?.children?.includes(asPart)) return true;
  return section.line <= umbrella;
}

/**
 * A title the template gives to two sections (ALX has a "Root Cause" in the summary and another
 * under "Root Cause and Resolution") cannot tell which one the writer meant, so two of them are
 * most likely one of each, as the rubric asks.
 */
function sharedTitle(template: Template, title: string): boolean {
  return sharedTitles(template).has(normalizeTitle(title));
}

const shared = new WeakMap<Template, Set<string>>();

/** The normalised titles the template gives to more than one section, worked out once per template. */
function sharedTitles(template: Template): Set<string> {
  let titles = shared.get(template);
  if (!titles) {
    const keysByTitle = new Map<string, Set<string>>();
    for (const s of walkSections(template.sections)) {
      for (const title of new Set([s.title, ...s.aliases].map(normalizeTitle))) {
        keysByTitle.set(title, (keysByTitle.get(title) ?? new Set()).add(s.key));
      }
    }
    titles = new Set([...keysByTitle].filter(([, keys]) => keys.size > 1).map(([title]) => title));
    shared.set(template, titles);
  }
  return titles;
}

/**
 * "Measures:" with nothing under it, then "Corrective Measures:" and "Preventative Measures:": a
 * later section splits the empty umbrella `first` when every section between them is untitled for
 * the template, the same section, or inside `first`. The last line such a section can start on
 * (-1 when `first` has content), found in one walk rather than once per later section.
 */
function umbrellaReach(document: PostmortemDocument, first: Section): number {
  const lines = maskedLines(document).withoutComments;
  if (first.inlineText || bodyLines(first).some((line) => /[\p{L}\p{N}]/u.test(lines[line]))) return -1;
  for (const s of document.allSections) {
    if (s.line <= first.line) continue;
    if (!(s.key === undefined || s.key === first.key || hasAncestor(s, (a) => a === first))) return s.line;
  }
  return Infinity;
}

function hasAncestor(section: Section, test: (ancestor: Section) => boolean): boolean {
  for (let s = section.parent; s; s = s.parent) if (test(s)) return true;
  return false;
}
