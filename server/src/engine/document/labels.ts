/**
 * Labels written on a line of prose: `**Detection:**` alone (a section), `**Impact:** text` or
 * `Start Time: ...` (a field), and `Root Cause and Resolution:` alone (a section).
 */
export interface LineLabel {
  title: string;
  titleStart: number;
  titleEnd: number;
  form: 'label' | 'colon';
  /** The text after the label on the same line, if any. */
  value?: string;
  valueStart?: number;
  /** A line with no label mark at all, which only the template's exact titles make a section. */
  bare?: boolean;
}

const LIST_MARK = '(?:[-*+]\\s+(?:\\[[ xX]\\]\\s+)?)?';
/**
 * Matched against the line without its trailing white space, so that no two unbounded runs of
 * white space sit side by side: `**` and 8 KB of spaces once took seconds to reject.
 */
const BOLD_ALONE = new RegExp(`^(\\s*${LIST_MARK})(\\*\\*|__)([^*_\\n]{1,80}?)\\2\\s*:?$`);
const BOLD_FIELD = new RegExp(`^(\\s*${LIST_MARK})(\\*\\*|__)([^*_\\n]{1,60}?)(:?)\\s{0,8}\\2(:?)\\s*(\\S.*)$`);
const PLAIN_FIELD = new RegExp(`^(\\s*${LIST_MARK})([A-Za-z][\\w ()/&'’.-]{0,40}?)\\s{0,8}:\\s+(\\S.*)$`);
const COLON_ALONE = /^(\s*)([A-Za-z][^:]{0,70}?)\s*:$/;
/** A label alone is short: a longer line is prose, and is not tried against the label patterns. */
const MAX_LABEL_LINE = 200;
const MAX_LABEL_WORDS = 8;
const MAX_FIELD_KEY_WORDS = 5;

function words(text: string): number {
  return text.trim().split(/\s+/).length;
}

export function readLabel(line: string): LineLabel | undefined {
  const trimmed = line.trimEnd();
  const short = trimmed.trimStart().length <= MAX_LABEL_LINE;
  let m = short ? BOLD_ALONE.exec(trimmed) : null;
  if (m) {
    const title = m[3].trim().replace(/:$/, '').trim();
    const titleStart = line.indexOf(m[3], m[1].length);
    if (title && words(title) <= MAX_LABEL_WORDS) return { title, titleStart, titleEnd: titleStart + title.length, form: 'label' };
  }
  m = BOLD_FIELD.exec(line);
  if (m && (m[4] || m[5])) {
    const title = m[3].trim();
    const titleStart = line.indexOf(m[3], m[1].length);
    const valueStart = line.length - m[6].length;
    if (words(title) <= MAX_FIELD_KEY_WORDS) {
      return { title, titleStart, titleEnd: titleStart + title.length, form: 'label', value: m[6].trimEnd(), valueStart };
    }
  }
  m = short ? COLON_ALONE.exec(trimmed) : null;
  if (m && !/\d{1,2}:\d{2}|https?$/i.test(m[2]) && words(m[2]) <= MAX_LABEL_WORDS) {
    const titleStart = m[1].length;
    return { title: m[2].trim(), titleStart, titleEnd: titleStart + m[2].trim().length, form: 'colon' };
  }
  m = PLAIN_FIELD.exec(line);
  if (m && words(m[2]) <= MAX_FIELD_KEY_WORDS && !/^(?:https?|mailto)$/i.test(m[2])) {
    const title = m[2].trim();
    const titleStart = m[1].length;
    return { title, titleStart, titleEnd: titleStart + title.length, form: 'colon', value: m[3].trimEnd(), valueStart: line.length - m[3].length };
  }
  return undefined;
}
