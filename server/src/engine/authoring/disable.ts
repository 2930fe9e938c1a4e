import type { PostmortemDocument } from '../model';
import type { TextEdit } from '../rules/rule';
import { insertLines } from '../fix/insertLines';

/**
 * Inline switches the engine reads (see rules/disableComments.ts). A comment line goes above the
 * finding's line, indented like it; in a table row, where a line of its own would split the table,
 * it goes at the end of the row; in front matter it is a YAML comment.
 */
export function disableForLineEdit(document: PostmortemDocument, line: number, ruleId: string): TextEdit {
  const text = document.lines[line] ?? '';
  if (/^\s*\|/.test(text)) {
    const end = { line, character: text.length };
    return { range: { start: end, end }, newText: ` <!-- postmortem-disable-line ${ruleId} -->` };
  }
  // `endLine` is the line after the closing `---`.
  const inFrontMatter = document.frontMatter && line > document.frontMatter.startLine && line < document.frontMatter.endLine - 1;
  const indent = /^\s*/.exec(text)?.[0] ?? '';
  const comment = `<!-- postmortem-disable-next-line ${ruleId} -->`;
  return insertLines(document, line, [inFrontMatter ? `${indent}# ${comment}` : `${indent}${comment}`]);
}

const DISABLE_FILE = /<!--\s*postmortem-disable-file\b([^>]*?)-->/;

/** Adds the rule to the file's `postmortem-disable-file` comment, or writes one below the front matter. */
export function disableForFileEdit(document: PostmortemDocument, ruleId: string): TextEdit {
  const existing = document.lines.findIndex((l) => DISABLE_FILE.test(l));
  if (existing >= 0) {
    const m = DISABLE_FILE.exec(document.lines[existing])!;
    const names = m[1].trim();
    const at = { line: existing, character: m.index + m[0].length - 3 - (m[1].length - m[1].trimEnd().length) };
    // A bare `postmortem-disable-file` already turns every rule off.
    if (!names) return { range: { start: at, end: at }, newText: '' };
    return { range: { start: at, end: at }, newText: ` ${ruleId}` };
  }
  const line = document.frontMatter?.endLine ?? 0;
  return insertLines(document, line, [`<!-- postmortem-disable-file ${ruleId} -->`]);
}
