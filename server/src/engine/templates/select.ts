import type { Template, TemplateSection } from './template';
import { PRESETS } from './presets';
import { matcherFor } from './match';

export interface TemplateChoice {
  template: Template;
  /** Why this template: chosen by config, or how many of its sections the document has. */
  reason: string;
}

/**
 * The preset whose required sections the document covers best, counting a section as covered
 * by its own title or a sub-section's; each further section it names adds a little, so a long
 * Google-style document is not read as the four-section ALX rubric. Ties go to the earlier preset.
 */
export function chooseTemplate(titles: readonly string[]): TemplateChoice {
  let best = { template: PRESETS[0], score: -1, found: 0 };
  for (const template of PRESETS) {
    const matcher = matcherFor(template);
    const seen = new Set<string>();
    for (const title of new Set(titles)) {
      const section = matcher.match(title, []);
      if (section) seen.add(section.key);
    }
    const covers = (s: TemplateSection): boolean => seen.has(s.key) || (s.children ?? []).some(covers);
    const required = template.sections.filter((s) => s.required);
    const coverage = required.filter(covers).length / Math.max(1, required.length);
    const score = coverage + 0.05 * seen.size;
    if (score > best.score) best = { template, score, found: seen.size };
  }
  return {
    template: best.template,
    reason: `best fit, ${best.found} of its sections found; none configured`,
  };
}
