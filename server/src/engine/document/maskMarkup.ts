/** HTML tags, entities and emoji shortcodes (`:small_orange_diamond:`). */
const MARKUP = /<[^<>]{0,200}>|&[a-z]{2,8};|:[a-z_]{2,40}:(?=\S)/gi;
const SHORTCODE = /:[a-z_]{2,40}:/i;

/**
 * A line with its HTML tags, entities and emoji shortcodes blanked out, every other character
 * where it was (so positions still point into the line): `<p>&emsp;:small_orange_diamond:16:15
 * GMT+1: Alert</p>` holds the time 16:15 and an entry after it.
 */
export function maskMarkup(text: string): string {
  if (!text.includes('<') && !text.includes('&') && !SHORTCODE.test(text)) return text;
  return text.replace(MARKUP, (m) => ' '.repeat(m.length));
}
