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

/** The aliases a title may open or end with (several words, or one long one), and the longest one's length. */
interface Affixes {
  aliases: Index;
  longest: number;
}

const affixesByIndex = new WeakMap<Index, Affixes>();

function affixes(index: Index): Affixes {
  let found = affixesByIndex.get(index);
  if (!found) {
    const aliases: Index = new Map([...index].filter(([alias]) => alias.includes(' ') || alias.length >= 6));
    found = { aliases, longest: Math.max(0, ...[...aliases.keys()].map((a) => a.length)) };
    affixesByIndex.set(index, found);
  }
  return found;
}

/**
 * A longer title that opens with a multi-word alias ("Timeline of the outage"), the longest one.
 * Each word boundary within an alias's length is looked up, rather than every alias tried: a
 * document of thousands of distinct headings asks once for each.
 */
function byPrefix(index: Index, title: string): TemplateSection | undefined {
  const { aliases, longest } = affixes(index);
  for (let end = Math.min(longest, title.length - 1); end > 0; end--) {
    const found = title[end] === ' ' ? aliases.get(title.slice(0, end)) : undefined;
    if (found) return found;
  }
  return undefined;
}

const MAX_ANSWERS = 10_000;
const JOINED = /\s(?:and|&)\s|\//i;

/** A longer title that ends with a multi-word alias ("Detailed Timeline", "Long term fix / Preventative Measures"), the longest one. */
function bySuffix(index: Index, title: string): TemplateSection | undefined {
  const { aliases, longest } = affixes(index);
  for (let length = Math.min(longest, title.length - 1); length > 0; length--) {
    const space = title.length - length - 1;
    const found = title[space] === ' ' ? aliases.get(title.slice(space + 1)) : undefined;
    if (found) return found;
  }
  return undefined;
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

  /** The same answer without the cache, for a title asked once (each distinct title, when a template is chosen). */
  find(title: string, ancestorKeys: readonly string[], byEnding = false): TemplateSection | undefined {
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

  /**
   * "Mitigation and Future Prevention": a title joining two parts names a second section by its
   * ending, which the section serves as well as the one its opening names.
   */
  alsoMatches(title: string, first: TemplateSection | undefined): TemplateSection | undefined {
    if (!first || !JOINED.test(title)) return undefined;
    const second = bySuffix(this.top, normalizeTitle(title));
    return second && second.key !== first.key ? second : undefined;
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
