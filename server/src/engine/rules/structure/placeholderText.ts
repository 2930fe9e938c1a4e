import type { PostmortemDocument } from '../../model';
import type { Rule } from '../rule';
import { proseMatches } from '../../query/proseLines';
import { sectionAt } from '../../query/sections';

interface Placeholder {
  pattern: RegExp;
  /** What to tell the writer, given the text found. */
  advice: (found: string) => string;
}

/**
 * Markers people leave to come back to, and the placeholders our own scaffolds insert. The
 * markers are upper case only: "a todo list" is prose, "TODO" is a note to self. A run of
 * question marks counts only standing alone ("affected ?? users"), not after a word ("why??").
 */
const PLACEHOLDERS: readonly Placeholder[] = [
  { pattern: /\b(?:TODO|TBD|TBA|TBC|FIXME)\b(?!s\b|\s+(?:[Ll]ist|[Ii]tems?)\b)/g, advice: (t) => `"${t}" left in the text; write what it stands for before the review` },
  { pattern: /(?<![\w?])\?{2,}(?!\?)/g, advice: (t) => `"${t}" stands in for a fact; fill it in, or say it is unknown and why` },
  { pattern: /\b(?:HH|hh|XX|xx):(?:MM|mm|XX|xx)(?::(?:SS|ss|XX|xx))?\b/g, advice: (t) => `Placeholder time "${t}"; write the actual time with its zone` },
  { pattern: /\bYYYY-MM-DD\b|\bMonth D, YYYY\b/g, advice: (t) => `Placeholder date "${t}"; write the actual date` },
  { pattern: /\[(?:describe|insert|add|enter|fill in|write|explain|your)\b[^\]\n]*\](?!\()/gi, advice: (t) => `Template prompt "${t}" is still here; replace it with your own text` },
  { pattern: /<(?:describe|insert|add|enter|fill in|write|explain|your)\b[^>\n]*>/gi, advice: (t) => `Template prompt "${t}" is still here; replace it with your own text` },
  { pattern: /\blorem ipsum\b/gi, advice: () => 'Filler text "Lorem ipsum"; replace it with what happened' },
];

export const placeholderText: Rule = {
  id: 'PM003',
  alias: 'placeholder-text',
  description: 'Placeholder text (TODO, TBD, HH:MM, [describe ...], Lorem ipsum) is left in.',
  defaultLevel: 'warning',
  tags: ['structure', 'content'],
  fixable: false,
  defaultOptions: {},
  rationale:
    'A postmortem goes to review and then to people outside the team; a `TBD` in the impact or an `HH:MM` in the timeline tells them the facts are not in yet. ' +
    'This rule finds the markers writers leave for themselves (`TODO`, `TBD`, `TBA`, `TBC`, `FIXME`, in capitals), question marks standing in for a value (`??`), ' +
    'placeholder times and dates (`HH:MM`, `XX:XX`, `YYYY-MM-DD`), template prompts (`[describe the impact]`, `<insert timeline>`) and `Lorem ipsum`.\n\n' +
    'Code blocks, inline code, HTML comments and front matter are not read, so a note to yourself can stay in a comment. ' +
    '"TODO" used as a noun ("TODO list", "TODOs") and a matched section titled with the word itself (a "TODO" section for the tasks) are not placeholders.',
  check({ document, report }) {
    for (const { pattern, advice } of PLACEHOLDERS) {
      for (const m of proseMatches(document, pattern)) {
        if (isSectionTitle(document, m.line, m.start, m.text)) continue;
        const where = sectionAt(document, m.line);
        report({
          message: `${advice(m.text)}${where ? ` (in "${where.title}")` : ''}.`,
          range: { start: { line: m.line, character: m.start }, end: { line: m.line, character: m.end } },
        });
      }
    }
  },
};

/** A matched section titled with the word itself ("## TODO" for the tasks) is a name, not a gap. */
function isSectionTitle(document: PostmortemDocument, line: number, at: number, text: string): boolean {
  return document.allSections.some((s) => s.key && s.line === line && s.titleRange.start.character <= at && s.title.trim().toUpperCase() === text.toUpperCase());
}
