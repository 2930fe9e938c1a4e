import picomatch from 'picomatch';
import { PRESET_IDS } from '../templates/presets';

/**
 * The one rule for which Markdown files are postmortems, shared by the CLI's folder walk and the
 * editor: not excluded, and either matched by an include glob or saying so itself (front matter
 * naming a template or `type: postmortem`, or a title that says postmortem, incident report or RCA).
 */

/** `postmortem.include`'s default, and the CLI's when no config file names its own. */
export const DEFAULT_INCLUDE: readonly string[] = [
  '**/{postmortem,postmortems,post-mortem,post-mortems,incident,incidents,retro,retros}/**/*.md',
  '**/*{postmortem,post-mortem,incident,retro}*.md',
];

export interface PostmortemScope {
  include: readonly string[];
  /** Wins over everything else: a draft folder stays out even when its files say "Postmortem". */
  exclude: readonly string[];
}

export type ScopeVerdict =
  | { postmortem: true; because: 'included' | 'front-matter' | 'title' }
  | { postmortem: false; because: 'excluded' | 'not-included' };

/**
 * `paths` are the `/`-separated names the file goes by: relative to a workspace folder, to the
 * folder of the config file that governs it, or to the working directory, and its absolute path
 * without the leading `/`. A glob matching any of them counts, so `drafts/**` and
 * `**\/drafts/**` both work wherever the user writes them.
 */
export function classifyPostmortem(paths: readonly string[], text: string, scope: PostmortemScope): ScopeVerdict {
  if (matchesAny(paths, scope.exclude)) return { postmortem: false, because: 'excluded' };
  if (matchesAny(paths, scope.include)) return { postmortem: true, because: 'included' };
  const says = whatTheTextSays(text);
  return says ? { postmortem: true, because: says } : { postmortem: false, because: 'not-included' };
}

/** Why a file the user named is checked although it does not look like a postmortem. */
export function notAPostmortemNote(verdict: ScopeVerdict): string | undefined {
  if (verdict.postmortem) return undefined;
  return verdict.because === 'excluded'
    ? 'checked because it was named, although the exclude globs (ignores in .postmortemrc.json) leave it out'
    : 'checked because it was named, although it does not look like a postmortem (no include glob matches it, no `template:` or `type: postmortem` in front matter, no postmortem title)';
}

const matchers = new Map<string, (path: string) => boolean>();

function matchesAny(paths: readonly string[], globs: readonly string[]): boolean {
  if (globs.length === 0) return false;
  const key = globs.join('\n');
  let matcher = matchers.get(key);
  if (!matcher) {
    matcher = picomatch([...globs], { nocase: true, dot: true });
    matchers.set(key, matcher);
  }
  return paths.some((p) => matcher(p));
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)\s*(?:\r?\n|$)/;
const TYPE_POSTMORTEM = /^type\s*:\s*["']?post-?mortem["']?\s*$/im;
const TEMPLATE_FIELD = /^template\s*:\s*["']?([\w-]+)["']?\s*$/im;
const TITLE_WORDS = /\bpost-?mortem|\bincident\s+(?:report|review|analysis)|\bRCA\b|\broot\s+cause\s+analysis/i;
/** Only the start is read, so a 1 MB README costs nothing. */
const HEAD_CHARS = 4096;

function whatTheTextSays(text: string): 'front-matter' | 'title' | undefined {
  const head = text.slice(0, HEAD_CHARS);
  const frontMatter = FRONT_MATTER.exec(head);
  if (frontMatter) {
    const template = TEMPLATE_FIELD.exec(frontMatter[1])?.[1].toLowerCase();
    if (TYPE_POSTMORTEM.test(frontMatter[1]) || (template && PRESET_IDS.includes(template))) return 'front-matter';
    const title = /^title\s*:\s*(.+)$/im.exec(frontMatter[1]);
    if (title && TITLE_WORDS.test(title[1])) return 'title';
  }
  const body = frontMatter ? head.slice(frontMatter[0].length) : head;
  const heading = /^ {0,3}#{1,6}\s+(.+)$/m.exec(body);
  if (heading && TITLE_WORDS.test(heading[1])) return 'title';
  const firstLine = body.split(/\r?\n/).find((l) => l.trim() !== '') ?? '';
  return firstLine.length <= 120 && TITLE_WORDS.test(firstLine) ? 'title' : undefined;
}

/** Whether the text alone says it is a postmortem, wherever the file is. */
export function looksLikePostmortem(text: string): boolean {
  return whatTheTextSays(text) !== undefined;
}
