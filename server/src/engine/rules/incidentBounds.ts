import type { PostmortemDocument, Range } from '../model';
import type { Template } from '../templates/template';
import type { Finding } from './rule';
import { documentAnchor, sectionsWithRole } from '../query/sections';

/**
 * What PM010 and PM011 say: a start or end field that could not be read is reported on its
 * value; a bound found nowhere (no field, no range, no timeline) on the section that should
 * hold it. A bound taken from the timeline is fine: the timeline says when it happened.
 */
export function missingBound(document: PostmortemDocument, template: Template, which: 'start' | 'end'): Finding | undefined {
  const unreadable = document.unreadableBounds.find((u) => u.which === which);
  if (unreadable) {
    return {
      message: `${capitalized(unreadable.field.key)} '${unreadable.field.value}' could not be read as a date and time; write it like "March 11, 2024, 10:00 AM UTC" or "2024-03-11 10:00 UTC".`,
      range: unreadable.field.valueRange,
    };
  }
  if (document[which]) return undefined;
  const example = which === 'start' ? '**Start Time:** March 11, 2024, 10:00 AM UTC' : '**End Time:** March 11, 2024, 2:00 PM UTC';
  const alternative = which === 'start' ? 'or time the first entry of the timeline' : 'or add the resolution, with its time, to the timeline';
  return {
    message: `The postmortem does not say when the incident ${which === 'start' ? 'started' : 'ended'}; add "${example}" ${alternative}.`,
    range: boundAnchor(document, template),
  };
}

/** Where a missing start or end belongs: the duration section, else the summary, else the title. */
function boundAnchor(document: PostmortemDocument, template: Template): Range {
  const holder = sectionsWithRole(document, template, 'duration')[0] ?? sectionsWithRole(document, template, 'summary')[0];
  return holder?.titleRange ?? documentAnchor(document);
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
