/**
 * Front matter of `key: value` lines only, read without the YAML parser, whose cost grows steeply
 * with the keys (seconds for 60,000) while most front matter is a few such lines. Only lines whose
 * reading by YAML 1.2's core schema is certain are taken: a key and a value that start with a
 * letter (a key of at most 201 characters: YAML caps implicit keys at 1,024), a value of words
 * (letters, digits and `_ . , / ( ) -`) separated by single spaces, and neither one of the words
 * the schema reads as a boolean or null. Anything else (quotes, lists, comments, numbers, dates,
 * nesting, blank lines) is left to the parser, for the whole block.
 */
const FLAT_LINE = /^([A-Za-z][A-Za-z0-9_-]{0,200}): ([A-Za-z][A-Za-z0-9_.,/()-]*(?: [A-Za-z0-9_.,/()-]+)*)$/;
/** Plain words YAML 1.2's core schema resolves to a boolean or null rather than a string. */
const NOT_A_STRING = new Set(['true', 'True', 'TRUE', 'false', 'False', 'FALSE', 'null', 'Null', 'NULL']);

/** The mapping YAML would read from `source`, or undefined when a line is not of the flat form. */
export function readFlatYaml(source: string): Record<string, string> | undefined {
  if (source === '') return undefined;
  const data: Record<string, string> = {};
  let from = 0;
  while (from <= source.length) {
    const newline = source.indexOf('\n', from);
    const end = newline < 0 ? source.length : newline;
    const m = FLAT_LINE.exec(source.slice(from, end));
    if (!m || NOT_A_STRING.has(m[1]) || NOT_A_STRING.has(m[2])) return undefined;
    // As YAML with duplicate keys allowed: the last value wins, in the first one's place.
    data[m[1]] = m[2];
    from = end + 1;
  }
  return data;
}
