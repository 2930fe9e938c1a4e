import type { Rule } from '../rule';
import { openActionItems, quoteItem } from '../openActionItems';

/**
 * Verbs that open action items in real postmortems. A list, not a part-of-speech tagger: it is
 * predictable, and a team can say what it means by turning the rule off.
 */
const VERBS = new Set(
  `add adjust adopt alert allow analyse analyze announce apply archive assess assign audit automate back backfill
  backup benchmark block build bump cache cap change check clarify clean cleanup close collect communicate
  compare conduct configure confirm consider consolidate convert coordinate create deduplicate define delegate
  delete deliver deploy deprecate design detect develop disable discuss document double-check draft drop educate
  employ enable encourage encrypt enforce enhance ensure escalate establish evaluate expand experiment explore
  expose extend extract file find fix follow freeze gate gather get give harden have hire hold host identify
  implement improve increase inform install instrument integrate introduce investigate isolate keep label launch
  leverage limit load locate lock log look lower maintain make mandate measure merge migrate mitigate modify
  monitor move note notify onboard open optimise optimize organise organize outline own page partition patch
  perform pin plan practice practise prepare prevent prioritise prioritize profile prototype provide provision
  publish purge put raise rate read reconcile record reduce refactor refresh rehearse reinforce reject release
  remind remove rename replace replay replicate report reproduce request require research reset resize resolve
  respond restore restrict restructure retire retry revert review revise revisit rewrite roll rollback rollout
  rotate run sanitise sanitize scale scan schedule secure send separate set setup share shorten simplify
  simulate split stage standardise standardize start stop store streamline strengthen stress submit suggest
  support switch sync tag teach test throttle tighten track train transfer triage tune turn unblock unify update
  upgrade use validate verify version visit watch wire write`.split(/\s+/),
);

const OPENING_NOISE = /^(?:\[[^\]]*\]|\([^)]*\)|[A-Z][A-Z0-9]+-\d+\b|P[0-4]\b|@[\w.-]+|[A-Za-z][\w /&-]{0,40}:)\s*[-–—:]?\s*/;
const MODAL = /^(?:(?:we|the team|team|i|ops|sre|engineering)\s+)?(?:will|shall|should|must|need to|needs to|have to|has to|plan to|are going to|going to|to)\s+/i;
/** "Regularly review ...", "Immediately patch ...": the verb comes second. */
const ADVERB = /^[A-Za-z]+ly,?\s+(?=[A-Za-z])/i;
const VAGUE: readonly RegExp[] = [
  /^be\s+(?:more\s+)?(?:careful|vigilant|cautious|attentive|mindful|aware|diligent)\b/i,
  /^(?:try|attempt)\s+(?:to\s+)?(?:be|not)\b/i,
  /^(?:make sure|ensure)\s+(?:this|it|that this|that it)\s+(?:does ?n[o']t|never|won'?t|will not)\s+happen\s+again\b/i,
  /^improve\s+(?:things|stuff|everything|it|processes|the process|communication|monitoring|testing)\s*[.!]?$/i,
  /^\w+\s+(?:better|more carefully|more closely|harder|more)\s*[.!]?$/i,
];
const MIN_WORDS = 3;

export const actionItemNotActionable: Rule = {
  id: 'PM023',
  alias: 'action-item-not-actionable',
  description: 'An action item does not start with a verb, or is too vague to act on.',
  defaultLevel: 'info',
  tags: ['content', 'action-items'],
  fixable: false,
  defaultOptions: {},
  rationale:
    'PagerDuty\'s guidance is that action items are actionable (start with a verb), specific and bounded: "Add an alert on connection-pool saturation" can be done and closed, ' +
    '"Database monitoring" cannot, and "Be more careful" never will be. The ALX rubric asks for tasks "like a TODO" ("patch Nginx server").\n\n' +
    'An item passes when its first word is one of about two hundred verbs common in action items, in the imperative ("Add") or as a gerund ("Adding", which students often write), ' +
    'or with a prefix ("Re-enable", "Redeploy"). Priority tags, ticket ids, owners and a short label before a colon ("[P1]", "OPS-12:", "Monitoring:") are skipped first, ' +
    'and so are decoration ("✅"), "We will" or "Need to", and an adverb ("Regularly review"). Items of fewer than three words, and stock phrases ("be more careful", "make sure this doesn\'t happen again", "monitor better", ' +
    '"improve monitoring") are reported as too vague. This is information: the verb list cannot know every verb.',
  check({ document, report }) {
    for (const item of openActionItems(document)) {
      const problem = assess(item.text);
      if (!problem) continue;
      report({ message: `Action item ${quoteItem(item)} ${problem}`, range: item.range });
    }
  },
};

/** What is wrong with an item's wording, as the end of a sentence; undefined when it reads as a task. */
function assess(text: string): string | undefined {
  const task = core(text);
  if (VAGUE.some((v) => v.test(task))) return 'is too vague to act on; name the specific change and how you will know it is done.';
  if (task.split(/\s+/).filter(Boolean).length < MIN_WORDS) return 'is too short to act on; say what will change, and where.';
  const first = /^[A-Za-z][A-Za-z-]*/.exec(task)?.[0].toLowerCase() ?? '';
  if (isVerb(first)) return undefined;
  return 'does not start with a verb; say what to do ("Add alerting on ...", "Patch ...").';
}

/** The item without the labels and modals in front of its verb. */
function core(text: string): string {
  // Leading marks and emoji ("✅ Optimize ...") are decoration.
  let task = text.trim().replace(/’/g, "'").replace(/^[^\p{L}\p{N}[(@]+/u, '');
  for (let i = 0; i < 3; i++) {
    const noise = OPENING_NOISE.exec(task);
    // "Add monitoring: CPU and memory" opens with its verb; the colon is not a label's.
    if (!noise || isVerb(/^[A-Za-z][A-Za-z-]*/.exec(noise[0])?.[0].toLowerCase() ?? '')) break;
    task = task.slice(noise[0].length);
  }
  return task.replace(ADVERB, '').replace(MODAL, '').replace(ADVERB, '').trim();
}

function isVerb(word: string): boolean {
  // "Load-test", "Re-run": the verb is the word's first part, or the word after its prefix.
  const candidates = [word, word.split('-')[0], ...gerundStems(word)];
  return candidates.some((w) => VERBS.has(w) || (/^re-?/.test(w) && VERBS.has(w.replace(/^re-?/, ''))));
}

/** "adding" → add, "creating" → create, "setting" → set. */
function gerundStems(word: string): string[] {
  if (!word.endsWith('ing') || word.length < 5) return [];
  const stem = word.slice(0, -3);
  const stems = [stem, stem + 'e'];
  if (/(.)\1$/.test(stem)) stems.push(stem.slice(0, -1));
  return stems;
}
