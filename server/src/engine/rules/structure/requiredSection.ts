import type { Rule } from '../rule';
import { alsoServed, documentAnchor, isPresent, sectionsByKey } from '../../query/sections';
import { sectionInsertion } from '../../fix/sectionInsertion';

export const requiredSection: Rule = {
  id: 'PM001',
  alias: 'required-section',
  description: 'A section the template requires is missing.',
  defaultLevel: 'error',
  levelWhenTemplateGuessed: 'warning',
  tags: ['structure'],
  fixable: true,
  defaultOptions: {},
  rationale:
    'Reviewers read a postmortem against its template: a missing timeline or root cause is the first thing they send back. ' +
    'A section counts as present under any of its aliases, in any form (heading, bold label, or a line ending in a colon), ' +
    'a section whose sub-sections are present (the ALX summary as `Duration` and `Impact`) counts too, and so does a title that joins two ' +
    '("Mitigation and Future Prevention" is the resolution and the action items).\n\n' +
    'It is an error when the template is named (`template` in `.postmortemrc.json`, the settings or front matter); when the engine chose the template that fits the document, a missing section is a warning.\n\n' +
    'The fix inserts the section, with its scaffold, where the template orders it.',
  check({ document, template, report }) {
    const found = sectionsByKey(document);
    const also = alsoServed(document);
    for (const section of template.sections) {
      if (!section.required || isPresent(section, found, also)) continue;
      report({
        message: `Missing required section "${section.title}" (${template.name})${section.description.trim() ? `: ${section.description}` : '.'}`,
        range: documentAnchor(document),
        fix: { title: `Insert section "${section.title}"`, edits: [sectionInsertion(document, template, section)] },
      });
    }
  },
};
