const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** What every block below starts with: most lines open none, and skip the patterns. */
const OPENS_BLOCK = /^ {0,3}[`~<]/;
const COMMENT_START = /^ {0,3}<!--/;
/** An HTML block that runs to a blank line: a block-level tag, or a whole tag alone on its line. */
const BLOCK_TAGS = 'address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul';
const HTML_START = new RegExp(`^ {0,3}(?:</?(?:${BLOCK_TAGS})(?:\\s|/?>|$)|(?:<[A-Za-z][A-Za-z0-9-]*(?:\\s[^<>]*)?/?>|</[A-Za-z][A-Za-z0-9-]*\\s*>)\\s*$)`, 'i');
/**
 * CommonMark's HTML blocks that run to a closing string rather than to a blank line: `<?` to `?>`,
 * `<![CDATA[` to `]]>`, `<!DOCTYPE` to `>`, and `<script>`, `<pre>`, `<style>`, `<textarea>` to
 * their end tag. Text appended inside one is not read either.
 */
const RAW_BLOCKS: ReadonlyArray<[RegExp, string]> = [
  [/^ {0,3}<\?/, '?>'],
  [/^ {0,3}<!\[CDATA\[/, ']]>'],
  [/^ {0,3}<![A-Za-z]/, '>'],
  [/^ {0,3}<script(?:\s|>|$)/i, '</script>'],
  [/^ {0,3}<pre(?:\s|>|$)/i, '</pre>'],
  [/^ {0,3}<style(?:\s|>|$)/i, '</style>'],
  [/^ {0,3}<textarea(?:\s|>|$)/i, '</textarea>'],
];

/**
 * The line that closes a code fence, an HTML comment or a raw HTML block the document leaves open at its end, or
 * undefined; `from` skips front matter. Text appended after an unclosed fence or comment is code or hidden, so a section
 * inserted there would not be read, and the finding that asked for it would stay.
 */
export function closingLine(lines: readonly string[], from = 0): string | undefined {
  // Every missing section asks, with the same lines: one scan per document.
  let byStart = closings.get(lines);
  if (!byStart) closings.set(lines, (byStart = new Map()));
  if (!byStart.has(from)) byStart.set(from, scanForClosingLine(lines, from));
  return byStart.get(from);
}

const closings = new WeakMap<readonly string[], Map<number, string | undefined>>();

function scanForClosingLine(lines: readonly string[], from: number): string | undefined {
  let fence: string | undefined;
  let comment = false;
  let raw: string | undefined;
  // An HTML block (`<details>`) runs to the next blank line; a fence inside it is text.
  let html = false;
  for (let i = from; i < lines.length; i++) {
    const line = lines[i];
    if (raw) {
      if (line.toLowerCase().includes(raw)) raw = undefined;
    } else if (html) {
      html = line.trim() !== '';
    } else if (fence) {
      const marker = FENCE.exec(line)?.[1];
      if (marker && marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker) fence = undefined;
    } else if (comment) {
      if (line.includes('-->')) comment = false;
    } else if (!OPENS_BLOCK.test(line)) {
      continue;
    } else if (FENCE.test(line)) {
      fence = FENCE.exec(line)![1];
    } else if (COMMENT_START.test(line)) {
      comment = !line.slice(line.indexOf('<!--') + 4).includes('-->');
    } else if (RAW_BLOCKS.some(([start]) => start.test(line))) {
      const closing = RAW_BLOCKS.find(([start]) => start.test(line))![1];
      const opened = line.search(/</);
      raw = line.toLowerCase().indexOf(closing, opened + 2) >= 0 ? undefined : closing;
    } else if (HTML_START.test(line)) {
      html = true;
    }
  }
  return fence ?? (comment ? '-->' : raw);
}

/**
 * The line ending new lines are written with. The model knows LF and CRLF only; a document of
 * lone CRs gets CR, since an LF written right after one of them would join it into one CRLF
 * and swallow the line break the edit meant to add.
 */
export function lineEnding(document: { text: string; eol: '\n' | '\r\n' }): string {
  return document.eol === '\n' && document.text.includes('\r') && !document.text.includes('\n') ? '\r' : document.eol;
}
