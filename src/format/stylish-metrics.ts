import type { Quantity, Target } from '../model/metric.js';
import type { MetricReport } from '../model/progress.js';
import type { Colors } from './colors.js';
import { cell, layoutTable } from './table.js';

/**
 * Metrics in brief: how many meet their targets, then each missed one with its value, its
 * target and its line — the KPIs a status report would rather not mention.
 */
export function formatMetrics(metrics: readonly MetricReport[], colors: Colors): string[] {
  if (metrics.length === 0) return [];
  const count = (status: MetricReport['status']): number => metrics.filter((metric) => metric.status === status).length;
  const counts = [
    colors.green(`${count('met')} met`),
    count('missed') > 0 ? colors.red(`${count('missed')} missed`) : `${count('missed')} missed`,
    colors.dim(`${count('unknown')} unknown`),
  ].join(colors.dim(' · '));
  const missed = metrics.filter((metric) => metric.status === 'missed');
  const rows = layoutTable(
    missed.map(({ metric }) => [
      cell(`✖ ${metric.name}`, colors.red),
      cell(metric.current === null ? '—' : quantityText(metric.current), undefined, 'right'),
      cell(metric.target === null ? '' : `target ${targetText(metric.target)}`, colors.dim),
      cell(`line ${metric.line}`, colors.dim),
    ]),
  );
  return [`${colors.bold('Metrics')}  ${counts}`, ...rows.map((row) => `  ${row}`)];
}

/** `67%`, `3.2 min`, `1200` — a value in the unit it was written in. */
export function quantityText(quantity: Quantity): string {
  const value = Number.isInteger(quantity.value) ? String(quantity.value) : String(Number(quantity.value.toFixed(2)));
  if (quantity.unit === null) return value;
  return quantity.unit === '%' || quantity.unit.startsWith('/') ? `${value}${quantity.unit}` : `${value} ${quantity.unit}`;
}

/** `≥ 80%`, `< 2 min`. */
export function targetText(target: Target): string {
  const op = { '<': '<', '<=': '≤', '>': '>', '>=': '≥', '=': '=' }[target.op];
  return `${op} ${quantityText(target)}`;
}
