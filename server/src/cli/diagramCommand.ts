import { resolve } from 'node:path';
import { lint, mermaidBlock, timelinePicture, timelineSvg } from '../engine';
import { readDocument } from '../node/readDocument';
import { ConfigSource } from './configSource';
import { EXIT_OK, EXIT_TROUBLE, UsageError } from './errors';
import { displayPath, type CliIo } from './io';

export const DIAGRAM_FORMATS = ['mermaid', 'svg'] as const;
export type DiagramFormat = (typeof DIAGRAM_FORMATS)[number];

export interface DiagramOptions {
  /** A Markdown file, or `-` for standard input. */
  path: string;
  format: DiagramFormat;
  config?: string;
}

/**
 * `postmortem diagram`: the timeline as the fenced mermaid block the editor inserts, or as a
 * standalone SVG, on standard output. The document is read with its config file, so times
 * without a zone take the same default zone as in `lint`.
 */
export async function diagramCommand(options: DiagramOptions, io: CliIo): Promise<number> {
  const stdin = options.path === '-';
  const path = stdin ? resolve(io.cwd, '<stdin>') : resolve(io.cwd, options.path);
  const shown = stdin ? '<stdin>' : displayPath(io.cwd, path);
  let text: string;
  if (stdin) {
    text = await io.readStdin();
  } else {
    const read = await readDocument(path);
    if (!read.ok) throw new UsageError(`${shown}: ${read.problem}`);
    text = read.text;
  }
  const configs = new ConfigSource(io.cwd, undefined);
  const choice = options.config ? await configs.useExplicit(resolve(io.cwd, options.config)) : await configs.for(path);
  if (!choice.ok) {
    for (const problem of choice.problems) io.stderr(problem);
    return EXIT_TROUBLE;
  }
  const picture = timelinePicture(lint(text, choice.config).document);
  if (!picture) {
    io.stderr(`${shown}: the timeline has no entry with a time to draw`);
    return EXIT_TROUBLE;
  }
  io.stdout(options.format === 'svg' ? timelineSvg(picture) : mermaidBlock(picture).join('\n') + '\n');
  return EXIT_OK;
}
