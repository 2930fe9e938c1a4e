import type { Template } from './templates/template';
import { snippetToText } from './fix/snippet';

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
    `**Severity:** ${options.severity ?? 'SEV-2'}  `,
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
    const body = section.scaffold.replace(/\$\{?(\d+)/g, (match, n: string) => {
      if (!seen.has(n)) seen.set(n, ++stop);
      return match.replace(n, String(seen.get(n)));
    });
    parts.push(`## ${section.title}`, '', body.trimEnd(), '');
  }
  const text = parts.join('\n');
  return options.asSnippet ? text : snippetToText(text);
}
