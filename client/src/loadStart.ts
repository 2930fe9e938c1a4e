/**
 * When the bundle began to evaluate our code. extension.ts imports this first, so esbuild places
 * it before every other module of ours: module evaluation plus activate() is what activation costs.
 */
export const loadStart = performance.now();
