import type { PostmortemDocument, Section } from '../../model';
import type { Rule } from '../rule';
import { allLines, hasContent, sectionsWithRole } from '../../query/sections';
import { maskedLines } from '../../query/proseLines';

/**
 * Any digit (30%, 1,200 users, for 2 hours, 10:00 to 11:00), a number word, or a word that says
 * how much of the whole (all users, every customer, half the requests).
 */
const QUANTITY = new RegExp(
  [
    '\\d',
    '\\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|ninety|hundreds?|thousands?|millions?|dozens?|half|quarter|third)\\b',
    '\\b(?:all|every|entire|whole|none|nobody|majority|most|each)\\b',
    '\\bno\\s+["“‘]?(?:users?|customers?|clients?|one|requests?|data|accounts?)\\b',
  ].join('|'),
  'i',
);

export const impactNotQuantified: Rule = {
  id: 'PM020',
  alias: 'impact-not-quantified',
  description: 'The impact says what broke but not how much: no share, count or length of time.',
  defaultLevel: 'warning',
  tags: ['content'],
  fixable: false,
  defaultOptions: {},
  rationale:
    '"Users could not log in" could be one user for a minute or everyone for a day; the people who set priorities need the size. ' +
    'Every template asks for it: the ALX rubric wants the % of users affected, Google SRE wants numbers, PagerDuty an impact table. ' +
    'The impact section (or, with none, the summary) counts as quantified when it has any number ("30%", "1,200 users", "for 2 hours"), ' +
    'a number word ("two regions", "thousands of"), or a word for how much of the whole ("all users", "every customer", "half of the requests", "no customers").\n\n' +
    'The check is generous on purpose: it asks that a size is there, not that it is right. An empty section is left to PM002.',
  check({ document, template, report }) {
    const { prose, withoutComments } = maskedLines(document);
    const impact = sectionsWithRole(document, template, 'impact');
    const sections = impact.length ? impact : sectionsWithRole(document, template, 'summary');
    for (const section of outermost(sections)) {
      if (!hasContent(section, withoutComments) || QUANTITY.test(textOf(section, prose))) continue;
      report({
        message: `"${section.title}" does not say how much: add the share of users or requests affected, how many, and for how long ("30% of logins failed for 2 hours").`,
        range: section.titleRange,
      });
    }
  },
};

/** A section inside another of the list is read as part of it. */
function outermost(sections: readonly Section[]): Section[] {
  const set = new Set(sections);
  return sections.filter((s) => {
    for (let p = s.parent; p; p = p.parent) if (set.has(p)) return false;
    return true;
  });
}

function textOf(section: Section, prose: PostmortemDocument['lines']): string {
  return [section.inlineText ?? '', ...allLines(section).map((line) => prose[line])].join('\n');
}
