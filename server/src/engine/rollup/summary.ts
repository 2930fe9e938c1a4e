/**
 * Mean, median and 90th percentile of a set of durations, in whole minutes: the numbers a review
 * compares, not more precise than the minutes the documents are written in.
 */
export interface Summary {
  count: number;
  mean?: number;
  median?: number;
  /** Nearest-rank: the smallest value at least 90% of the values do not exceed, so always one that happened. */
  p90?: number;
}

export function summarize(values: readonly number[]): Summary {
  if (values.length === 0) return { count: 0 };
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return {
    count: sorted.length,
    mean: Math.round(sorted.reduce((sum, v) => sum + v, 0) / sorted.length),
    median: Math.round(median),
    p90: sorted[Math.ceil(0.9 * sorted.length) - 1],
  };
}
