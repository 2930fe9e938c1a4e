const MARKUP_CHARACTER = /[[<*_`~]/;

/**
 * Markdown inline markup removed, for reading what a line says: links keep their text, images
 * their alt text, emphasis and code marks go, HTML tags go.
 *
 * No run here may cross the character that starts the next attempt (`[`, `(`, `<`, `_`): a run
 * that could would be scanned again from every start, and `<` repeated would take quadratic time.
 */
export function plainText(markdown: string): string {
  // Every pattern below needs one of these characters; most lines of prose have none.
  if (!MARKUP_CHARACTER.test(markdown)) return markdown.trim();
  return markdown
    .replace(/!\[([^[\]]*)\]\([^()]*\)/g, '$1')
    .replace(/\[([^[\]]*)\]\([^()]*\)/g, '$1')
    .replace(/<[^<>]+>/g, '')
    .replace(/(\*\*|__|\*|`|~~)/g, '')
    .replace(/(^|\W)_([^\s_](?:[^_]*[^\s_])?)_(?=\W|$)/g, '$1$2')
    .trim();
}
