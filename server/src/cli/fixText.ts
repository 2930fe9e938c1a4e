import { applyEdits, lint, type Diagnostic, type Fix, type LintResult, type Position, type ResolvedConfig, type TextEdit } from '../engine';

/** Enough for fixes that uncover other fixes; a fix that keeps coming back stops here. */
export const MAX_FIX_PASSES = 10;

export interface FixOutcome {
  text: string;
  /** How many fixes were applied, over all passes. */
  fixed: number;
  /** The lint of the final text: what remains. */
  result: LintResult;
}

/**
 * Applies fixes pass by pass until none applies (at most MAX_FIX_PASSES). Each pass applies
 * whole fixes whose edits neither overlap nor touch one already taken; the rest wait for the
 * next pass, where they are computed again against the changed text.
 */
export function fixText(text: string, config: ResolvedConfig, first: LintResult = lint(text, config), accept: (fix: Fix) => boolean = () => true): FixOutcome {
  let result = first;
  let fixed = 0;
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const edits = compatibleFixes(result.diagnostics, accept);
    if (edits.length === 0) break;
    const next = applyEdits(text, edits.flat());
    if (next.text === text) break;
    text = next.text;
    fixed += edits.length;
    result = lint(text, config);
  }
  return { text, fixed, result };
}

/** The edits of each fix that can be applied together with the ones before it. */
function compatibleFixes(diagnostics: readonly Diagnostic[], accept: (fix: Fix) => boolean): TextEdit[][] {
  const taken: TextEdit[][] = [];
  for (const diagnostic of diagnostics) {
    const edits = diagnostic.fix && accept(diagnostic.fix) ? diagnostic.fix.edits : undefined;
    if (!edits?.length) continue;
    if (taken.some((fix) => fix.some((a) => edits.some((b) => touches(a, b))))) continue;
    taken.push(edits);
  }
  return taken;
}

function touches(a: TextEdit, b: TextEdit): boolean {
  return !(before(a.range.end, b.range.start) || before(b.range.end, a.range.start));
}

function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}
