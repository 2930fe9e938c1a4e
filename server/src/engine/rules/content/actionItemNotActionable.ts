import type { Rule } from '../rule';
import { openActionItems, quoteItem } from '../../query/actionItems';

/**
 * Verbs that open action items in real postmortems. A list, not a part-of-speech tagger: it is
 * predictable, and a team can say what it means by turning the rule off.
 */
const VERBS = new Set(
  `accept access accommodate account accumulate achieve acquire act activate adapt add address adhere adjust
  administer adopt advertise advise advocate affect aggregate alert align allocate allow alter amend analyse
  analyze announce append apply approach approve archive arrange articulate ask assemble assert assess assign
  assist associate attach attempt attend attribute audit authenticate authorise authorize automate avert await
  back backfill backport bake balance bar base batch become begin benchmark bind blacklist block boost bootstrap
  bound break brief bring broadcast budget build bump bundle burn buy cache calculate calibrate call canary
  cancel cap capture carry catch categorise categorize centralise centralize certify chain challenge change
  charge chart check choose chunk cite claim clarify classify clean cleanup clear clone close code codify
  collaborate collect combine comment commission commit communicate compare compile complete comply compose
  compress compute concentrate condense conduct configure confine confirm connect conserve consider consolidate
  constrain construct consult consume contact contain continue contract contribute control convert coordinate
  copy correct correlate count couple cover crawl create credit cross-check curate customise customize cut cycle
  deactivate debug decide declare decommission decouple decrease dedicate dedupe deduplicate defer define delay
  delegate delete deliver demonstrate denormalize deny depend deploy deprecate derive describe design designate
  destroy detach detect determine develop diagnose differentiate digitize direct disable disallow disclose
  disconnect discover discuss dispatch display dispose distinguish distribute divide do document double
  double-check downgrade downscale draft drain drive drop dry-run dump duplicate edit educate elevate eliminate
  email embed emit employ empower emulate enable enclose encode encourage encrypt end enforce engage enhance
  enlarge enrich enroll ensure enter equip escalate establish estimate evaluate evict examine exclude execute
  exercise exit expand expedite experiment expire explain explore export expose express extend extract
  facilitate factor fail fetch file fill finalise finalize find finish fix flag flush focus follow forbid force
  forecast fork formalise formalize format forward free freeze gate gather generate get give go govern grant
  group grow guarantee guard halt hand handle harden hash have help hide highlight hire hold host identify
  ignore illustrate imagine implement import improve incorporate increase index indicate inform inject inspect
  install instruct instrument insure integrate intercept interview introduce invalidate inventory invest
  investigate invite involve isolate issue itemize iterate join justify keep kill label land launch learn lease
  let level leverage license lift limit link lint list listen load locate lock log look loop lower maintain make
  manage mandate manipulate map mark mature maximise maximize measure meet merge message migrate minimise
  minimize mirror mitigate mock model modernise modernize modify modularize monitor mount move name narrow
  negotiate nominate normalise normalize note notify observe obtain offer offload onboard open operate optimise
  optimize orchestrate order organise organize outline outsource overhaul oversee own package page parallelize
  parameterize parametrize parse partition pass patch pause perform persist phase pick pilot pin place plan poll
  populate port post postpone practice practise precompute predict preload prepare present preserve prevent
  print prioritise prioritize probe proceed process procure produce profile program promote propagate propose
  protect prototype prove provide provision prune publish pull purchase purge put qualify quantify quarantine
  question queue raise ramp rate re-architect reach read rearchitect reassess rebalance rebuild recheck
  recommend reconcile reconfigure record recover recreate recruit redeploy redesign redirect reduce refactor
  refine refresh refuse regenerate register regulate rehearse reindex reinforce reinstate reject relax release
  reload relocate rely remediate remember remind remodel remove rename render renew reorganise reorganize repair
  repeat rephrase replace replan replay replicate report represent reproduce request require rerun rescale
  research reserve reset resize resolve respond restart restore restrict restructure resume retain retest retire
  retrain retrieve retry reuse revalidate reverse revert review revise revisit rework rewrite roll rollback
  rollout rotate route run safeguard sanitise sanitize save scale scan schedule scope screen script scrub search
  secure seed segment select send separate sequence serve set settle setup shard share shift shorten showcase
  shut sign simplify simulate size skip slow snapshot solve sort source specify speed spin split sponsor
  stabilise stabilize stage stagger standardise standardize start state steer stop store streamline strengthen
  stress strip structure stub study submit subscribe substitute suggest summarise summarize supervise supply
  support suppress surface survey suspend sustain swap switch sync synchronise synchronize tackle tag take
  target teach terminate test thin throttle tighten time toggle trace track trade train transfer transform
  transition translate transmit treat triage trial trigger trim troubleshoot truncate trust try tune turn
  unblock understand unify uninstall unlock unpack unpin unset unsubscribe untangle update upgrade upload use
  utilise utilize vacuum validate vary verify version vet visit visualise visualize volunteer wait warm warn
  watch weigh whitelist widen win wire withdraw work wrap write`.split(/\s+/),
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
  /^(?:look|dig)\s+into\s+(?:it|this|that|things|the issue|the problem|the matter)\s*[.!]?$/i,
  /^(?:investigate|follow up on|check on|revisit|think about)\s+(?:it|this|that|things)(?:\s+further)?\s*[.!]?$/i,
];
/**
 * Who, when and which ticket, at the end of an item: "(owner: @dana, due 2024-04-01)",
 * "- @dana - JIRA-12". They are not the task's words, so "Monitoring (owner: @dana)" is still one word.
 */
const TRAILING_DETAIL = /\s*(?:\([^()]*(?:owner|assignee|due|deadline|eta|@|\b[A-Z][A-Z0-9]+-\d+\b|\d{4}-\d{2}-\d{2})[^()]*\)|[-–—|,;]\s*(?:@[\w.-]+|[A-Z][A-Z0-9]+-\d+|(?:owner|due|deadline|eta)\b[^-–—|,;]*))\s*$/i;
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
    'An item passes when its first word is one of about five hundred verbs common in action items, in the imperative ("Add") or as a gerund ("Adding", which students often write), ' +
    'or with a prefix ("Re-enable", "Redeploy"). Priority tags, ticket ids, owners and a short label before a colon ("[P1]", "OPS-12:", "Monitoring:") are skipped first, ' +
    'and so are decoration ("✅"), "We will" or "Need to", and an adverb ("Regularly review"). Items of fewer than three words, and stock phrases ("be more careful", "make sure this doesn\'t happen again", "monitor better", ' +
    '"improve monitoring", "look into it", "investigate this") are reported as too vague. An owner, due date or ticket after the task ("(owner: @dana, due 2024-04-01)", "- @dana - OPS-12") ' +
    'is not counted as the task\'s words, so "Monitoring (owner: @dana)" is still one word. This is information: the verb list cannot know every verb.',
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
  const [, first = '', next = ''] = /^([A-Za-z][A-Za-z-]*)\s*([A-Za-z]*)/.exec(task) ?? [];
  // "Review of the firewall rules" names a task; "Review the firewall rules" is one.
  if (isVerb(first.toLowerCase()) && next.toLowerCase() !== 'of') return undefined;
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
  return withoutDetails(task.replace(ADVERB, '').replace(MODAL, '').replace(ADVERB, '').trim());
}

function withoutDetails(task: string): string {
  for (let i = 0; i < 4 && TRAILING_DETAIL.test(task); i++) task = task.replace(TRAILING_DETAIL, '');
  return task.trim();
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
