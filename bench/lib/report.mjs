// Plain-text tables for the terminal (and for pasting into bench/README.md).
import { mib, millis, ratio, seconds } from './stats.mjs';

/** The targets from the issue. Peak RSS is judged in decimal MB: 400 MB = 381 MiB. */
export const TARGETS = {
  statusRatio: 1.0,
  statusRssBytes: 400e6,
  overheadRatio: 1.25,
  seedMs: 150,
};

/** Prints rows as a Markdown table with padded columns (readable raw, renders on GitHub). */
export function printTable(headers, rows, write = console.log) {
  const widths = headers.map((header, col) => Math.max(header.length, ...rows.map((row) => String(row[col]).length)));
  const line = (cells) => `| ${cells.map((cell, col) => String(cell).padEnd(widths[col])).join(' | ')} |`;
  write(line(headers));
  write(`|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`);
  for (const row of rows) write(line(row));
}

/** Benchmark 1's detail: one row per process. */
export function statusRows(status) {
  return Object.values(status).map((entry) => [
    entry.name, seconds(entry.medianMs), seconds(entry.minMs), `${entry.mbPerSecond.toFixed(1)} MB/s`, mib(entry.peakRssKiB),
  ]);
}
export const STATUS_HEADERS = ['process (whole)', 'median', 'min', 'throughput', 'peak RSS'];

/** Benchmark 2's detail: one row per pass. */
export function overheadRows(overhead) {
  return [
    ['(a) parse(text)', seconds(overhead.parse.medianMs), seconds(overhead.parse.minMs), `${overhead.parse.mbPerSecond.toFixed(1)} MB/s`],
    ['(b) analyze(bytes, path, options)', seconds(overhead.analyze.medianMs), seconds(overhead.analyze.minMs), `${overhead.analyze.mbPerSecond.toFixed(1)} MB/s`],
  ];
}
export const OVERHEAD_HEADERS = ['pass (1 thread, in memory)', 'median', 'min', 'throughput'];

/** Benchmark 3's detail. */
export function seedRows(seed) {
  return [
    ['node -e 0 (floor)', millis(seed.floor.medianMs), millis(seed.floor.minMs)],
    ['headway status 001_*.txt', millis(seed.headway.medianMs), millis(seed.headway.minMs)],
  ];
}
export const SEED_HEADERS = ['process (whole)', 'median', 'min'];

const verdict = (pass) => (pass ? 'PASS' : 'MISS');

/**
 * The summary: one row per target, from whichever benchmarks ran (or failed). The targets are
 * set for the reference corpus; on another one the corpus rows say so beside their verdict.
 */
export function targetRows({ status, overhead, seed, errors, corpus }) {
  const rows = [];
  const size = corpus ? `${(corpus.bytes / 1e6).toFixed(corpus.bytes < 1e6 ? 1 : 0)} MB` : '';
  const judged = (pass) => verdict(pass) + (corpus?.reference ? '' : ' (other corpus)');
  if (status) {
    const value = status.headway.medianMs / status['markdown-it'].medianMs;
    rows.push([`status --json, ${size}: headway / markdown-it (median wall)`, ratio(value), `< ${ratio(TARGETS.statusRatio)}`, judged(value < TARGETS.statusRatio)]);
    const rss = status.headway.peakRssKiB;
    rows.push([`status --json, ${size}: headway peak RSS`, mib(rss), '< 400 MB (381 MiB)', judged(rss * 1024 < TARGETS.statusRssBytes)]);
  }
  if (overhead) {
    rows.push(['analyze / parse, 1 thread, in memory (median)', ratio(overhead.ratio), `≤ ${TARGETS.overheadRatio}`, judged(overhead.ratio <= TARGETS.overheadRatio)]);
  }
  if (seed) {
    const value = seed.headway.medianMs;
    rows.push([`status on one seed (median of 20; node -e 0: ${millis(seed.floor.medianMs)})`, millis(value), `< ${TARGETS.seedMs} ms`, verdict(value < TARGETS.seedMs)]);
  }
  for (const [name, error] of Object.entries(errors)) rows.push([name, 'ERROR', '', error.message.split('\n')[0]]);
  return rows;
}
export const TARGET_HEADERS = ['target', 'measured', 'goal', 'verdict'];
