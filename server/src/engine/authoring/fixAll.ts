import type { Position } from '../model';
import type { Fix, TextEdit } from '../rules/rule';
import { lint, type Diagnostic, type LintResult } from '../lint';
import type { ResolvedConfig } from '../config/resolveConfig';
import { applyEdits } from '../fix/applyEdits';

/** A safety net only: passes end when the text stops changing or no fix is left to try. */
export const MAX_FIX_PASSES = 20;

export interface FixAllOutcome {
  text: string;
  /** How many fixes were applied, over all passes. */
  fixed: number;
  passes: number;
  /** The lint of the final text: what remains. */
  result: LintResult;
}

/**
 * Every fix at once, for `postmortem lint --fix` and the editor's fix-all alike. Each pass applies
 * whole fixes whose edits neither overlap nor touch one already taken, then lints again; the rest
 * are computed again against the changed text. A fix whose finding is still there after it was
 * applied is not applied again (it would write the same text once per pass), and the passes stop
 * when the text stops changing. `accept` picks which fixes may run (the CLI takes the safe ones).
 */
export function fixAll(text: string, config: ResolvedConfig, first: LintResult = lint(text, config), accept: (fix: Fix) => boolean = () => true): FixAllOutcome {
  let result = first;
  let fixed = 0;
  let passes = 0;
  const stuck = new Set<string>();
  while (passes < MAX_FIX_PASSES) {
    const before = countBySignature(result.diagnostics);
    const fixes = compatibleFixes(result.diagnostics.filter((d) => d.fix && accept(d.fix) && !stuck.has(signature(d, d.fix))));
    if (fixes.length === 0) break;
    const next = applyEdits(text, fixes.flatMap((d) => d.fix!.edits));
    if (next.text === text) break;
    text = next.text;
    fixed += fixes.length;
    passes++;
    result = lint(text, config);
    // A fix that did not lower the number of its findings survived its application.
    const after = countBySignature(result.diagnostics);
    for (const d of fixes) {
      const key = signature(d, d.fix!);
      if ((after.get(key) ?? 0) >= (before.get(key) ?? 0)) stuck.add(key);
    }
  }
  return { text, fixed, passes, result };
}

function countBySignature(diagnostics: readonly Diagnostic[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const d of diagnostics) if (d.fix) counts.set(signature(d, d.fix), (counts.get(signature(d, d.fix)) ?? 0) + 1);
  return counts;
}

/** A finding and its fix, as far as they survive other edits: not their positions, which move. */
function signature(diagnostic: Diagnostic, fix: Fix): string {
  return [diagnostic.code, diagnostic.message, fix.title, ...fix.edits.map((e) => e.newText)].join('\u0000');
}

/** The findings whose fixes can be applied together with the ones before them. */
function compatibleFixes(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const taken: Diagnostic[] = [];
  for (const diagnostic of diagnostics) {
    const edits = diagnostic.fix!.edits;
    if (!edits.length) continue;
    if (taken.some((d) => d.fix!.edits.some((a) => edits.some((b) => touches(a, b))))) continue;
    taken.push(diagnostic);
  }
  return taken;
}

function touches(a: TextEdit, b: TextEdit): boolean {
  return !(before(a.range.end, b.range.start) || before(b.range.end, a.range.start));
}

function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

/**
 * The one edit that turns `before` into `after`, replacing only the span that changed, so an
 * editor keeps the cursor and folds outside it where they were. Undefined when nothing changed.
 */
export function replacementEdit(before: string, after: string): TextEdit | undefined {
  if (before === after) return undefined;
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

function positionAt(text: string, offset: number): Position {
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
