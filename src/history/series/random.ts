/**
 * mulberry32 (Tommy Ettinger, public domain): a 32-bit seeded generator, small and fast,
 * plenty for drawing weeks from a sample. Forecasts take a seed so the same history
 * gives the same dates, in tests and between two runs of a report.
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
