import type { SeriesPoint } from '../../history/model.js';
import { lineChart } from './line-chart.js';
import type { ChartOptions } from './types.js';

/** Done and scope over time, so progress and scope change are told apart; done is drawn on top. */
export function burnupChart(points: readonly SeriesPoint[], options: ChartOptions): string {
  const labels = points.map((point) => point.at);
  const done = { name: 'done', values: points.map((point) => point.done), color: 'green' as const };
  const scope = { name: 'scope', values: points.map((point) => point.scope), color: 'yellow' as const };
  return lineChart({ labels, series: [done, scope] }, options);
}
