import picomatch from 'picomatch';
import { URI } from 'vscode-uri';

/**
 * Which Markdown documents are postmortems. Other Markdown (a README, notes) gets nothing from
 * this server: no diagnostics, no completions, no lenses.
 */

const matchers = new Map<string, (path: string) => boolean>();

function matcherFor(globs: readonly string[]): (path: string) => boolean {
  const key = globs.join('\n');
  let matcher = matchers.get(key);
  if (!matcher) {
    // A glob written relative to the workspace ("docs/rca/*.md") matches at any depth too, since
    // a document's path is tried both absolute and relative to each workspace folder.
    matcher = globs.length ? picomatch([...globs], { nocase: true, dot: true }) : () => false;
    matchers.set(key, matcher);
  }
  return matcher;
}

/** The paths a document's URI is matched as: without the leading slash, and relative to each folder holding it. */
function candidatePaths(uri: string, folders: readonly string[]): string[] {
  const path = URI.parse(uri).path;
  const paths = [path.replace(/^\/+/, '')];
  for (const folder of folders) {
    const prefix = URI.parse(folder).path.replace(/\/*$/, '/');
    if (path.startsWith(prefix)) paths.push(path.slice(prefix.length));
  }
  return paths;
}

export function matchesInclude(uri: string, include: readonly string[], folders: readonly string[] = []): boolean {
  const matches = matcherFor(include);
  return candidatePaths(uri, folders).some((p) => matches(p));
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)\s*(?:\r?\n|$)/;
const TYPE_POSTMORTEM = /^type\s*:\s*["']?post-?mortem["']?\s*$/im;
const TITLE_WORDS = /\bpost-?mortem|\bincident\s+(?:report|review|analysis)|\bRCA\b|\broot\s+cause\s+analysis/i;
const HEAD_CHARS = 4096;

/**
 * A document says it is a postmortem: front matter `type: postmortem`, or a title (the front
 * matter's, the first heading, or a short first line) that says postmortem, incident report or RCA.
 * Only the start of the text is read, so this costs nothing on a 1 MB document.
 */
export function looksLikePostmortem(text: string): boolean {
  const head = text.slice(0, HEAD_CHARS);
  const frontMatter = FRONT_MATTER.exec(head);
  if (frontMatter) {
    if (TYPE_POSTMORTEM.test(frontMatter[1])) return true;
    const title = /^title\s*:\s*(.+)$/im.exec(frontMatter[1]);
    if (title && TITLE_WORDS.test(title[1])) return true;
  }
  const body = frontMatter ? head.slice(frontMatter[0].length) : head;
  const heading = /^ {0,3}#{1,6}\s+(.+)$/m.exec(body);
  if (heading && TITLE_WORDS.test(heading[1])) return true;
  const firstLine = body.split(/\r?\n/).find((l) => l.trim() !== '') ?? '';
  return firstLine.length <= 120 && TITLE_WORDS.test(firstLine);
}

export function isPostmortem(uri: string, text: string, include: readonly string[], folders: readonly string[] = []): boolean {
  return matchesInclude(uri, include, folders) || looksLikePostmortem(text);
}
