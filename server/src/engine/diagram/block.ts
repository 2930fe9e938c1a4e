import type { PostmortemDocument } from '../model';
import type { TextEdit } from '../rules/rule';
import { insertLines } from '../fix/insertLines';
import { lineEnding } from '../fix/openBlock';
import { sectionsByKey } from '../query/sections';
import { DIAGRAM_MARKER, mermaidBlock } from './mermaid';
import { timelinePicture } from './picture';

/** A generated diagram standing in the document: its fence lines, 0-based and inclusive. */
export interface DiagramBlock {
  openLine: number;
  closeLine: number;
  /** The lines between the fences, as written. */
  body: string[];
}

const OPEN = /^ {0,3}(`{3,}|~{3,})\s*mermaid\s*$/i;

/** The first mermaid block that carries our marker; diagrams drawn by hand are never ours. */
export function findDiagramBlock(document: PostmortemDocument): DiagramBlock | undefined {
  const { lines } = document;
  for (let open = 0; open < lines.length; open++) {
    const fence = OPEN.exec(lines[open])?.[1];
    if (!fence) continue;
    const close = lines.findIndex((line, i) => i > open && line.trim().startsWith(fence[0].repeat(fence.length)) && line.trim().replace(/[`~]/g, '') === '');
    if (close < 0) return undefined;
    const body = lines.slice(open + 1, close);
    if (body.some((line) => line.trim().startsWith(DIAGRAM_MARKER))) return { openLine: open, closeLine: close, body };
    open = close;
  }
  return undefined;
}

/** The block the document's timeline draws today; undefined when no entry has a time. */
export function expectedDiagram(document: PostmortemDocument): string[] | undefined {
  const picture = timelinePicture(document);
  return picture && mermaidBlock(picture);
}

/** Whether a generated block no longer matches the timeline (trailing spaces aside). */
export function isOutOfDate(block: DiagramBlock, expected: readonly string[]): boolean {
  const body = expected.slice(1, -1);
  return block.body.length !== body.length || block.body.some((line, i) => line.trimEnd() !== body[i]);
}

/** The edit that brings a generated block up to date, keeping its fences where they stand. */
export function regenerateEdit(document: PostmortemDocument, block: DiagramBlock, expected: readonly string[]): TextEdit {
  const eol = lineEnding(document);
  const end = { line: block.closeLine, character: document.lines[block.closeLine].length };
  return { range: { start: { line: block.openLine, character: 0 }, end }, newText: expected.join(eol) };
}

/**
 * The edit behind "Insert Timeline Diagram": regenerates the block when there is one, else
 * writes it after the timeline section (after the last entry when no section is the template's
 * timeline). Undefined when there is nothing to draw or the block is already up to date.
 */
export function timelineDiagramEdit(document: PostmortemDocument): TextEdit | undefined {
  const expected = expectedDiagram(document);
  if (!expected) return undefined;
  const block = findDiagramBlock(document);
  if (block) return isOutOfDate(block, expected) ? regenerateEdit(document, block, expected) : undefined;
  return insertLines(document, insertionLine(document), expected, true);
}

function insertionLine(document: PostmortemDocument): number {
  const section = sectionsByKey(document).get('timeline')?.[0];
  if (section) return section.endLine;
  const last = Math.max(...document.timeline.map((e) => e.line));
  return document.sections.flatMap(function flatten(s): number[] {
    return [s.endLine, ...s.children.flatMap(flatten)];
  }).filter((end) => end > last).sort((a, b) => a - b)[0] ?? last + 1;
}
