import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import {
  applyEdits, findDiagramBlock, lint, mermaidBlock, mermaidText, timelineDiagramEdit, timelinePicture, timelineSvg, timeScale, xmlText, LONG_GAP_MS,
} from '../../server/src/engine';

/**
 * Each test/diagram-fixtures/NAME.md is drawn and compared with NAME.mermaid and NAME.svg beside
 * it. After a deliberate change to the pictures, rewrite them with UPDATE_DIAGRAMS=1 and review
 * the diff (open the SVGs in a browser).
 */
const FIXTURES = join(__dirname, '..', '..', '..', 'test', 'diagram-fixtures');
const UPDATE = process.env.UPDATE_DIAGRAMS === '1';
export const DIAGRAM_FIXTURES = readdirSync(FIXTURES).filter((f) => f.endsWith('.md')).sort();

function pictureOf(name: string) {
  const picture = timelinePicture(lint(readFileSync(join(FIXTURES, name), 'utf8')).document);
  assert.ok(picture, `${name} has a timeline to draw`);
  return picture;
}

function compare(path: string, actual: string): void {
  if (UPDATE) writeFileSync(path, actual);
  assert.equal(actual, readFileSync(path, 'utf8'), `${path} differs; rerun with UPDATE_DIAGRAMS=1 if the change is meant`);
}

describe('diagram fixtures', () => {
  for (const name of DIAGRAM_FIXTURES) {
    const base = join(FIXTURES, name.replace(/\.md$/, ''));
    test(`${name}: the mermaid block`, () => compare(`${base}.mermaid`, mermaidBlock(pictureOf(name)).join('\n') + '\n'));
    test(`${name}: the SVG`, () => compare(`${base}.svg`, timelineSvg(pictureOf(name))));
  }
});

describe('the SVG', () => {
  const parse = (svg: string) => new new JSDOM('').window.DOMParser().parseFromString(svg, 'image/svg+xml');

  for (const name of DIAGRAM_FIXTURES) {
    test(`${name}: is well-formed XML with a marker per entry`, () => {
      const picture = pictureOf(name);
      const svg = parse(timelineSvg(picture));
      assert.equal(svg.getElementsByTagName('parsererror').length, 0);
      assert.equal(svg.documentElement.tagName, 'svg');
      // Each entry draws one dot on the axis and one beside its text.
      assert.equal(svg.getElementsByTagName('circle').length, picture.markers.length * 2 + 7);
    });
  }

  test('user text is text, never markup', () => {
    const picture = pictureOf('hostile-text.md');
    const svg = parse(timelineSvg(picture));
    assert.equal(svg.getElementsByTagName('script').length, 0);
    assert.equal(svg.getElementsByTagName('b').length, 0);
    const texts = [...svg.getElementsByTagName('text')].map((t) => t.textContent);
    assert.ok(texts.some((t) => t?.includes('Detected via <b>alerts</b> & "pager"')), 'the text reads as written');
  });

  test('a gap over an hour is drawn short and labelled with its length', () => {
    const svg = timelineSvg(pictureOf('overnight.md'));
    assert.match(svg, />\+6h 45m</);
    assert.doesNotMatch(timelineSvg(pictureOf('offset-zone.md')), />\+\d/);
  });
});

describe('the time scale', () => {
  test('keeps time order, and draws a long gap no wider than a short stretch', () => {
    const t0 = Date.UTC(2024, 0, 1, 10);
    const instants = [t0, t0 + 30 * 60_000, t0 + 30 * 60_000 + 5 * LONG_GAP_MS, t0 + 35 * 60_000 + 5 * LONG_GAP_MS];
    const scale = timeScale(instants, 0, 1000);
    const xs = instants.map(scale.x);
    assert.deepEqual([...xs].sort((a, b) => a - b), xs);
    assert.equal(xs[0], 0);
    assert.equal(xs[3], 1000);
    assert.ok(xs[2] - xs[1] < xs[1] - xs[0], 'five hours take less room than the half hour before them');
    assert.equal(scale.breaks.length, 1);
    assert.deepEqual([scale.breaks[0].fromMs, scale.breaks[0].toMs], [instants[1], instants[2]]);
  });

  test('a single instant stands in the middle', () => {
    assert.equal(timeScale([5], 0, 100).x(5), 50);
  });
});

describe('escaping', () => {
  test('mermaid text: the characters that end a name or start a comment become entity codes', () => {
    assert.equal(mermaidText('a: b; c # d %% e <f> & "g"'), 'a#58; b#59; c #35; d #37;#37; e #60;f#62; #38; #34;g#34;');
    assert.equal(mermaidText('line\nbreak\r\nand\ttab'), 'line break and tab');
  });

  test('mermaid text is cut at a word, never inside an emoji', () => {
    assert.equal(mermaidText('alpha beta gamma delta', 14), 'alpha beta…');
    assert.equal(mermaidText('🔥'.repeat(10), 5), '🔥🔥🔥🔥…');
  });

  test('XML text escapes markup and drops what XML cannot hold', () => {
    assert.equal(xmlText(`<a href="x">'&'</a>\u0001`), '&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });
});

describe('the block in the document', () => {
  const seed = readFileSync(join(__dirname, '..', '..', '..', 'test', 'lsp-fixtures', 'seed.md'), 'utf8');
  const withDiagram = () => applyEdits(seed, [timelineDiagramEdit(lint(seed).document)!]).text;

  test('is written after the timeline section, and the document lints as before', () => {
    const text = withDiagram();
    const block = findDiagramBlock(lint(text).document)!;
    const lines = text.split('\n');
    assert.equal(lines[block.openLine - 1], '', 'a blank line before it');
    assert.match(lines[block.openLine - 2], /escalated to senior management/, 'right after the last entry of the timeline');
    assert.equal(lines[block.closeLine + 2], 'Root Cause and Resolution:');
    assert.deepEqual(lint(text).diagnostics.map((d) => d.code), lint(seed).diagnostics.map((d) => d.code));
  });

  test('is up to date until the timeline changes; then PM019 hints on its fence and its fix redraws it', () => {
    const text = withDiagram();
    assert.equal(timelineDiagramEdit(lint(text).document), undefined, 'nothing to redo');
    const changed = text.replace('10:45 AM UTC', '10:50 AM UTC');
    const finding = lint(changed).diagnostics.find((d) => d.code === 'PM019');
    assert.ok(finding, 'PM019 reported');
    assert.equal(finding.severity, 'hint');
    assert.equal(changed.split('\n')[finding.range.start.line], '```mermaid');
    assert.equal(finding.fix?.title, 'Regenerate timeline diagram');
    const fixed = applyEdits(changed, finding.fix.edits).text;
    assert.match(fixed, /10#58;50 Escalated/);
    assert.equal(lint(fixed).diagnostics.filter((d) => d.code === 'PM019').length, 0);
  });

  test('a CRLF document gets CRLF lines, and the block it gets is up to date', () => {
    const crlf = seed.replace(/\n/g, '\r\n');
    const text = applyEdits(crlf, [timelineDiagramEdit(lint(crlf).document)!]).text;
    assert.doesNotMatch(text, /[^\r]\n/, 'every line ends in CRLF');
    assert.ok(findDiagramBlock(lint(text).document));
    assert.equal(timelineDiagramEdit(lint(text).document), undefined);
    assert.equal(lint(text).diagnostics.filter((d) => d.code === 'PM019').length, 0);
  });

  test('a mermaid block drawn by hand is never reported or replaced', () => {
    const text = seed.replace('Root Cause and Resolution:', '```mermaid\ngantt\n  title Mine\n```\n\nRoot Cause and Resolution:');
    assert.equal(findDiagramBlock(lint(text).document), undefined);
    assert.equal(lint(text).diagnostics.filter((d) => d.code === 'PM019').length, 0);
  });

  test('a document without timed entries draws nothing', () => {
    assert.equal(timelinePicture(lint('# Postmortem\n\n## Timeline\n\nNothing yet.\n').document), undefined);
  });
});
