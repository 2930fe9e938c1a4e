/**
 * What must hold for any document, however broken: the engine does not throw, every range is
 * inside the document, every offered fix applies, removes its finding and keeps the text it
 * replaces, fix-all converges, and the metrics are finite and not negative.
 */
import assert from 'node:assert/strict';
import { applyEdits, findPreset, fixAll, lint, resolveConfig, type ConfigFile, type Diagnostic, type LintResult, type Position, type Range, type ResolvedConfig, type TextEdit } from '../../server/src/engine';
import type { FuzzCase } from './documents';

/** Lines as an LSP client counts them: CRLF, CR and LF each end one. */
function lineLengths(text: string): number[] {
  return text.split(/\r\n|\r|\n/).map((l) => l.length);
}

function isRange(value: unknown): value is Range {
  const r = value as Range;
  return !!r && typeof r === 'object' && typeof r.start?.line === 'number' && typeof r.end?.character === 'number';
}

/** Every range the result holds: findings, fixes' edits, and any range anywhere in the model. */
function* ranges(value: unknown, path: string, seen = new Set<unknown>()): Generator<[string, Range]> {
  if (!value || typeof value !== 'object' || seen.has(value)) return;
  seen.add(value);
  if (isRange(value)) {
    yield [path, value];
    return;
  }
  for (const [key, child] of Object.entries(value)) {
    if (key === 'text' || key === 'lines' || key === 'parent') continue;
    yield* ranges(child, `${path}.${key}`, seen);
  }
}

function inside(lengths: readonly number[], p: Position): boolean {
  return Number.isInteger(p.line) && Number.isInteger(p.character) && p.line >= 0 && p.line < lengths.length && p.character >= 0 && p.character <= lengths[p.line];
}

function notAfter(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character <= b.character);
}

export function assertRangesInside(text: string, result: LintResult): void {
  const lengths = lineLengths(text);
  for (const [path, range] of ranges({ diagnostics: result.diagnostics, document: result.document }, 'result')) {
    assert.ok(inside(lengths, range.start) && inside(lengths, range.end) && notAfter(range.start, range.end), `${path} ${JSON.stringify(range)} is not inside the document (line lengths ${JSON.stringify(lengths.slice(0, 20))})`);
  }
}

export function assertMetricsSound(result: LintResult): void {
  for (const [key, value] of Object.entries(result.metrics)) {
    if (typeof value === 'number') assert.ok(Number.isFinite(value) && value >= 0, `metric ${key} is ${value}`);
  }
}

/** Non-space characters other than digits (a sort renumbers a list), counted. */
function characters(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const c of text.replace(/[\s\d]/g, '')) counts.set(c, (counts.get(c) ?? 0) + 1);
  return counts;
}

/** The text an edit replaces all survives in its new text: a fix adds or moves, never deletes. */
function assertKeepsText(text: string, edit: TextEdit, code: string): void {
  const offsets = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 && text.charCodeAt(i + 1) === 10) continue;
    if (c === 10 || c === 13) offsets.push(i + 1);
  }
  const at = (p: Position) => Math.min(text.length, offsets[p.line] + p.character);
  const replaced = characters(text.slice(at(edit.range.start), at(edit.range.end)));
  const written = characters(edit.newText);
  for (const [c, n] of replaced) assert.ok((written.get(c) ?? 0) >= n, `${code}'s fix deletes "${c}" from ${JSON.stringify(text.slice(at(edit.range.start), at(edit.range.end)))}`);
}

function assertFixWorks(text: string, file: ConfigFile, config: ResolvedConfig, result: LintResult, diagnostic: Diagnostic): void {
  const fix = diagnostic.fix!;
  const applied = applyEdits(text, fix.edits);
  assert.equal(applied.skipped, 0, `${diagnostic.code}'s fix "${fix.title}" has overlapping edits`);
  assert.notEqual(applied.text, text, `${diagnostic.code}'s fix "${fix.title}" changes nothing`);
  for (const edit of fix.edits) assertKeepsText(text, edit, diagnostic.code);
  const before = result.diagnostics.filter((d) => d.code === diagnostic.code).length;
  // Judged against the template the fix was made for: with none configured, a section inserted
  // can change which template the document is judged against, and with it what is missing.
  const pinned = findPreset(result.template.id) ? resolveConfig({}, { config: { ...file, template: result.template.id }, source: 'fuzz' }) : config;
  const after = lint(applied.text, pinned).diagnostics.filter((d) => d.code === diagnostic.code).length;
  assert.ok(after < before, `${diagnostic.code} at ${diagnostic.range.start.line + 1}:${diagnostic.range.start.character + 1} survives its fix "${fix.title}" (${before} before, ${after} after):\n${JSON.stringify(applied.text)}`);
}

/** One case: lint, every range, every distinct fix, fix-all twice (the second changes nothing). */
export function checkCase({ text, config: file }: FuzzCase): void {
  const config = resolveConfig({}, { config: file, source: 'fuzz' });
  const result = lint(text, config);
  const crashed = result.diagnostics.find((d) => /^Rule PM\d+ .* failed on this document/.test(d.message));
  assert.equal(crashed, undefined, crashed?.message);
  assertRangesInside(text, result);
  assertMetricsSound(result);
  const tried = new Set<string>();
  for (const diagnostic of result.diagnostics.filter((d) => d.fix)) {
    const key = JSON.stringify([diagnostic.code, diagnostic.fix!.edits]);
    if (tried.has(key)) continue;
    tried.add(key);
    assertFixWorks(text, file, config, result, diagnostic);
  }
  const once = fixAll(text, config, result);
  const twice = fixAll(once.text, config, once.result);
  assert.equal(twice.text, once.text, `fix-all does not converge: a second run changes the text\n${JSON.stringify(once.text)}`);
  assertRangesInside(once.text, once.result);
}
