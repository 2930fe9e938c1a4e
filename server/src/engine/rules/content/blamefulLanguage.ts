import type { PostmortemDocument, Range } from '../../model';
import type { Rule } from '../rule';
import { proseMatches, proseText } from '../../query/proseLines';
import { isWithinRole, sectionAt } from '../../query/sections';

export interface BlamefulLanguageOptions {
  phrases: string[];
  allow: string[];
  namedPeople: boolean;
}

const DEFAULT_PHRASES = [
  'human error', 'should have', "should've", 'careless', 'carelessness', 'fault of', 'his fault', 'her fault', 'their fault', 'blame',
  'negligent', 'negligence', 'incompetent', 'stupid', 'lazy', 'failed to notice', "didn't bother", 'forgot to', 'sloppy',
];
/** Ordinary operations words, and the words of a blameless culture, which contain a flagged phrase. */
const DEFAULT_ALLOW = [
  'kill', 'abort', 'execute', 'master', 'hang', 'dead', 'fatal', 'crash', 'terminate',
  'git blame', 'blameless', 'blame-free', 'no blame', 'not to blame', 'no one is to blame', 'nobody is to blame', 'without blame', "don't blame", 'do not blame', 'not about blame',
];

/** Hindsight is how lessons are written ("we should have had a runbook"); blame is never fine. */
const HINDSIGHT = /^(?:should|could|would)(?:\s+have|['’]ve)$/i;
/**
 * "should have noticed" looks back; "servers should have logging on" is a requirement. Hindsight
 * is followed by a past participle: a regular one, or one of the common irregular ones.
 */
const PAST_PARTICIPLE = /^\s+(?:not\s+|been\s+)?(?:\w+(?:ed|en|wn)|had|been|done|made|got|caught|run|seen|known|sent|built|set|put|read|kept|found|told|left|thought|brought|spent|led|hit|let|said|paid|held|stood|understood)\b/i;

const ROLE = '(?:engineer|developer|dev|operator|admin|administrator|intern|contractor|on-?call(?: engineer)?)';
const FAULT = "(?:mistake|fault|blunder|negligence|carelessness|oversight|error(?!\\s+(?:logs?|rates?|pages?|messages?|codes?|handling|budget|counts?)))";
/** The roles above in any case ("Engineer Dave"), so a role that opens a sentence counts too. */
const ANY_CASE_ROLE = '(?:[Ee]ngineer|[Dd]eveloper|[Dd]ev|[Oo]perator|[Aa]dmin|[Aa]dministrator|[Ii]ntern|[Cc]ontractor|[Oo]n-?call(?: engineer)?)';
/** What people do to systems in blameful accounts, as learnt from real postmortems. */
const FAILURE = '(?:broke|messed up|screwed up|forgot|caused|missed|deleted|dropped|misconfigured|skipped|ignored)';
const FAILURE_WORD = /\b(?:broke|messed up|screwed up|forgot|caused|missed|deleted|dropped|misconfigured|skipped|ignored)\b/;
const SLIP = '(?:accidentally|mistakenly|inadvertently|carelessly)';
/** A capitalised first name, not a word that opens sentences about systems ("The", "This", "It", "Monitoring"). */
const NAME = '\\b(?!(?:The|This|That|These|Those|It|We|They|He|She|I|You|Our|Their|His|Her|A|An|There|Then|When|If|Nobody|Someone|Everyone|Everybody|Somebody|No one)\\b)[A-Z][a-z]{1,15}';
/** A person named as the cause: "caused by @alice", "because of @bob", "John's mistake", "engineer Dave broke". */
const NAMED_PERSON: ReadonlyArray<{ pattern: RegExp; needs: RegExp }> = [
  { pattern: /\b(?:caused|triggered|broken|broke|introduced|started)\s+by\s+@[\w.-]+/g, needs: /@/ },
  { pattern: /\bbecause(?:\s+of)?\s+@[\w.-]+/g, needs: /@/ },
  { pattern: new RegExp(`(?:@[\\w.-]+|\\b[A-Z][a-z]+(?:\\s+[A-Z][a-z]+)?|\\b${ROLE})['’]s\\s+${FAULT}`, 'g'), needs: /['’]s\s+(?:mistake|fault|blunder|negligence|carelessness|oversight|error)/ },
  { pattern: new RegExp(`\\bby\\s+[A-Z][a-z]+(?:\\s+[A-Z][a-z]+)?\\s+${FAULT}`, 'g'), needs: /(?:mistake|fault|blunder|negligence|carelessness|oversight|error)/ },
  { pattern: new RegExp(`(?:@[\\w.-]+|\\b${ROLE}\\s+[A-Z][a-z]+)\\s+(?:broke|messed up|screwed up|forgot|caused)\\b`, 'g'), needs: /(?:broke|messed up|screwed up|forgot|caused)/ },  // A role, in any case and with or without a name, as the subject of a failure: "Engineer Dave broke", "the intern deleted".
  { pattern: new RegExp(`\\b${ANY_CASE_ROLE}(?:\\s+[A-Z][a-z]+)?\\s+(?:${SLIP}\\s+)?${FAILURE}\\b`, 'g'), needs: FAILURE_WORD },
  // A first name as the subject of a slip only people make ("Bob forgot", "Dana accidentally deleted"), or of a failure
  // brought about by what they did ("Bob broke the deploy by skipping the checklist"); "Redis broke" and "Kafka skipped"
  // stay a system's.
  { pattern: new RegExp(`${NAME}\\s+(?:(?:${SLIP}\\s+)?(?:forgot|messed up|screwed up)|${SLIP}\\s+${FAILURE})\\b`, 'g'), needs: FAILURE_WORD },
  { pattern: new RegExp(`${NAME}\\s+${FAILURE}\\b[^.;!?]{1,80}?\\bby\\s+(?:not\\s+)?[a-z]+ing\\b`, 'g'), needs: FAILURE_WORD },
];

interface Hit {
  line: number;
  start: number;
  end: number;
  text: string;
  named: boolean;
  hindsight: boolean;
}

export const blamefulLanguage: Rule<BlamefulLanguageOptions> = {
  id: 'PM024',
  alias: 'blameful-language',
  description: 'Wording that blames a person, or names one as the cause.',
  defaultLevel: 'warning',
  tags: ['content', 'blameless'],
  fixable: false,
  defaultOptions: { phrases: DEFAULT_PHRASES, allow: DEFAULT_ALLOW, namedPeople: true },
  optionsSchema: {
    phrases: { type: 'array', items: { type: 'string' }, description: 'Words and phrases reported as blame, matched as whole words in any case. Replaces the default list.' },
    allow: { type: 'array', items: { type: 'string' }, description: 'Words and phrases never reported, even when they contain a phrase from `phrases` ("blameless", "kill").' },
    namedPeople: { type: 'boolean', description: 'Report a person named as the cause ("caused by @alice", "John\'s mistake").' },
  },
  rationale:
    'People tell the whole story only when they are not afraid of it being held against them; a postmortem that says "human error" stops looking exactly where it should start. ' +
    'PagerDuty puts it plainly: no individual\'s action is ever a root cause; ask what and how, not who and why.\n\n' +
    'Reported, as whole words in any case: judgements of people ("careless", "lazy", "sloppy"), blame and fault ("human error", "his fault", "blame"), ' +
    'what someone failed to do ("forgot to", "failed to notice"), hindsight ("should have noticed", but not "servers should have logging on"), and, with `namedPeople`, a person named as the cause ' +
    '("caused by @alice", "because of @bob", "John\'s mistake", "engineer Dave broke"), a role as the subject of a failure ("Engineer Dave broke the config", "the intern deleted the table"), ' +
    'and a first name as the subject of a slip only people make ("Bob forgot", "Ana accidentally dropped") or of a failure brought about by what they did ("Bob broke the deploy by skipping the checklist"); ' +
    '"Redis broke under load" stays about a system. ' +
    'Words in `allow` are never reported: operations words (kill, abort, execute, master, hang, dead, fatal, crash, terminate, `git blame`) and the language of a blameless culture ("no blame", "blameless").\n\n' +
    'Hindsight phrases are accepted in lessons-learned sections (what went well or wrong), where "we should have had a runbook" is the lesson itself; ' +
    'blame and named people are reported everywhere. Code, inline code and comments are not read.\n\n' +
    'Rewrite the sentence around the system: what made the action possible, what would have caught it.',
  check({ document, template, options, report }) {
    const phrases = options.phrases.filter((p) => p.trim());
    const allowed = options.allow.filter((p) => p.trim());
    const hits = [
      ...(phrases.length ? phraseHits(document, wordPattern(phrases)) : []),
      ...(options.namedPeople ? namedHits(document) : []),
    ];
    if (hits.length === 0) return;
    const allowedPattern = allowed.length ? wordPattern(allowed) : undefined;
    // Allowed spans are read once per line, not once per hit: a line of hits stays linear.
    const allowedSpans = new Map<number, Array<{ start: number; end: number }>>();
    const spansOf = (line: number) => {
      let spans = allowedSpans.get(line);
      if (!spans) {
        spans = allowedPattern ? [...document.lines[line].matchAll(allowedPattern)].map((s) => ({ start: s.index, end: s.index + s[0].length })) : [];
        allowedSpans.set(line, spans);
      }
      return spans;
    };
    const byLine = new Map<number, Hit[]>();
    for (const hit of hits) {
      if (isAllowed(hit, spansOf(hit.line))) continue;
      if (hit.hindsight && isWithinRole(sectionAt(document, hit.line), template, 'lessons')) continue;
      const kept = byLine.get(hit.line);
      if (kept) kept.push(hit);
      else byLine.set(hit.line, [hit]);
    }
    for (const [line, kept] of byLine) {
      for (const hit of distinct(kept)) {
        const range: Range = { start: { line, character: hit.start }, end: { line, character: hit.end } };
        report({ message: advice(hit), range });
      }
    }
  },
};

/** Every listed phrase on the line; hindsight only when it looks back ("should have noticed"). */
function phraseHits(document: PostmortemDocument, anyPhrase: RegExp): Hit[] {
  const hits: Hit[] = [];
  for (const m of proseMatches(document, anyPhrase)) {
    const hindsight = HINDSIGHT.test(m.text.replace(/\s+/g, ' '));
    if (hindsight && !PAST_PARTICIPLE.test(m.lineText.slice(m.end))) continue;
    hits.push({ line: m.line, start: m.start, end: m.end, text: m.text, named: false, hindsight });
  }
  return hits;
}

/** Each pattern runs only where the words it cannot match without appear at all: most documents name nobody. */
function namedHits(document: PostmortemDocument): Hit[] {
  const text = proseText(document);
  return NAMED_PERSON.filter(({ needs }) => needs.test(text)).flatMap(({ pattern }) =>
    [...proseMatches(document, pattern)].map((m) => ({ line: m.line, start: m.start, end: m.end, text: m.text, named: true, hindsight: false })),
  );
}

const patterns = new Map<string, RegExp>();

/** Phrases as one whole-word, any-case pattern, longest first; straight and curly apostrophes alike. Built once per list. */
function wordPattern(phrases: readonly string[]): RegExp {
  const key = phrases.join('\u0000');
  let pattern = patterns.get(key);
  if (!pattern) {
    pattern = buildWordPattern(phrases);
    if (patterns.size > 100) patterns.clear();
    patterns.set(key, pattern);
  }
  return pattern;
}

function buildWordPattern(phrases: readonly string[]): RegExp {
  const bodies = [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((phrase) =>
      phrase
        .trim()
        .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
        .replace(/['’]/g, "['’]")
        .replace(/\s+/g, '\\s+'),
    );
  return new RegExp(`(?<![\\p{L}\\p{N}_])(?:${bodies.join('|')})(?![\\p{L}\\p{N}_])`, 'giu');
}

/** Whether an allowed phrase covers the hit. Spans come in order and do not overlap. */
function isAllowed(hit: Hit, spans: ReadonlyArray<{ start: number; end: number }>): boolean {
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (spans[mid].start > hit.start) high = mid - 1;
    else low = mid + 1;
  }
  const span = spans[high];
  return !!span && hit.end <= span.end;
}

/**
 * Overlapping hits ("his fault" inside "John's fault") are one finding: the longest, first. In
 * start order a hit overlaps a kept one exactly when it starts before the furthest kept end.
 */
function distinct(hits: Hit[]): Hit[] {
  const kept: Hit[] = [];
  let furthest = -1;
  for (const hit of hits.sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (hit.start < furthest) continue;
    kept.push(hit);
    furthest = hit.end;
  }
  return kept;
}

const JUDGEMENTS = /^(?:careless|carelessness|negligent|negligence|incompetent|stupid|lazy|sloppy|forgot to|failed to notice|didn['’]t bother)$/i;

function advice(hit: Hit): string {
  const quoted = `"${hit.text.replace(/\s+/g, ' ')}"`;
  if (hit.named) return `${quoted} names a person as the cause; describe the action and what in the system allowed it, not who did it.`;
  if (hit.hindsight) return `${quoted} is hindsight; describe what people knew at the time and why their action made sense then.`;
  if (JUDGEMENTS.test(hit.text.replace(/\s+/g, ' '))) return `${quoted} judges a person; describe what made the slip possible (a missing check, an unclear runbook, no alert).`;
  return `${quoted} puts the cause on a person; describe what in the system let it happen.`;
}
