/**
 * Section titles as people write them, reduced to a form in which "1. Root Causes &
 * Resolution:" and "root cause and resolution" meet.
 */
const NUMBERING = /^\s*(?:(?:step|part|section)\s+)?(?:\d+(?:\.\d+)*|[ivxlc]+|[a-z])[.)]\s+|^\s*\d+(?:\.\d+)*\s+|^\s*(?:step|part|section)\s+\d+\s*[:.-]?\s*/i;
const NOT_WORD = /[^\p{L}\p{N}]+/gu;
/** The same for ASCII text, where letters and digits are these; the Unicode pattern is several times slower. */
const NOT_ASCII_WORD = /[^A-Za-z0-9]+/g;
const STOP_WORDS = new Set(['and', 'the', 'of', 'a', 'an', 'our', 'for']);

function singular(word: string): string {
  if (word.length <= 3) return word;
  if (word.endsWith('ies')) return word.slice(0, -3) + 'y';
  if (word.endsWith('sses')) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us') && !word.endsWith('is')) return word.slice(0, -1);
  return word;
}

const normalized = new Map<string, string>();

/** Each title is normalised for every preset a document is tried against: once is enough. */
export function normalizeTitle(title: string): string {
  let normal = normalized.get(title);
  if (normal === undefined) {
    normal = normalize(title);
    if (normalized.size > 100_000) normalized.clear();
    normalized.set(title, normal);
  }
  return normal;
}

function normalize(title: string): string {
  return title
    .replace(NUMBERING, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’]/g, '')
    .replace(/[^\x00-\x7f]/.test(title) ? NOT_WORD : NOT_ASCII_WORD, ' ')
    .split(' ')
    .filter((w) => w && !STOP_WORDS.has(w))
    .map(singular)
    .join(' ');
}
