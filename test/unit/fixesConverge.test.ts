import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, fixAll, lint, missingChildren, resolveConfig, sectionInsertEdit, writableZone, type ConfigFile } from '../../server/src/engine';
import { checkCase } from '../fuzz/invariants';

const config = (file: ConfigFile) => resolveConfig({}, { config: file, source: 'test' });

describe('a zone from the settings is written so that the reader reads it back', () => {
  const instant = Date.parse('2024-03-11T10:15:00Z');
  const cases: Array<[string, string]> = [
    ['+05:30', '+05:30'], ['-08:00', '-08:00'], ['UTC+5:45', 'UTC+5:45'], ['utc', 'UTC'], ['pst', 'PST'], ['Z', 'UTC'],
    ['Europe/Paris', 'Europe/Paris'], ['pacific time', 'pacific time'], ['Etc/GMT+5', 'UTC-5'], ['America/Port-au-Prince', 'UTC-4'], ['bogus', 'UTC'],
  ];
  for (const [setting, written] of cases) {
    test(`"${setting}" is written "${written}"`, () => assert.equal(writableZone(setting, instant), written));
  }
});

describe('fix-all converges', () => {
  test('with defaultTimeZone "+05:30", the PM013 fix writes the zone once and the finding goes', () => {
    const settings = config({ defaultTimeZone: '+05:30', rules: { PM001: 'off' } });
    const { text, result } = fixAll('# Postmortem: x\n\n## Timeline\n\n- 10:15 Detected\n', settings);
    assert.equal(text, '# Postmortem: x\n\n## Timeline\n\n- 10:15 +05:30 Detected\n');
    assert.deepEqual(result.diagnostics.filter((d) => d.code === 'PM013'), []);
  });

  test('with the atlassian template and defaultTimeZone "+05:30", "6:00" gets its zone once', () => {
    checkCase({ text: '6:00', config: { template: 'atlassian', defaultTimeZone: '+05:30' } });
    const { text } = fixAll('6:00', config({ template: 'atlassian', defaultTimeZone: '+05:30' }));
    assert.equal(text.match(/\+05:30/g)?.length, 1, text);
  });

  test('a fix whose finding survives is applied once, not once per pass', () => {
    // The PM013 fix for a zone the reader cannot read after this clock: offered nowhere now, so
    // fix-all stops when the text stops changing.
    const settings = config({ defaultTimeZone: '+05:30' });
    const once = fixAll('- 10:15 Detected', settings);
    assert.equal(fixAll(once.text, settings).text, once.text);
  });
});

describe('the PM001 fix on a document of white space adds a section that is read', () => {
  for (const template of ['google-sre', 'pagerduty', 'atlassian', 'alx']) {
    for (const text of ['\t', ' ', '\n\t', '\r\n\t']) {
      test(`${template}, ${JSON.stringify(text)}`, () => {
        const settings = config({ template });
        const before = lint(text, settings).diagnostics.filter((d) => d.code === 'PM001');
        for (const finding of before) {
          const fixed = applyEdits(text, finding.fix!.edits).text;
          assert.match(fixed, /^#+ /m, 'the heading starts its line');
          assert.ok(lint(fixed, settings).diagnostics.filter((d) => d.code === 'PM001').length < before.length, fixed);
        }
      });
    }
  }
});

describe('the PM015 sort leaves the timeline in order', () => {
  test('dated and undated entries in different zones: no sort is offered that would move undated entries to other days', () => {
    const text = ['## Timeline', '', '- 2024-03-11 23:30 UTC - paged', '- 01:00 PST - rolled back', '- 2024-03-11 20:00 UTC - detected', ''].join('\n');
    checkCase({ text, config: {} });
  });
});

describe('a sub-section is inserted where it stays a sub-section', () => {
  const alx = config({ template: 'alx' });
  const measures = '# Postmortem: Queue stall\n\n## Corrective and Preventative Measures\n\n**Improvements/Fixes:**\n\n- Alert on queue depth.\n\n';

  test('at the end of its parent, and the parent then holds it', () => {
    const text = `${measures}## Appendix\n\nGraphs.\n`;
    const edit = sectionInsertEdit(lint(text, alx), 'tasks');
    assert.ok(edit);
    const after = lint(applyEdits(text, [edit]).text, alx);
    assert.deepEqual(missingChildren(after, after.document.allSections.find((s) => s.key === 'corrective-measures')!).map((s) => s.key), []);
  });

  test('not above an indented line, which its closing list would take in', () => {
    assert.equal(sectionInsertEdit(lint(`${measures}  ## Appendix\n\nGraphs.\n`, alx), 'tasks'), undefined);
  });
});
