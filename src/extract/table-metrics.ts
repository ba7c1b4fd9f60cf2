import type { SyntaxNode } from '@lezer/common';
import type { Extraction } from './context.js';
import { defaultComparator, reportedStatus } from './metrics.js';
import { findQuantity } from './quantity.js';
import type { Cell, ColumnRole } from './tables.js';

/** A row of a Current/Target table (`| Cache Hit Rate | 72% | >80% | ❌ |`) as a metric. */
export function readMetricCells(x: Extraction, row: SyntaxNode, name: Cell, rowCells: readonly Cell[], roles: readonly ColumnRole[]): void {
  const at = (role: ColumnRole) => rowCells[roles.indexOf(role)];
  const current = at('current') ? findQuantity(at('current')!.text) : null;
  const targetMatch = at('target') ? findQuantity(at('target')!.text) : null;
  const defaultOp = defaultComparator(name.text);
  const target = targetMatch ? { ...targetMatch.quantity, op: targetMatch.op ?? (targetMatch.quantity.value === 0 ? '<=' : defaultOp) } : null;
  const status = at('status');
  const reported = status ? reportedStatus(status.text) : null;
  if (!current && !target && reported === null) return;
  const where = x.span(row.from, row.to);
  x.metrics.push({
    ...where,
    name: name.text,
    current: current?.quantity ?? null,
    target,
    reported,
    text: x.lines.lineText(where.line).trim(),
  });
}
