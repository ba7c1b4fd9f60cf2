import type { DiagnosticSeverity } from '../model/diagnostic.js';
import type { Progress } from '../model/progress.js';
import type { ClaimSummary } from './claim-summary.js';
import { percentText, progressBar } from './bar.js';
import type { Colors } from './colors.js';
import { severityPaint } from './stylish-findings.js';
import type { Painted } from './table.js';
import { padStart } from './text-width.js';

/**
 * A figure in words: bar, percent, done/total, in-progress and blocked counts when non-zero,
 * and GitHub's "tasks N of M" when the items include task-list checkboxes.
 */
export function figureParts(progress: Progress, barWidth: number, colors: Colors): string[] {
  const parts = [
    progressBar(progress.fraction, barWidth, colors),
    colors.bold(padStart(percentText(progress.fraction), 4)),
    `${progress.done}/${progress.total} ${colors.dim('done')}`,
  ];
  const states = stateCell(progress, colors);
  if (states.text !== '') parts.push(states.painted);
  if (progress.tasks.total > 0) parts.push(colors.dim(`tasks ${progress.tasks.done} of ${progress.tasks.total}`));
  return parts;
}

/** `2 in progress · 1 blocked`, blocked in red: what a bare done/total hides. */
export function stateCell(progress: Progress, colors: Colors): Painted {
  const active = progress.states['in-progress'];
  const blocked = progress.states.blocked;
  const parts = [active > 0 ? `${active} in progress` : '', blocked > 0 ? `${blocked} blocked` : ''].filter(Boolean);
  const text = parts.join(' · ');
  const painted = [active > 0 ? colors.yellow(`${active} in progress`) : '', blocked > 0 ? colors.red(`${blocked} blocked`) : '']
    .filter(Boolean)
    .join(colors.dim(' · '));
  return { text, painted };
}

/**
 * `claims 65%, in progress (+32)`: a claim and how far it stands from the computed figure;
 * marked ⚠ (✖ for an error) in the finding's colour when a rule reported on it.
 */
export function claimText(
  claim: Pick<ClaimSummary, 'percent' | 'status'>,
  fraction: number | null,
  severity: DiagnosticSeverity | null,
  colors: Colors,
): Painted {
  const words = [claim.percent === null ? null : `${claim.percent}%`, claim.status?.replace('-', ' ') ?? null];
  const gap = claim.percent !== null && fraction !== null ? Math.round(claim.percent - fraction * 100) : 0;
  const drift = gap === 0 ? '' : ` (${gap > 0 ? '+' : '−'}${Math.abs(gap)})`;
  const text = `claims ${words.filter(Boolean).join(', ')}${drift}`;
  if (severity === null) return { text, painted: colors.dim('claims ') + text.slice('claims '.length) };
  const marked = `${text} ${severity === 'error' ? '✖' : '⚠'}`;
  return { text: marked, painted: severityPaint(severity, colors)(marked) };
}
