import type { Rule } from '../rule';
import { documentAnchor } from '../../query/sections';

export const wordCount: Rule = {
  id: 'PM025',
  alias: 'word-count',
  description: "The document is shorter or longer than the template's word range.",
  defaultLevel: 'info',
  tags: ['content', 'style'],
  fixable: false,
  defaultOptions: {},
  rationale:
    'Some templates set a length: the ALX rubric asks for 400 to 600 words, enough to cover every section and short enough to be read. ' +
    'Words of prose are counted (headings, paragraphs, lists and tables), not code blocks, comments or front matter. ' +
    'Templates without a range, and custom templates without `words`, are not checked.\n\n' +
    'Too short usually means a section is thin (the timeline or the tasks); too long, that the root cause retells the timeline.',
  check({ document, template, report }) {
    const range = template.words;
    if (!range || (document.words >= range.min && document.words <= range.max)) return;
    const advice = document.words < range.min ? `add about ${range.min - document.words}` : `cut about ${document.words - range.max}`;
    report({
      message: `${document.words} words; the ${template.name} asks for ${range.min} to ${range.max} (${advice}).`,
      range: documentAnchor(document),
    });
  },
};
