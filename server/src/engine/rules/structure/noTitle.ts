import type { Rule } from '../rule';
import { insertLines } from '../../fix/insertLines';
import { documentAnchor } from '../../query/sections';

export const noTitle: Rule = {
  id: 'PM006',
  alias: 'no-title',
  description: 'The postmortem has no title.',
  defaultLevel: 'warning',
  tags: ['structure'],
  fixable: true,
  defaultOptions: {},
  rationale:
    'The title is what shows in the list of postmortems, in search results and in the link someone pastes in a ticket; "Untitled" or a file name tells the reader nothing. ' +
    'A title is a heading (the first `#` heading, else the first heading of any level), a `title:` in the front matter, ' +
    'or a first line that says what it is ("Postmortem: Checkout outage on March 11").\n\n' +
    'The fix inserts `# Postmortem: [describe the incident]` at the top, after any front matter; replace the prompt with what broke and when.',
  check({ document, report }) {
    if (document.title) return;
    const line = document.frontMatter?.endLine ?? 0;
    report({
      message: 'The postmortem has no title; start it with a heading that names the incident ("# Postmortem: Checkout outage on March 11").',
      range: documentAnchor(document),
      fix: { title: 'Insert a title', edits: [insertLines(document, line, ['# Postmortem: [describe the incident]'], true)] },
    });
  },
};
