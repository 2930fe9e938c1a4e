import type { Template, TemplateSection } from './template';
import { walkSections } from './template';
import { normalizeTitle } from './normalize';

type Index = Map<string, TemplateSection>;

/**
 * Titles to sections. Where two sections share a title, `laterWins` picks the later one: in the
 * index of every section, a "Root Cause" heading standing on its own after the timeline is the
 * ALX root-cause section, not the summary's one-line root cause (which only its parent's scope
 * finds).
 */
function indexOf(sections: readonly TemplateSection[], laterWins = false): Index {
  const index: Index = new Map();
  for (const section of sections) {
    for (const name of [section.title, ...section.aliases]) {
      const key = normalizeTitle(name);
      if (key && (laterWins || !index.has(key))) index.set(key, section);
    }
  }
  return index;
}

/** A longer title that opens with a multi-word alias ("Timeline of the outage"). */
function byPrefix(index: Index, title: string): TemplateSection | undefined {
  let best: { section: TemplateSection; length: number } | undefined;
  for (const [alias, section] of index) {
    if (alias.includes(' ') || alias.length >= 6) {
      if (title.startsWith(alias + ' ') && (!best || alias.length > best.length)) best = { section, length: alias.length };
    }
  }
  return best?.section;
}

const MAX_ANSWERS = 10_000;

/** A longer title that ends with a multi-word alias ("Detailed Timeline", "Long term fix / Preventative Measures"). */
function bySuffix(index: Index, title: string): TemplateSection | undefined {
  let best: { section: TemplateSection; length: number } | undefined;
  for (const [alias, section] of index) {
    if (alias.includes(' ') || alias.length >= 6) {
      if (title.endsWith(' ' + alias) && (!best || alias.length > best.length)) best = { section, length: alias.length };
    }
  }
  return best?.section;
}

/** Finds the template section a written title means, looking first where the document nests it. */
export class SectionMatcher {
  private readonly top: Index;
  private readonly any: Index;
  private readonly children = new Map<string, Index>();
  private readonly parents = new Map<string, TemplateSection>();

  constructor(readonly template: Template) {
    this.top = indexOf(template.sections);
    this.any = indexOf([...walkSections(template.sections)], true);
    for (const section of walkSections(template.sections)) {
      if (section.children) {
        this.children.set(section.key, indexOf(section.children));
        for (const child of section.children) this.parents.set(child.key, section);
      }
    }
  }

  /** Answers by title and nesting; documents repeat their titles (a label per day, per task). */
  private readonly answers = new Map<string, TemplateSection | null>();

  /**
   * `ancestorKeys`: the keys of the enclosing matched sections, nearest first. `byEnding`: also
   * match a title by how it ends ("Detailed Timeline"), which suits headings but not fields:
   * "Assumed initial root cause: ..." is a sentence, not the root cause section.
   */
  match(title: string, ancestorKeys: readonly string[], byEnding = false): TemplateSection | undefined {
    const question = `${title}\u0000${ancestorKeys.join(',')}\u0000${byEnding}`;
    const known = this.answers.get(question);
    if (known !== undefined) return known ?? undefined;
    const answer = this.find(title, ancestorKeys, byEnding);
    if (this.answers.size > MAX_ANSWERS) this.answers.clear();
    this.answers.set(question, answer ?? null);
    return answer;
  }

  private find(title: string, ancestorKeys: readonly string[], byEnding: boolean): TemplateSection | undefined {
    const normal = normalizeTitle(title);
    if (!normal) return undefined;
    const scopes = [...ancestorKeys.map((k) => this.children.get(k)).filter((i): i is Index => !!i), this.top, this.any];
    for (const scope of scopes) {
      const found = scope.get(normal);
      if (found) return found;
    }
    // "Response timeline" is a timeline: a compound's last word names it. "Root cause and
    // resolution" and "Timeline of events" are named by their first words.
    const compound = byEnding && !/ and | or /.test(normal);
    const readers = compound ? [bySuffix, byPrefix] : byEnding ? [byPrefix, bySuffix] : [byPrefix];
    for (const read of readers) {
      for (const scope of scopes) {
        const found = read(scope, normal);
        if (found) return found;
      }
    }
    return undefined;
  }

  isTopLevel(section: TemplateSection): boolean {
    return !this.parents.has(section.key);
  }

  parentOf(section: TemplateSection): TemplateSection | undefined {
    return this.parents.get(section.key);
  }

  /** Whether a title, alone on its line, is exactly a section this template names. */
  isExactTitle(title: string): boolean {
    return this.any.has(normalizeTitle(title));
  }
}

/** Templates do not change once made, so each gets one matcher, built on first use. */
const matchers = new WeakMap<Template, SectionMatcher>();

export function matcherFor(template: Template): SectionMatcher {
  let matcher = matchers.get(template);
  if (!matcher) {
    matcher = new SectionMatcher(template);
    matchers.set(template, matcher);
  }
  return matcher;
}
