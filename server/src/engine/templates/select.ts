import type { Template } from './template';
import { PRESETS } from './presets';
import { SectionMatcher } from './match';

export interface TemplateChoice {
  template: Template;
  /** Why this template: chosen by config, or how many of its sections the document has. */
  reason: string;
}

/**
 * The preset whose section names the document uses most; required sections weigh double, so a
 * document with Google's "Root Causes" and "Lessons Learned" is not read as the ALX rubric
 * because both have a "Timeline". Ties go to the earlier preset.
 */
export function chooseTemplate(titles: readonly string[]): TemplateChoice {
  let best = { template: PRESETS[0], score: -1, found: 0 };
  for (const template of PRESETS) {
    const matcher = new SectionMatcher(template);
    const seen = new Set<string>();
    let score = 0;
    for (const title of titles) {
      const section = matcher.match(title, []);
      if (!section || seen.has(section.key)) continue;
      seen.add(section.key);
      score += section.required ? 2 : 1;
    }
    if (score > best.score) best = { template, score, found: seen.size };
  }
  return {
    template: best.template,
    reason: `best fit: ${best.found} of its sections found (no template configured)`,
  };
}
