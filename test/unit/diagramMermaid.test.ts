import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { lint, mermaidBlock, oneLine, shorten, timelinePicture, type TimelinePicture } from '../../server/src/engine';
import { DIAGRAM_FIXTURES } from './diagram.test';

/**
 * Every block we write goes through mermaid's own parser (the dev dependency, the library GitHub
 * and GitLab draw with), and its gantt database computes each task's dates, which the parser
 * alone leaves unchecked. Mermaid runs in Node once a jsdom window stands in for the browser:
 * its parse path sanitizes titles with DOMPurify, which needs one.
 */
interface GanttTask {
  task: string;
  startTime: Date;
  endTime: Date;
  milestone?: boolean;
}
interface Mermaid {
  parse(text: string): Promise<{ diagramType: string }>;
  mermaidAPI: { getDiagramFromText(text: string): Promise<{ db: { getTasks(): GanttTask[]; getDiagramTitle(): string } }> };
}

// TypeScript compiles `import()` to `require()` for CommonJS output; mermaid is ESM only.
const importEsm = new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<{ default: Mermaid }>;
let mermaid: Mermaid;

before(async () => {
  const { window } = new JSDOM('<!doctype html><html><body></body></html>');
  Object.assign(globalThis, { window, document: window.document });
  mermaid = (await importEsm('mermaid')).default;
});

/** What mermaid's parser made of the block: its type, title and tasks. */
async function parsed(block: readonly string[]) {
  assert.equal(block[0], '```mermaid');
  assert.equal(block.at(-1), '```');
  const text = block.slice(1, -1).join('\n');
  const { diagramType } = await mermaid.parse(text);
  const { db } = await mermaid.mermaidAPI.getDiagramFromText(text);
  return { diagramType, title: db.getDiagramTitle(), tasks: db.getTasks() };
}

/** Mermaid keeps `#58;` as a placeholder until it draws, then writes `&#58;`, which the browser reads as `:`. */
function asDrawn(name: string): string {
  return name.replace(/ﬂ°°(\d+)¶ß/g, (_, code: string) => String.fromCodePoint(Number(code))).trim();
}

describe("mermaid's parser reads every block we write", () => {
  const seed = readFileSync(join(__dirname, '..', '..', '..', 'test', 'lsp-fixtures', 'seed.md'), 'utf8');
  const documents: Array<[string, string]> = [
    ['seed.md', seed],
    ...DIAGRAM_FIXTURES.map((name): [string, string] => [name, readFileSync(join(__dirname, '..', '..', '..', 'test', 'diagram-fixtures', name), 'utf8')]),
  ];
  for (const [name, text] of documents) {
    test(`${name}: a gantt chart with a task per entry, window and metric, at the entries' times`, async () => {
      const picture = timelinePicture(lint(text).document)!;
      const { diagramType, tasks } = await parsed(mermaidBlock(picture));
      assert.equal(diagramType, 'gantt');
      const milestones = tasks.filter((t) => t.milestone);
      assert.equal(milestones.length, picture.markers.length);
      assert.equal(tasks.length, picture.markers.length + picture.spans.length + (picture.window ? 1 : 0));
      for (const task of tasks) assert.ok(!Number.isNaN(task.startTime.getTime()) && task.endTime >= task.startTime, `${task.task} has real dates`);
    });
  }

  test('hostile text is drawn as written: no name cut short, no keyword, no comment, no markup', async () => {
    const text = documents.find(([name]) => name === 'hostile-text.md')![1];
    const picture = timelinePicture(lint(text).document)!;
    const { title, tasks } = await parsed(mermaidBlock(picture));
    assert.equal(asDrawn(title), picture.title);
    assert.match(picture.title, /& friends; 100% down/);
    const names = tasks.filter((t) => t.milestone).map((t) => asDrawn(t.task));
    assert.equal(names[1], '10:05 Detected via <b>alerts</b> & "pager" {braces}…');
    assert.equal(names[2], '10:07 section Escalation: title dateFormat YYYY ;…');
  });

  test('any text at all: the block parses and each name reads back as the entry', async () => {
    const t0 = Date.UTC(2024, 2, 11, 10);
    const entryText = fc.string({ unit: 'grapheme', maxLength: 40 });
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 30 }), fc.array(entryText, { minLength: 1, maxLength: 4 }), async (title, texts) => {
        const picture: TimelinePicture = {
          title,
          zone: 'UTC',
          floating: false,
          markers: texts.map((text, i) => ({ epochMs: t0 + i * 60_000, text, line: i })),
          window: { fromMs: t0, toMs: t0 + 60 * 60_000 },
          spans: [],
        };
        const { tasks } = await parsed(mermaidBlock(picture));
        const names = tasks.filter((t) => t.milestone).map((t) => asDrawn(t.task));
        assert.deepEqual(names, texts.map((text, i) => shorten(oneLine(`10:0${i} ${text}`), 60)));
      }),
      { numRuns: 200 },
    );
  });
});
