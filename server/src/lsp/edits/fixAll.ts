import type { TextEdit } from 'vscode-languageserver';
import { applyEdits, lint, type LintResult, type ResolvedConfig } from '../../engine';

const MAX_PASSES = 10;

/**
 * Every fix at once. Fixes may overlap, so this runs as `postmortem --fix` would: apply the ones
 * that do not overlap, re-lint, repeat until nothing is left to fix. The result is one edit that
 * replaces only the span that changed, so the cursor and folds outside it stay put.
 */
export function fixAllEdit(first: LintResult, config: ResolvedConfig): TextEdit | undefined {
  const original = first.document.text;
  let text = original;
  let result = first;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const edits = result.diagnostics.flatMap((d) => d.fix?.edits ?? []);
    if (edits.length === 0) break;
    const applied = applyEdits(text, edits);
    if (applied.applied === 0 || applied.text === text) break;
    text = applied.text;
    result = lint(text, config);
  }
  return text === original ? undefined : minimalEdit(original, text);
}

function minimalEdit(before: string, after: string): TextEdit {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  // Never split a CRLF or a surrogate pair: a position between their halves means nothing to an editor.
  while (start > 0 && (isLowHalf(before, start) || isLowHalf(after, start))) start--;
  let end = 0;
  while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  while (end > 0 && (isLowHalf(before, before.length - end) || isLowHalf(after, after.length - end))) end--;
  return { range: { start: positionAt(before, start), end: positionAt(before, before.length - end) }, newText: after.slice(start, after.length - end) };
}

/** Whether `offset` falls between the two halves of a CRLF or of a surrogate pair. */
function isLowHalf(text: string, offset: number): boolean {
  const previous = text.charCodeAt(offset - 1);
  const next = text.charCodeAt(offset);
  return (previous === 13 && next === 10) || (previous >= 0xd800 && previous <= 0xdbff && next >= 0xdc00 && next <= 0xdfff);
}

function positionAt(text: string, offset: number): { line: number; character: number } {
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, character: offset - lineStart };
}
