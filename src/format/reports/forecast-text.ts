import type { Forecast } from '../../history/model.js';
import { forecastPieces, forecastSeparator } from '../chart/forecast-line.js';
import { PLAIN } from '../colors.js';

/** The forecast line of the charts, as report text: `P50 2026-04-13 · P85 … (10,000 trials over 12 weeks)`. */
export function forecastLine(forecast: Forecast): string {
  return forecastPieces(forecast, PLAIN, true)
    .map((piece, index) => (index === 0 ? '' : (piece.joiner ?? forecastSeparator(true))) + piece.text)
    .join('');
}
