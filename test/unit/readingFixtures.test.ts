import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint, type LintResult } from '../../server/src/engine';

/**
 * Each document in test/reading/ opens with `<!-- reading {json} -->`: what a careful reader finds
 * in it (the template it follows, when the incident started and ended, how many timeline entries it
 * has...). The comment is blanked before linting, without configuration, and every field it names is
 * checked. See test/reading/README.md.
 */
const FIXTURES = join(__dirname, '..', '..', '..', 'test', 'reading');
const READING = /^<!--\s*reading\s+(\{.*\})\s*-->$/;

interface Reading {
  template?: string;
  start?: string | null;
  end?: string | null;
  durationMinutes?: number | null;
  timeToDetectMinutes?: number | null;
  timelineEntries?: number;
  missing?: string[];
  errors?: number;
}

/** What each fixture shows, for the test names. */
const SHOWS: Record<string, string> = {
  'alx-date-without-space.md': 'an ALX document with dates written "January23, 2021" and times in WAT',
  'alx-issue-summary.md': 'an ALX document: Issue Summary with Duration, Impact and Root cause, "10:15 AM UTC - " bullets',
  'alx-no-date.md': 'an ALX document with no date anywhere: times of day only',
  'date-dd-mm-yyyy.md': 'dates written dd-mm-yyyy (24-10-2024)',
  'date-dotted-day-month-europe-berlin.md': 'dates written dd.mm.yyyy, times in Europe/Berlin',
  'date-mm-dd-yyyy-est.md': 'dates written mm-dd-yyyy (11-19-2023), times in EST crossing UTC midnight',
  'date-slash-day-first-settled-utc-plus-3.md': 'dd/mm/yyyy settled by a day over 12 elsewhere, times in UTC+3',
  'date-without-year-ordinal-pdt.md': 'a date with no year ("Friday, August 23rd", year in the title), PDT on every time',
  'field-value-on-next-line.md': 'labels "**Start time:**" and "**End time:**" with their times on the next line',
  'fields-start-and-end-on-one-line.md': 'a start and an end labelled on one line ("Start: ..., End: ..."); the timeline stops before the end',
  'fields-text-bullets-comma-date.md': 'fields behind pasted "—" bullets, dated with commas ("10, 07, 2023, 4:05 PM UTC"); the timeline stops before the stated end',
  'google-sre-outage-markers.md': 'a Google SRE document: "(all times UTC)", table with OUTAGE BEGINS / OUTAGE ENDS',
  'labelled-fields-with-offsets.md': 'Start and End fields with a +02:00 offset',
  'lifecycle-impact-started-incident-resolved.md': 'lifecycle markers "Impact started" and "Incident resolved" after a harmless first entry',
  'summary-window-end-dated-before-start.md': 'a summary window whose end is dated months before its start (a slip): the timeline, on the start\'s day, ends it; no error',
  'summary-window-start-dated-after-end-ict.md': 'a summary window whose start is dated after its end (a slip), times in ICT with "ICT-September 5th"',
  'timeline-prose-hours-zone-in-words.md': 'a timeline in prose: "08:20 hours (East Africa Time)"',
  'resolution-states-rounded-length.md': 'the Resolution section states the length the times round to ("took about twenty-four hours")',
  'stated-window-month-slip-outage-markers.md': 'an Impact window dated a month off the timeline\'s "(outage starts)"/"(outage ends)" markers',
  'change-took-effect-late.md': 'a change that "took effect later than planned": the onset is the row where it was applied, not the first attempt',
  'background-mitigated-minutes-later.md': 'the story says the exploit was "contained 14 minutes later" than a time it gave: that row ends it, not the last precaution',
  'summary-report-then-fully-operational.md': 'a summary that opens with the report time and ends "at around 10.55AM PST ... fully operational again"',
  'introduction-and-joined-prevention-title.md': 'an "Introduction" that is the summary, and "Mitigation and Future Prevention" serving as the action items',
  'summary-onset-told-before-time.md': 'a summary onset told before its time ("The outage broke out approximately at 7:00am")',
  'summary-window-bold-times-in-quote.md': 'a summary window in a blockquote with bold times ("From **Sep 12, 2022 7:00 AM** to **...**")',
  'summary-zone-contradicts-timeline-same-clock.md': 'a summary onset "at 09:50 (CEST)" over a timeline in UTC with a row at 09:50: the same moment, not an earlier onset',
  'timeline-table-year-in-header-recovery-sentence.md': 'a table that writes the year once ("Date (2021)", PDT applies), and a full recovery in a sentence with no time of its own',
  'narrative-last-time-is-when-told.md': 'prose with no timeline whose last time is when the writer heard of it: no end, not that time',
  'narrative-outage-happened-on-release-day.md': 'prose: "An outage happened ... at about 06:40 CET, the morning the catalogue was released" is the onset, not a change before it',
  'noise-code-logs-urls.md': 'times in fenced code, log excerpts, command output and URLs are not entries',
  'range-between-in-summary-pst-heading.md': 'a range "between 13:46 and 17:30 PST" in the summary and "## Timeline (PST)"',
  'stated-window-timeline-runs-past-end.md': 'a timeline that runs on past the stated end: the stated window wins',
  'team-next-steps-contributing-factors-impact-table.md': 'a team template with "Contributing factors", "Next steps", "Time (UTC)" and an impact table "| Duration | 3h 45m |"',
  'team-remediation.md': 'a team template with "Root cause analysis" and "Remediation"',
  'team-stats-what-were-doing-about-it.md': 'a team template with a "Stats" list and "What we\'re doing about it"',
  'team-what-happened-why-how-followups.md': 'a team template: "What happened", "Why did it happen?", "How we fixed it", "Follow-ups"',
  'timeline-approximate-and-unknown-minutes.md': 'approximate "~16:00" is an entry, "14:??" is not',
  'timeline-bold-utc-bullets-summary-range.md': '"**16:58 UTC** -" bullets and "from 16:58 to 18:46 UTC" in the summary',
  'timeline-bracket-month-day.md': '"[03-26 23:04]" month-day brackets crossing midnight, year written elsewhere',
  'timeline-brackets-and-chat-log.md': '"[08:47]" lines under "## Timeline (all times UTC)" and a pasted chat log outside it',
  'timeline-cause-discovered-mid-investigation.md': 'a cause "discovered" after the team restarted and checked things is diagnosis: no detection is told',
  'timeline-day-headings-under-resolved-field.md': 'entries under "### 2023-01-09" day headings, days before a "Resolved" field\'s date: each keeps its heading\'s day',
  'timeline-ends-with-incident-closed.md': 'no entry says the service came back: "Incident closed" ends it, not the last message sent',
  'timeline-grouped-under-date-headings.md': 'entries grouped under "#### 2023-04-06" date headings, in CEST',
  'timeline-heading-per-entry.md': 'one "### 2021-06-11 21:01" heading per entry',
  'timeline-italic-times.md': 'italic "*14:05*" times in EDT',
  'timeline-lines-with-hard-breaks-no-onset.md': 'plain lines ending in two spaces; no onset stated, the first entry with impact starts it',
  'timeline-lowercase-pm-us-pacific.md': 'lowercase "2:14 pm" times in US/Pacific',
  'timeline-table-date-and-time-columns.md': 'a timeline table with Date and Time columns',
  'timeline-table-day-date-time-multi-day.md': 'a Day | Date | Time table over three days',
  'report-several-incidents-stated-windows.md': 'one report of two incidents, each with its "**Duration:**" window: from the first start to the last end, and no one length',
  'summary-at-until-window-eastern.md': 'a window told across sentences: "At 2:30 PM Eastern time ... until 4:40 PM"; no date',
  'summary-onset-before-timeline-opens.md': 'the summary dates the onset ("At approximately 11:00 PM PDT ... became unresponsive") before the timeline opens; "restored the blog service"',
  'summary-two-lengths-phase-and-whole.md': 'two lengths in the summary, a phase ("offline for a period of 75 minutes") and the whole ("during roughly 10 hours"): the times decide',
  'summary-two-phases-one-sentence.md': 'a sentence wrapped over two lines telling two phases ("for about 30 minutes, and then ... for the next 2 hours"): no stated length',
  'summary-until-hotfix-released.md': 'the summary names the event that ended it ("until the hotfix was released"): the release row is the end, though it also announces',
  'summary-window-then-full-recovery.md': 'a stated window, then "By February 7, 4:45 AM UTC ... fully recovered" after a backlog',
  'team-stats-recovery-row-after-upgrade.md': 'a "Stats" list whose time to recovery measures from the row at the end minus it; time to detection from the timeline',
  'timeline-handover-and-confirmed-resolution.md': '"hands the issue over" is no end; "announces that the resolution is confirmed" is; 12-hour PST under a date heading',
  'timeline-negated-resolution.md': 'rows that say nothing was resolved ("but nothing was resolved", "was not fixed there either") do not end it',
  'timeline-new-version-made-available.md': 'a vendor made a new version available and automation picked it up: changes before the onset, not the onset; dd-mm-yyyy',
  'timeline-partial-then-full-restore.md': '"confirmed working via the root account only" is partial; "a user posts" is a report',
  'timeline-report-first-earlier-onset.md': 'a report listed first, the earlier onset right after it; a revoked key ends the exposure',
  'unknowable-contradicting-start.md': 'a document whose stated starts contradict each other',
  'unknowable-security-exposure-no-onset.md': 'a security report with no single onset',
  'window-restated-with-month-slip.md': 'a "Duration" window restated further down a month off at the same clock times: one window with a slip, the timeline\'s side kept',
  'wrapper-html-headings.md': 'HTML headings (<h2>Timeline</h2>)',
  'wrapper-template-html-comments-all-clear.md': 'HTML comments left from a template, and "All clear" as the end',
  'wrapper-toml-front-matter-hugo.md': 'TOML front matter (+++) with a publish date, and a Hugo shortcode',
  'wrapper-yaml-front-matter-jekyll-raw.md': 'YAML front matter and Jekyll tags ({% include %}, {% raw %})',
  'atlassian-date-time-utc-table-day-month.md': 'an Atlassian document: Leadup, Fault, Recovery, Five whys, a "Date/Time (UTC)" table dated "3 Mar 2024 14:02"',
  'google-sre-bullets-all-times-pdt.md': 'a Google SRE document with bold fields and a bullet timeline "(all times PDT)": "Checkout returns errors" on the OUTAGE BEGINS row is the onset, not its detection',
  'pagerduty-what-happened-howd-we-do-edt-table.md': 'a PagerDuty document ("What Happened", "How\'d We Do?", "Messaging") with a "Time (EDT)" table; "Support files a ticket" is the detection',
  'public-report-prose-between-utc.md': 'a public post-incident report in prose: "On March 3 between 14:02 and 15:40 UTC", the year from the publish date',
  'security-leaked-key-in-image-no-onset.md': 'a security report with no single onset ("researcher emails security@" is its detection), and "keeps pull logs for 30 days" is no length',
  'timeline-day-headings-midnight-america-los-angeles.md': 'day headings ("### Friday, October 11, 2024") crossing midnight, 12-hour times in America/Los_Angeles',
  'timeline-heading-per-entry-day-month-name.md': 'one "### 11 Jun 2024, 21:01 UTC" heading per entry; a customer report relayed by support',
  'timeline-slack-log-cet-summary-window.md': 'a pasted Slack log as the timeline ("[10:31] pagerbot: ... paging @dana"), CET declared above it',
  'metadata-table-fields-iso-seconds.md': 'a "| Field | Value |" table with "Incident start" and "Resolved" over a timeline of ISO times to the second: time to detect counted in clock minutes',
  'timeline-entries-with-time-ranges.md': 'entries for periods ("14:20–14:55 — ..."): a change before the "First failed upload", and a period that ends the incident ends it at its end',
  'fields-at-keyword-pst-export.md': 'an incident tool export: "**Impact started at:** Jan 15, 2024 at 2:02 PM PST" fields over a timeline of 12-hour times with no zone',
  'timeline-two-zones-per-row.md': 'every row written in two zones ("9:40 AM PT / 17:40 UTC")',
  'open-source-users-start-seeing-issue-opened.md': 'a deploy row, then "Users start seeing 502 errors" (the onset) and "A user opens a GitHub issue" (the detection)',
  'timeline-new-years-eve-cet-no-dates.md': 'a table of times only under "Timeline (all times CET)" crossing midnight into a new year, the date in the title',
  'timeline-chat-sender-line-then-message.md': 'a chat log pasted as "**kim** 10:14 AM" with each message on the line below: the message is the entry\'s text ("paging @kim" detects)',
};

interface Fixture {
  name: string;
  text: string;
  reading: Reading;
}

/**
 * Blanks the reading comment so every line keeps its number. Front matter must open the document,
 * so when it follows the comment the comment is dropped instead and an empty line is added at the end.
 */
function readFixture(name: string): Fixture {
  const raw = readFileSync(join(FIXTURES, name), 'utf8');
  const eol = raw.includes('\r\n') ? '\r\n' : '\n';
  const lines = raw.split(/\r?\n/);
  const match = READING.exec(lines[0]);
  if (!match) throw new Error(`${name}: the first line must be <!-- reading {json} -->`);
  const reading = JSON.parse(match[1]) as Reading;
  const opensFrontMatter = /^(---|\+\+\+)\s*$/.test(lines[1] ?? '');
  const body = opensFrontMatter ? [...lines.slice(1), ''] : ['', ...lines.slice(1)];
  return { name, text: body.join(eol), reading };
}

/** Minutes after midnight UTC of a time of day with its offset: `10:00:00+02:00`, `10:00:00Z`. */
function timeOfDayMinutes(value: string): number | undefined {
  const m = /^(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.exec(value);
  if (!m) return undefined;
  let minutes = Number(m[1]) * 60 + Number(m[2]);
  if (m[4] !== 'Z') {
    const sign = m[4].startsWith('-') ? -1 : 1;
    const digits = m[4].slice(1).replace(':', '');
    minutes -= sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2)));
  }
  return ((minutes % 1440) + 1440) % 1440;
}

/** Whether `actual` names the instant (or, without a date, the time of day) that `expected` does. */
function sameTime(actual: string, expected: string): boolean {
  const expectedTime = timeOfDayMinutes(expected);
  if (expectedTime !== undefined) return timeOfDayMinutes(actual) === expectedTime;
  const a = Date.parse(actual);
  return !Number.isNaN(a) && /^\d{4}-\d{2}-\d{2}T/.test(actual) && a === Date.parse(expected);
}

/** Every way the engine's reading differs from the fixture's, one line each. */
function differences(result: LintResult, reading: Reading): string[] {
  const out: string[] = [];
  const { metrics } = result;
  if (reading.template !== undefined && result.template.id !== reading.template) {
    out.push(`template ${result.template.id}, expected ${reading.template} (${result.templateReason})`);
  }
  const times: Array<['start' | 'end', string | undefined]> = [
    ['start', metrics.startTime],
    ['end', metrics.endTime],
  ];
  for (const [field, actual] of times) {
    const expected = reading[field];
    if (expected === undefined) continue;
    if (expected === null) {
      if (actual !== undefined) out.push(`${field} ${actual}, expected none reported`);
    } else if (actual === undefined) {
      out.push(`${field} not reported, expected ${expected}`);
    } else if (!sameTime(actual, expected)) {
      out.push(`${field} ${actual}, expected ${expected}`);
    }
  }
  const numbers: Array<['durationMinutes' | 'timeToDetectMinutes', number | undefined]> = [
    ['durationMinutes', metrics.durationMinutes],
    ['timeToDetectMinutes', metrics.timeToDetectMinutes],
  ];
  for (const [field, actual] of numbers) {
    const expected = reading[field];
    if (expected === undefined) continue;
    if (expected === null) {
      if (actual !== undefined) out.push(`${field} ${actual}, expected none reported`);
    } else if (actual !== expected) {
      out.push(`${field} ${actual ?? 'not reported'}, expected ${expected}`);
    }
  }
  if (reading.timelineEntries !== undefined && result.document.timeline.length !== reading.timelineEntries) {
    const lines = result.document.timeline.map((e) => e.line + 1).join(',');
    out.push(`${result.document.timeline.length} timeline entries (lines ${lines || 'none'}), expected ${reading.timelineEntries}`);
  }
  if (reading.missing !== undefined) {
    const missing = result.diagnostics
      .filter((d) => d.code === 'PM001')
      .map((d) => /Missing required section "([^"]+)"/.exec(d.message)?.[1] ?? d.message)
      .sort();
    const expected = [...reading.missing].sort();
    if (JSON.stringify(missing) !== JSON.stringify(expected)) {
      out.push(`missing sections ${JSON.stringify(missing)}, expected ${JSON.stringify(expected)}`);
    }
  }
  if (reading.errors !== undefined) {
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    if (errors.length !== reading.errors) {
      out.push(`${errors.length} errors (${errors.map((d) => `${d.range.start.line + 1}:${d.code} ${d.message}`).join(' | ')}), expected ${reading.errors}`);
    }
  }
  return out;
}

/** "start, end and entries": what the test checks, for its name. */
function checked(reading: Reading): string {
  const parts: string[] = [];
  if (reading.template !== undefined) parts.push('template');
  if (reading.start !== undefined) parts.push(reading.start === null ? 'no start' : 'start');
  if (reading.end !== undefined) parts.push(reading.end === null ? 'no end' : 'end');
  if (reading.durationMinutes !== undefined) parts.push(reading.durationMinutes === null ? 'no duration' : 'duration');
  if (reading.timeToDetectMinutes !== undefined) parts.push(reading.timeToDetectMinutes === null ? 'no time to detect' : 'time to detect');
  if (reading.timelineEntries !== undefined) parts.push('entries');
  if (reading.missing !== undefined) parts.push('missing sections');
  if (reading.errors !== undefined) parts.push('errors');
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}` : parts.join('');
}

for (const name of readdirSync(FIXTURES).filter((f) => f.endsWith('.md') && f !== 'README.md').sort()) {
  const fixture = readFixture(name);
  test(`${SHOWS[name] ?? name}: ${checked(fixture.reading)}`, () => {
    const found = differences(lint(fixture.text), fixture.reading);
    assert.deepEqual(found, [], `${name}: ${found.join('; ')}`);
  });
}
