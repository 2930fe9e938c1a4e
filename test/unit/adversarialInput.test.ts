import { describe, test } from 'node:test';
import { lint } from '../../server/src/engine';
import { RECIPES } from '../../bench/adversarial';
import { assertRangesInside, checkCase } from '../fuzz/invariants';

/**
 * Inputs that once froze the server: each recipe at 128 KB, where a backtracking pattern or a
 * quadratic pass took from seconds to hours. The bound is the test's timeout, a wait like any
 * other, not a measured time: the benchmark (bench/adversarial.bench.ts) checks the growth.
 */
describe('adversarial input is read in one pass', () => {
  for (const recipe of RECIPES) {
    test(`${recipe.name}: ${recipe.shape}, 128 KB`, { timeout: 60_000 }, () => {
      const text = recipe.make(128 * 1024);
      assertRangesInside(text, lint(text));
    });
  }
});

describe('every range is inside the document, start before end', () => {
  const documents = {
    'front matter alone': '---\n---',
    'a space': ' ',
    'a tab': '\t',
    'a setext heading over two lines': ']\nx\n-',
    'a setext heading over two lines, CR line ends': ']\rx\r-',
    'a setext heading over two lines, CRLF line ends': ']\r\nx\r\n-',
    'a setext title over a bold label': '---\ntitle: Web outage\n---\n**Timeline:**\nTimeline\n===',
  };
  for (const [name, text] of Object.entries(documents)) {
    test(name, () => assertRangesInside(text, lint(text)));
  }
});

/** Failures the fuzz suite found, shrunk: each once broke an invariant (see test/fuzz/invariants.ts). */
describe('documents the fuzz suite shrank to', () => {
  const cases: Array<[string, string, Record<string, string>?]> = [
    ['a section inserted after a list nested ten deep is read (markdown-it stopped at 20 levels)', '---\ntitle: Web outage\n---\n  -   -   -   -   -   -   -   -   -   - 10:10 nested'],
    ['a section inserted after an unclosed fence closes it first', '---\ntitle: Web outage\n---\n```'],
    ['a fence inside an HTML block is not a fence to close', '---\ntitle: Web outage\n---\n<details>\n```'],
    ['a fence inside front matter is not a fence to close', '---\ntitle: Web outage\n\n```\n---'],
    ['a section goes at the end rather than above a label it would take in', 'Root Cause:'],
    ['lines after a lone CR get CR, not an LF that would join it', '---\rtitle: Web outage\r---\r</details>\r'],
    ['a section appended after a last line break that is a lone CR keeps its blank line (else an HTML block takes it in)', '<details>\n```\r'],
    ['a label inside an unclosed HTML comment is no section to insert before', 'Timeline\n===\n<!--\nTimeline:'],
    ['a section inserted under an HTML block line gets a blank line first', '---\ntitle: Web outage\n---\n# Root Causes\n</details>\nRoot Causes:'],
    ['a section appended after an unclosed "<?" block closes it first', '<?'],
    ['a section goes at the end rather than above an indented heading that its closing list would take in', '---\ntitle: Web outage\n---\n  1999-00-00, 00:00 - \nTimeline\n===', { template: 'pagerduty' }],
    ['a section inserted under an HTML block line that ends in a lone CR keeps its blank line (an LF would join the CR)', '# What Happened\n**Timeline:**\rAppendix:\n</details>\rTimeline:', { template: 'pagerduty' }],
    ['"<A" is no HTML block: the fence after it is open and is closed first', '<A\n```'],
    ['a date without a year keeps its year when the timeline is sorted', '- 2000-01-01, 00:00 - \n- 1 January 1999, 00:00 - \n- June 23, 00:00 - '],
    ['no zone fix where the reader would not read the zone back', '| 2003-09-00T00:00Z |  |'],
    ['no zone fix where the zone would run into the text after it ("UTC - 30")', '---\ntitle: Web outage\n---\n- 00:00 - 30% of users'],
    ['no sort for a run that mixes dated and undated entries', '**Start:** 2018-01-01, 00:60\n| 03:00 |  |\n| 1999-01-01, 03:01 |  |'],
    ['no sort that puts the run out of order with a nested entry after it', '---\ntitle: Web outage\n---\n- 1999-01-02, 00:00 - \n- 1999-01-01, 00:00 - \n    - January 1, 1999, 00:00 - '],
    ['no sort that puts the run out of order with the entry after it, which has no zone and is compared with the run\'s new last entry', '1999-02-01, 00:00 Pacific Time - \n| 1 January 1999, 00:00 UTC |  |\n- 1999-01-13, 00:00 - ', { defaultTimeZone: 'pacific time' }],
    ['no sort that moves a continuation line writing a date above an undated entry, which would take that date', ' at 2012-01-17, 00:00 .\n| 10:02 |  |\n> 10:01 nested\n\t- 1999-01-01T0000 - '],
  ];
  for (const [name, text, config] of cases) {
    test(name, () => checkCase({ text, config: config ?? {} }));
  }
});
