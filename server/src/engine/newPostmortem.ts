import type { Template, TemplateSection } from './templates/template';
import { snippetToText } from './fix/snippet';
import { DEFAULT_SEVERITY } from './incident/severities';

export interface NewPostmortemOptions {
  title: string;
  /** YYYY-MM-DD */
  date: string;
  severity?: string;
  /** Keep tab stops (`${1:...}`) for an editor's snippet; plain text otherwise. */
  asSnippet?: boolean;
}

/** A new postmortem from a template: title, metadata, then each section with its scaffold. */
export function newPostmortem(template: Template, options: NewPostmortemOptions): string {
  const parts = [
    `# Postmortem: ${options.title}`,
    '',
    `**Date:** ${options.date}  `,
    `**Severity:** ${options.severity ?? DEFAULT_SEVERITY}  `,
    '**Status:** Draft  ',
    '**Owner:** @owner',
    '',
    '(all times UTC)',
    '',
  ];
  // Tab stops are numbered per section; renumber so the whole document tabs in order.
  let stop = 0;
  for (const section of template.sections) {
    const seen = new Map<string, number>();
    const body = datedScaffold(section, options.date).replace(/\$\{?(\d+)/g, (match, n: string) => {
      if (!seen.has(n)) seen.set(n, ++stop);
      return match.replace(n, String(seen.get(n)));
    });
    parts.push(`## ${section.title}`, '', body.trimEnd(), '');
  }
  const text = parts.join('\n');
  return options.asSnippet ? text : snippetToText(text);
}

/**
 * A timeline's date blank is the incident's date, which the writer already gave; other date
 * blanks (an action item's due date) stay for the writer to fill.
 */
function datedScaffold(section: TemplateSection, date: string): string {
  return section.role === 'timeline' ? section.scaffold.replace(/\$\{(\d+):YYYY-MM-DD\}|YYYY-MM-DD/g, date) : section.scaffold;
}

/**
 * The file name a new postmortem gets, shared by `postmortem new` and the editor's command so
 * both name files alike: `Database outage: EU-west (again!)` on 2024-03-11 ->
 * `2024-03-11-database-outage-eu-west-again`.
 */
export function postmortemBaseName(date: string, title: string): string {
  return `${date}-${slugify(title)}`;
}

export function slugify(title: string): string {
  const words = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return words.slice(0, 60).replace(/-+$/, '') || 'postmortem';
}

/** Whether text is a real calendar date written YYYY-MM-DD (not 2024-02-30). */
export function isCalendarDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const date = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return date.getUTCFullYear() === +m[1] && date.getUTCMonth() === +m[2] - 1 && date.getUTCDate() === +m[3];
}

/** Today as YYYY-MM-DD in local time: the day the writer lives in, not UTC's. */
export function localDate(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
