import type { Position, Range } from '../model';

/** A step into JSON: a member name of an object, or an index into an array. */
export type JsonPath = readonly (string | number)[];

/** Where a value sits in the text, and its member name when it is one. */
export interface JsonLocation {
  key?: Range;
  value: Range;
}

type Span = readonly [number, number];

/**
 * Finds the value at `path` in text that JSON.parse accepted, so a problem found in the parsed
 * value can be shown where the user wrote it. A name written twice is found where it is written
 * last, the one JSON.parse keeps. Undefined when the path is not in the text.
 */
export function locateJson(text: string, path: JsonPath): JsonLocation | undefined {
  const wanted = JSON.stringify(path);
  let found: { key?: Span; value: Span } | undefined;
  try {
    walkJson(text, (at, key, value) => {
      if (JSON.stringify(at) === wanted) found = { key, value };
    });
  } catch {
    // Only nesting deeper than the stack can throw here; such a file is shown without a place.
    return undefined;
  }
  if (!found) return undefined;
  const range = ([from, to]: Span): Range => ({ start: positionAt(text, from), end: positionAt(text, to) });
  return { key: found.key && range(found.key), value: range(found.value) };
}

/** The LSP position of an offset: JavaScript indices are UTF-16 code units, as LSP columns are. */
export function positionAt(text: string, offset: number): Position {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length - 1, character: offset - lineStart };
}

/** Visits every value of valid JSON with its path, its member name's span and its own span. */
function walkJson(text: string, visit: (path: JsonPath, key: Span | undefined, value: Span) => void): void {
  let at = 0;
  const skipSpace = () => {
    while (at < text.length && /\s/.test(text[at])) at++;
  };
  const skipString = () => {
    at++;
    while (at < text.length && text[at] !== '"') at += text[at] === '\\' ? 2 : 1;
    at++;
  };
  const value = (path: JsonPath, key?: Span): void => {
    skipSpace();
    const start = at;
    const open = text[at];
    if (open === '{' || open === '[') {
      at++;
      skipSpace();
      for (let index = 0; text[at] !== (open === '{' ? '}' : ']'); index++) {
        if (open === '{') {
          const keyStart = at;
          skipString();
          const name = JSON.parse(text.slice(keyStart, at)) as string;
          const keySpan: Span = [keyStart, at];
          skipSpace();
          at++; // the colon
          value([...path, name], keySpan);
        } else value([...path, index]);
        skipSpace();
        if (text[at] === ',') at++;
        skipSpace();
      }
      at++;
    } else if (open === '"') skipString();
    else while (at < text.length && !/[\s,\]}]/.test(text[at])) at++;
    visit(path, key, [start, at]);
  };
  value([]);
}
