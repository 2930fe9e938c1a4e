import type { Section } from '../../model';
import type { TemplateSection } from '../../templates/template';
import type { Rule } from '../rule';
import { sectionsByKey } from '../../query/sections';

/** A top-level template section as the document has it: where it first shows. */
interface Placed {
  /** Index in the template's order. */
  order: number;
  template: TemplateSection;
  /** The section, or its first sub-section, that shows it first. */
  first: Section;
}

export const sectionOrder: Rule = {
  id: 'PM005',
  alias: 'section-order',
  description: "Top-level sections are not in the template's order.",
  defaultLevel: 'info',
  tags: ['structure', 'style'],
  fixable: false,
  defaultOptions: {},
  rationale:
    'Reviewers and later readers go through many postmortems; when each follows the same order (summary, timeline, root cause, actions) they find things without searching. ' +
    'Each top-level section is placed where it first shows, by its own title or by one of its sub-sections (the ALX summary written as `Duration` and `Impact`).\n\n' +
    'The rule keeps the longest run of sections already in order and reports the others, each with the section it should follow, ' +
    'so moving one section out of place gives one finding, not one per section it passed. This is information, not a defect: reorder if your readers expect the template.',
  check({ document, template, report }) {
    if (template.ordered === false) return;
    const placed = placeSections(template.sections, sectionsByKey(document));
    const kept = new Set(longestOrderedRun(placed));
    for (const section of placed) {
      if (kept.has(section)) continue;
      const after = [...kept].filter((k) => k.order < section.order).pop();
      const before = [...kept].find((k) => k.order > section.order);
      const where = after ? `after "${label(after)}"` : before ? `before "${label(before)}"` : 'elsewhere';
      report({
        message: `"${label(section)}" is out of the ${template.name} order: expected ${where}.`,
        range: section.first.titleRange,
      });
    }
  },
};

function placeSections(order: readonly TemplateSection[], found: ReadonlyMap<string, readonly Section[]>): Placed[] {
  const keysOf = (s: TemplateSection): string[] => [s.key, ...(s.children ?? []).flatMap(keysOf)];
  const placed: Placed[] = [];
  order.forEach((template, index) => {
    const first = keysOf(template).flatMap((k) => found.get(k) ?? []).sort((a, b) => a.line - b.line)[0];
    if (first) placed.push({ order: index, template, first });
  });
  return placed.sort((a, b) => a.first.line - b.first.line);
}

/**
 * The longest subsequence already in template order; among equally long ones, the one that
 * keeps the sections the template puts first, so the later ones are reported as moved.
 */
function longestOrderedRun(placed: readonly Placed[]): Placed[] {
  const best: Placed[][] = [];
  placed.forEach((section, i) => {
    let chain: Placed[] = [];
    for (let j = 0; j < i; j++) {
      if (placed[j].order < section.order && better(best[j], chain)) chain = best[j];
    }
    best.push([...chain, section]);
  });
  return best.reduce<Placed[]>((a, b) => (better(b, a) ? b : a), []);
}

function better(a: readonly Placed[], b: readonly Placed[]): boolean {
  if (a.length !== b.length) return a.length > b.length;
  for (let i = 0; i < a.length; i++) if (a[i].order !== b[i].order) return a[i].order < b[i].order;
  return false;
}

/** The title as written when the section is there by name, else the template's name for it. */
function label(placed: Placed): string {
  return placed.first.key === placed.template.key ? placed.first.title : placed.template.title;
}
