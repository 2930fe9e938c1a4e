/**
 * Lines inside HTML comments, which a reader never sees: a template's leftover example ("<!-- -
 * 14:00 - Alert fired -->") is no timeline entry, and a "Timeline:" in one is no section.
 */
export function commentLines(lines: readonly string[]): Set<number> {
  const inside = new Set<number>();
  let open = false;
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i];
    const starts = text.indexOf('<!--');
    if (open || starts >= 0) {
      const before = open ? '' : text.slice(0, starts);
      const closes = text.indexOf('-->', open ? 0 : starts + 4);
      // A line with its own text before the comment opens is still read.
      if (before.trim() === '') inside.add(i);
      open = closes < 0;
    }
  }
  return inside;
}
