import type { ActionItem, PostmortemDocument } from '../model';

/** A line under an item that only gives its owner, date or ticket ("Deadline: December 22, 2023."). */
const DETAIL = /^(owners?|assignee|assigned to|responsible|dri|due(?: date)?|deadline|eta|target(?: date)?|tickets?|bugs?|issues?|jira|link|status|priority)\s*[:=–-]\s*(\S.*)$/i;
/** Paragraph lines in an action section that talk about the items rather than being one. */
const PROSE_OPENING = /^(?:by|in conclusion|to conclude|to summarize|in summary|overall|this|these|the following|we believe|moving forward|going forward|finally|conclusion|note|it is|lessons?)\b/i;
const MAX_TASK_WORDS = 40;
const DETAIL_DISTANCE = 2;

/**
 * The action items still to do, as a reviewer reads them. A detail line under an item is part of
 * it, not an item of its own. A ticked box is done, so who and when no longer matter; a line
 * ending in a colon introduces a list, and a plain paragraph that opens like prose ("By doing
 * this, we...") or runs past forty words talks about the items rather than being one.
 */
export function openActionItems(document: PostmortemDocument): ActionItem[] {
  const items: ActionItem[] = [];
  document.actionItems.forEach((item, i) => {
    const detail = DETAIL.exec(item.text);
    const previous = items[items.length - 1];
    if (detail && previous && item.line - previous.line <= DETAIL_DISTANCE) {
      attach(previous, detail[1].toLowerCase(), detail[2]);
      return;
    }
    const own = { ...item };
    // Lines under a list item ("  Owner: @helga") are read as part of it.
    const until = Math.min(document.actionItems[i + 1]?.line ?? Infinity, item.line + 1 + DETAIL_DISTANCE);
    for (let line = item.line + 1; line < until && line < document.lines.length; line++) {
      const under = DETAIL.exec(document.lines[line].trim().replace(/^[-*+]\s+/, '').replace(/\*\*|__/g, ''));
      if (under) attach(own, under[1].toLowerCase(), under[2]);
    }
    items.push(own);
  });
  return items.filter((item) => item.done !== true && !/:\s*$/.test(item.text) && !isWrittenText(item));
}

function attach(item: ActionItem, field: string, value: string): void {
  if (/^(?:owner|assign|responsible|dri)/.test(field)) item.owner ??= value.replace(/^@/, '');
  else if (/^(?:due|deadline|eta|target)/.test(field)) item.due ??= value;
  else if (/^(?:ticket|bug|issue|jira|link)/.test(field)) item.ticket ??= value;
  else if (field === 'status' && /^(?:done|closed|complete|completed|fixed|resolved)\b/i.test(value)) item.done = true;
}

function isWrittenText(item: ActionItem): boolean {
  if (item.source !== 'line') return false;
  return PROSE_OPENING.test(item.text) || item.text.split(/\s+/).length > MAX_TASK_WORDS;
}

/** An action item as messages quote it, cut at a word so the message stays one line. */
export function quoteItem(item: ActionItem, max = 48): string {
  const text = item.text.replace(/\s+/g, ' ').trim();
  if (text.length <= max) return `"${text}"`;
  const cut = text.slice(0, max);
  const atWord = cut.lastIndexOf(' ') > max / 2 ? cut.slice(0, cut.lastIndexOf(' ')) : cut;
  return `"${atWord.replace(/[\s,;:.-]+$/, '')}…"`;
}
