import type { WeeklyThroughput } from '../../history/model.js';
import { barChart } from './bar-chart.js';
import type { ChartOptions } from './types.js';

/** Items done per week as bars, labelled by week (`2026-W09 W10 …`), with the mean in the caption. */
export function throughputChart(weeks: readonly WeeklyThroughput[], options: ChartOptions): string {
  const bars = weeks.map((week) => ({ label: week.week, value: week.done }));
  const total = weeks.reduce((sum, week) => sum + week.done, 0);
  const mean = weeks.length === 0 ? 0 : total / weeks.length;
  const caption = ['items done per week', `mean ${Number(mean.toFixed(1))}`, `${weeks.length} week${weeks.length === 1 ? '' : 's'}`];
  return barChart({ bars, caption, color: 'green' }, options);
}
