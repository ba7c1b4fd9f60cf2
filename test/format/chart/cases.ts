/** The charts the fixture and bounds tests draw, each at a fixed size. */
import { barChart } from '../../../src/format/chart/bar-chart.js';
import { burndownChart } from '../../../src/format/chart/burndown-chart.js';
import { burnupChart } from '../../../src/format/chart/burnup-chart.js';
import { forecastCone } from '../../../src/format/chart/forecast-cone.js';
import { lineChart } from '../../../src/format/chart/line-chart.js';
import { throughputChart } from '../../../src/format/chart/throughput-chart.js';
import type { ChartOptions } from '../../../src/format/chart/types.js';
import { DAYS, DONE, FORECAST, NO_FORECAST, WEEKS } from './data.js';

/** A chart drawn at `width` × `height`. */
export interface ChartCase {
  readonly name: string;
  readonly width: number;
  readonly height: number;
  readonly draw: (options: ChartOptions) => string;
}

const wave = Array.from({ length: 3000 }, (_, index) => 1000 + Math.round(800 * Math.sin(index / 240) + (index % 37) * 5));
const dates = (count: number): string[] => Array.from({ length: count }, (_, index) => new Date(Date.UTC(2026, 0, 5 + index)).toISOString().slice(0, 10));

/** Every case, in both modes. */
export const CASES: readonly ChartCase[] = [
  { name: 'burndown-cone', width: 64, height: 14, draw: (options) => burndownChart(DAYS, FORECAST, options) },
  { name: 'burndown-no-forecast', width: 48, height: 10, draw: (options) => burndownChart(DAYS, NO_FORECAST, options) },
  { name: 'burnup', width: 56, height: 12, draw: (options) => burnupChart(DAYS, options) },
  { name: 'throughput', width: 52, height: 10, draw: (options) => throughputChart(WEEKS, options) },
  { name: 'throughput-narrow', width: 24, height: 8, draw: (options) => throughputChart(WEEKS, options) },
  { name: 'forecast-line', width: 90, height: 1, draw: (options) => forecastCone({ forecast: FORECAST }, options) },
  { name: 'forecast-line-narrow', width: 50, height: 1, draw: (options) => forecastCone({ forecast: FORECAST }, options) },
  { name: 'forecast-none', width: 60, height: 1, draw: (options) => forecastCone({ forecast: NO_FORECAST }, options) },
  { name: 'forecast-done', width: 60, height: 1, draw: (options) => forecastCone({ forecast: DONE }, options) },
  { name: 'one-point', width: 30, height: 7, draw: (options) => lineChart({ labels: ['2026-03-02'], series: [{ name: 'remaining', values: [12] }] }, options) },
  { name: 'flat', width: 30, height: 7, draw: (options) => lineChart({ labels: dates(5), series: [{ name: 'scope', values: [8, 8, 8, 8, 8] }] }, options) },
  { name: 'all-zero', width: 30, height: 7, draw: (options) => lineChart({ labels: dates(5), series: [{ name: 'done', values: [0, 0, 0, 0, 0] }] }, options) },
  {
    name: 'gaps-and-lengths',
    width: 40,
    height: 9,
    draw: (options) => lineChart({ labels: dates(8), series: [{ name: 'a', values: [1, null, 3, 4] }, { name: 'b', values: [null, null, 2, 2, 5, 1, null, 4] }] }, options),
  },
  { name: 'thousands-of-points', width: 60, height: 10, draw: (options) => lineChart({ labels: dates(wave.length), series: [{ name: 'scope', values: wave }] }, options) },
  { name: 'empty', width: 30, height: 6, draw: (options) => lineChart({ labels: [], series: [] }, options) },
  { name: 'tiny', width: 8, height: 3, draw: (options) => burndownChart(DAYS, FORECAST, options) },
  { name: 'bars-zero', width: 30, height: 6, draw: (options) => barChart({ bars: [{ label: 'a', value: 0 }, { label: 'b', value: 0 }], caption: ['nothing done'] }, options) },
];
