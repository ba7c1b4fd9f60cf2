import type { Forecast, SeriesPoint } from '../../history/model.js';
import { forecastCone } from './forecast-cone.js';
import { lineChart } from './line-chart.js';
import type { ChartOptions } from './types.js';

/** Remaining items over time (a day series reads best), with the forecast cone when a forecast is given. */
export function burndownChart(points: readonly SeriesPoint[], forecast: Forecast | null, options: ChartOptions): string {
  const chart = { labels: points.map((point) => point.at), series: [{ name: 'remaining', values: points.map((point) => point.remaining), color: 'cyan' as const }] };
  return forecast === null ? lineChart(chart, options) : forecastCone({ forecast, chart }, options);
}
