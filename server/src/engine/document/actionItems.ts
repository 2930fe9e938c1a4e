import type { ActionItem, Section } from '../model';
import type { MarkdownStructure, TableRow } from './markdown';
import { plainText } from './plainText';

const OWNER_MENTION = /(?<![\w.])@([A-Za-z0-9][\w.-]*[A-Za-z0-9]|[A-Za-z0-9])/;
const OWNER_LABEL = /\b(?:owner|owners|assignee|assigned to|owned by|responsible|dri)\s*[:=-]?\s*@?([A-Z][\w.-]*(?: [A-Z][\w.-]*)?|[a-z][\w.-]*)/i;
const TICKET = /\b[A-Z][A-Z0-9]+-\d+\b|(?<![\w&#])#\d+\b|https?:\/\/\S+/;
const DUE = /\b(?:due|by|deadline|before|eta|target)\s*[:=]?\s*((?:\d{4}-\d{2}-\d{2})|(?:[A-Z][a-z]+\.? \d{1,2}(?:st|nd|rd|th)?(?:,? \d{4})?)|(?:\d{1,2} [A-Z][a-z]+(?: \d{4})?)|Q[1-4](?: \d{4})?|(?:end of|next) (?:the )?(?:week|month|sprint|quarter|year))/i;
const TASK = /^\s*(?:[-*+]|\d+[.)])\s+\[([ xX])\]\s+/;
const LIST_MARK = /^\s*(?:[-*+]|\d+[.)])\s+(?:\[[ xX]\]\s+)?/;

const COLUMNS = {
  owner: /^(?:owner|owners|assignee|who|responsible|dri)$/i,
  due: /^(?:due|due date|deadline|eta|target|target date|date)$/i,
  ticket: /^(?:bug|bugs|ticket|tickets|issue|issues|link|jira|tracking)$/i,
  skip: /^(?:type|priority|status|#|no\.?|id)$/i,
};

/**
 * The sections that hold the action items: each action section that does not itself hold a more
 * specific one (ALX's "Tasks" inside "Corrective and Preventative Measures").
 */
export function actionSections(all: readonly Section[], isAction: (key: string) => boolean): Section[] {
  const holdsAction = (s: Section): boolean => s.children.some((c) => (c.key && isAction(c.key)) || holdsAction(c));
  return all.filter((s) => s.key && isAction(s.key) && !holdsAction(s));
}

export function readActionItems(lines: readonly string[], structure: MarkdownStructure, sections: readonly Section[], titleLines: ReadonlySet<number>): ActionItem[] {
  const items: ActionItem[] = [];
  for (const section of sections) {
    if (section.inlineText) items.push(fromText(section.inlineText, section.line, lines, 'line'));
    for (let line = section.line + 1; line < section.endLine; line++) {
      if (titleLines.has(line)) continue;
      const kind = structure.kinds[line];
      if (kind === 'table') {
        const row = structure.tableRowByLine.get(line);
        const table = structure.tables.find((t) => t.rows.includes(row!));
        if (row && table) items.push(fromRow(row, table.header, lines));
      } else if (kind === 'list' && structure.listItemStart.get(line) === line) {
        items.push(fromText(lines[line], line, lines, TASK.test(lines[line]) ? 'task' : 'list'));
      } else if (kind === 'text' || kind === 'code') {
        items.push(fromText(lines[line], line, lines, 'line'));
      }
    }
  }
  return items.filter((i) => i.text.length > 0);
}

function fromText(source: string, line: number, lines: readonly string[], kind: ActionItem['source']): ActionItem {
  const task = TASK.exec(source);
  const text = plainText(source.replace(LIST_MARK, ''));
  const full = lines[line];
  const start = full.length - full.trimStart().length;
  return {
    line,
    range: { start: { line, character: start }, end: { line, character: full.trimEnd().length } },
    text,
    owner: OWNER_MENTION.exec(source)?.[1] ?? OWNER_LABEL.exec(text)?.[1],
    due: DUE.exec(text)?.[1],
    ticket: TICKET.exec(source)?.[0],
    done: task ? task[1] !== ' ' : undefined,
    source: kind,
  };
}

function fromRow(row: TableRow, header: TableRow, lines: readonly string[]): ActionItem {
  const item = fromText('', row.line, lines, 'table');
  const texts: string[] = [];
  row.cells.forEach((cell, i) => {
    const name = plainText(header.cells[i]?.text ?? '');
    const value = plainText(cell.text);
    if (!value) return;
    if (COLUMNS.owner.test(name)) item.owner ??= value.replace(/^@/, '');
    else if (COLUMNS.due.test(name)) item.due ??= value;
    else if (COLUMNS.ticket.test(name)) item.ticket ??= value;
    else if (!COLUMNS.skip.test(name)) texts.push(value);
  });
  item.text = texts.join(' ');
  item.owner ??= OWNER_MENTION.exec(item.text)?.[1];
  item.ticket ??= TICKET.exec(item.text)?.[0];
  return item;
}
