import type { CliIo } from './io';

/** A short run shows nothing: the line would only flicker. */
const SHOW_AFTER_MS = 1000;
/** Redrawing on every file of a large folder would cost more than the files. */
const REDRAW_EVERY_MS = 100;

export interface Progress {
  fileDone(done: number): void;
  finish(): void;
}

/**
 * "files done / total" on the terminal's status line once a run has taken more than a second.
 * Nothing at all when stderr is not a terminal (no `status`) or the output is for a machine.
 */
export function fileProgress(io: CliIo, total: number, enabled: boolean): Progress {
  const { status, now } = io;
  if (!enabled || !status || !now) return { fileDone: () => undefined, finish: () => undefined };
  const started = now();
  let drawnAt: number | undefined;
  return {
    fileDone(done) {
      const at = now();
      if (at - started < SHOW_AFTER_MS || (drawnAt !== undefined && at - drawnAt < REDRAW_EVERY_MS && done < total)) return;
      drawnAt = at;
      status.show(`${done} / ${total} files`);
    },
    finish() {
      if (drawnAt !== undefined) status.clear();
    },
  };
}
