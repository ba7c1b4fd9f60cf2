import type { Forecast } from '../../history/model.js';
import type { Colors } from '../colors.js';
import type { Piece } from './clip.js';
import { groupThousands } from './number.js';

/** Between the dates of a forecast line. */
export const forecastSeparator = (unicode: boolean): string => (unicode ? ' · ' : ' | ');

/**
 * The forecast as words, in the pieces a line is built from, most important first:
 *
 *     P50 2026-04-13 · P85 2026-05-04 · P95 2026-05-18 (10,000 trials over 12 weeks)
 *
 * or why there is none. A range with its sample size, never a single confident date.
 */
export function forecastPieces(forecast: Forecast, colors: Colors, unicode: boolean): Piece[] {
  const piece = (text: string, painted = text): Piece => ({ text, painted });
  if (forecast.status === 'done') return [piece('Done: nothing left to forecast', colors.green('Done: nothing left to forecast'))];
  if (forecast.status !== 'forecast' || forecast.p50 === null) {
    const why = forecast.reason ?? (forecast.status === 'no-convergence' ? 'the trials did not converge' : 'not enough history');
    const text = `No forecast ${unicode ? '—' : '-'} ${why}`;
    return [piece(text, colors.dim(text))];
  }
  const dates = [
    ['P50', forecast.p50],
    ['P85', forecast.p85],
    ['P95', forecast.p95],
  ] as const;
  const pieces = dates.flatMap(([name, date]) => (date === null ? [] : [piece(`${name} ${date}`, `${colors.dim(name)} ${colors.bold(date)}`)]));
  const weeks = forecast.sample.length;
  const sample = `(${groupThousands(forecast.trials)} trials over ${weeks} week${weeks === 1 ? '' : 's'})`;
  return [...pieces, { ...piece(sample, colors.dim(sample)), joiner: ' ' }];
}
