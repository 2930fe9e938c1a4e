/**
 * Markdown inline markup removed, for reading what a line says: links keep their text, images
 * their alt text, emphasis and code marks go, HTML tags go.
 */
export function plainText(markdown: string): string {
  return markdown
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/(\*\*|__|\*|`|~~)/g, '')
    .replace(/(^|\W)_(\S.*?\S|\S)_(?=\W|$)/g, '$1$2')
    .trim();
}
