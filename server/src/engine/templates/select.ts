import type { Template, TemplateSection } from './template';
import { GENERIC, PRESETS } from './presets';
import { matcherFor } from './match';
import { compileTemplate } from './compiled';

export interface TemplateChoice {
  template: Template;
  /** Why this template: chosen by config, or how the document follows it. */
  reason: string;
}

/** A preset is followed clearly when the document has most of what it requires... */
const CLEAR_COVERAGE = 0.75;
/** ...and names sections as only that preset names them ("Issue Summary", "Trigger"). */
const CLEAR_OWN_TITLES = 2;
/** The presets a document may follow; the generic template is what it gets otherwise. */
const CANDIDATES = PRESETS.filter((t) => t !== GENERIC);
/** A draft so far: this many sections or fewer, besides the title. */
const DRAFT_SECTIONS = 3;

interface Fit {
  template: Template;
  coverage: number;
  required: number;
  covered: number;
  /** Sections the document names, found in this preset. */
  found: number;
  /** Top-level section titles that this preset alone, of all presets, recognises. */
  own: number;
  /** Whether it recognises every section title the document has (a draft's few sections). */
  knowsAll: boolean;
}

/**
 * `titles`: every line that may title a section; `sureSections`: the titles that are sections
 * whatever the template (headings, labels), without the document's own title.
 *
 * The preset the document clearly follows, else the generic template. "Summary", "Timeline" and
 * "Root Cause" are in every preset, so they say nothing about which one a writer followed; titles
 * that only one preset knows do. A document is held to a preset's rubric (the ALX word count, the
 * Google SRE order) only when it follows that preset: most of its required sections, and either
 * two titles only it uses or one such title with every required section; or, for a draft with a
 * few sections yet, a title only it uses and none that it does not know.
 */
export function chooseTemplate(titles: readonly string[], sureSections: readonly string[] = titles): TemplateChoice {
  const sectionTitles = sureSections.filter((t) => t.trim() !== '');
  const distinct = [...new Set(titles)];
  // Each title against each preset, once: which section it names there, if any.
  const answers = CANDIDATES.map((template) => distinct.map((title) => matcherFor(template).find(title, [])));
  const presetsKnowing = distinct.map((_, i) => answers.filter((row) => row[i] !== undefined).length);
  const fits = CANDIDATES.map((template, t): Fit => {
    const matcher = matcherFor(template);
    const seen = new Set<string>();
    let own = 0;
    let ownTopLevel = 0;
    const compiled = compileTemplate(template);
    answers[t].forEach((section, i) => {
      if (!section) return;
      seen.add(section.key);
      if (presetsKnowing[i] !== 1) return;
      own++;
      // A sub-section ("Duration", "Detection") is a part every postmortem has: it counts only
      // beside a top-level title that is the preset's own.
      if (compiled.isTopLevel(section.key)) ownTopLevel++;
    });
    const covers = (s: TemplateSection): boolean => seen.has(s.key) || (s.children ?? []).some(covers);
    const required = template.sections.filter((s) => s.required);
    const covered = required.filter(covers).length;
    const knowsAll = sectionTitles.length <= DRAFT_SECTIONS && sectionTitles.every((title) => matcher.match(title, []) !== undefined);
    return { template, coverage: covered / Math.max(1, required.length), required: required.length, covered, found: seen.size, own: ownTopLevel ? own : 0, knowsAll };
  });
  const clear = fits
    .filter((f) => (f.coverage >= CLEAR_COVERAGE && (f.own >= CLEAR_OWN_TITLES || (f.own >= 1 && f.coverage === 1))) || (f.own >= 1 && f.knowsAll))
    .sort((a, b) => b.coverage + 0.1 * b.own + 0.01 * b.found - (a.coverage + 0.1 * a.own + 0.01 * a.found));
  const best = clear[0];
  if (best) {
    return { template: best.template, reason: `follows it: ${best.covered} of its ${best.required} required sections, ${best.own} titled as only it titles them; none configured` };
  }
  const nearest = [...fits].sort((a, b) => b.coverage - a.coverage || b.own - a.own)[0];
  return {
    template: GENERIC,
    reason: `follows no preset clearly (nearest: ${nearest.template.id}, ${nearest.covered} of ${nearest.required} required sections); none configured`,
  };
}
