/** Gaps longer than this are drawn short and marked, so one quiet night does not flatten the rest. */
export const LONG_GAP_MS = 60 * 60_000;
/** How much time a compressed gap takes on the axis, whatever its length. */
const COMPRESSED_MS = 15 * 60_000;

export interface AxisBreak {
  /** Where the break is drawn, in pixels. */
  x: number;
  /** The real time it stands for. */
  fromMs: number;
  toMs: number;
}

/** A time axis that maps instants to x, linear within stretches and with long gaps shortened. */
export interface TimeScale {
  x(epochMs: number): number;
  breaks: AxisBreak[];
  /** The stretches drawn at true scale, for the tick marks. */
  stretches: Array<{ fromMs: number; toMs: number }>;
}

/** A scale over `instants` drawn from `left` to `right` pixels. */
export function timeScale(instants: readonly number[], left: number, right: number): TimeScale {
  const sorted = [...new Set(instants)].sort((a, b) => a - b);
  // Axis time: real time with each long gap replaced by a fixed short one.
  const knots: Array<{ real: number; axis: number }> = [];
  const stretches: Array<{ fromMs: number; toMs: number }> = [];
  const gaps: Array<{ fromMs: number; toMs: number; axis: number }> = [];
  let axis = 0;
  sorted.forEach((real, i) => {
    if (i > 0) {
      const gap = real - sorted[i - 1];
      if (gap > LONG_GAP_MS) {
        gaps.push({ fromMs: sorted[i - 1], toMs: real, axis: axis + COMPRESSED_MS / 2 });
        axis += COMPRESSED_MS;
      } else {
        axis += gap;
      }
    }
    knots.push({ real, axis });
    if (i === 0 || real - sorted[i - 1] > LONG_GAP_MS) stretches.push({ fromMs: real, toMs: real });
    else stretches[stretches.length - 1].toMs = real;
  });
  const total = axis || 1;
  const toPixels = (a: number) => (sorted.length < 2 ? (left + right) / 2 : left + ((right - left) * a) / total);
  const x = (epochMs: number) => {
    if (!knots.length) return left;
    if (epochMs <= knots[0].real) return toPixels(knots[0].axis);
    for (let i = 1; i < knots.length; i++) {
      const a = knots[i - 1];
      const b = knots[i];
      if (epochMs > b.real) continue;
      const share = (epochMs - a.real) / (b.real - a.real || 1);
      return toPixels(a.axis + share * (b.axis - a.axis));
    }
    return toPixels(knots[knots.length - 1].axis);
  };
  return { x, stretches, breaks: gaps.map((g) => ({ x: toPixels(g.axis), fromMs: g.fromMs, toMs: g.toMs })) };
}
