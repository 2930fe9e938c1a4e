/**
 * User text made safe for the two pictures. Mermaid has no quoting for gantt task names: a colon
 * ends the name, `;` and a newline end the statement, `%%` starts a comment, `#` starts an entity
 * and `<`, `>`, `&`, `"` reach the renderer's HTML sanitizer. Mermaid's own entity codes
 * (`#58;`) survive its parser and are turned back into the characters when it draws, so the text
 * reads as written on GitHub instead of being cut or dropped.
 */
const MERMAID_SPECIAL = /[:;#%<>&"`\\{}[\]|]/g;

export function mermaidText(text: string, maxLength = 80): string {
  return shorten(oneLine(text), maxLength).replace(MERMAID_SPECIAL, (c) => `#${c.codePointAt(0)};`);
}

const XML_ENTITIES: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' };

/** Text for an SVG text node or attribute; characters XML 1.0 forbids are dropped, not escaped. */
export function xmlText(text: string): string {
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '').replace(/[<>&"']/g, (c) => XML_ENTITIES[c]);
}

/** Runs of whitespace, line breaks and control characters become one space. */
export function oneLine(text: string): string {
  return text.replace(/[\s\u0000-\u001F\u007F\u2028\u2029]+/g, ' ').trim();
}

/** At most `max` characters, cut at a word where one is near, never inside a surrogate pair. */
export function shorten(text: string, max: number): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  const cut = chars.slice(0, max - 1).join('');
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}
