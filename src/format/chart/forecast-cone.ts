import type { Forecast } from '../../history/model.js';
import { fitPieces } from './clip.js';
import { forecastPieces, forecastSeparator } from './forecast-line.js';
import { lineChart } from './line-chart.js';
import type { ChartOptions, LineChartData } from './types.js';

/** A forecast, and optionally the burndown to draw it onto. */
export interface ForecastConeData {
  readonly forecast: Forecast;
  /** The chart the cone continues; without it the forecast is one line of text. */
  readonly chart?: LineChartData;
  /** Index of the series the cone starts from (the remaining items); 0 by default. */
  readonly series?: number;
}

/**
 * The forecast range, compactly:
 *
 *     P50 2026-04-13 · P85 2026-05-04 · P95 2026-05-18 (10,000 trials over 12 weeks)
 *
 * (what fits of it in `width`; `No forecast — <why>` when there is none), or with `chart` that
 * chart with the cone drawn past its last point — a dotted path to zero at P50, the P50–P95
 * range shaded, P50 / P85 / P95 marked on the axis — and the same line under it.
 */
export function forecastCone(data: ForecastConeData, options: ChartOptions): string {
  if (data.chart !== undefined) return lineChart({ ...data.chart, cone: { series: data.series ?? 0, forecast: data.forecast } }, options);
  if (options.height <= 0) return '';
  return fitPieces(forecastPieces(data.forecast, options.colors, options.unicode), forecastSeparator(options.unicode), options.width, options.unicode);
}
