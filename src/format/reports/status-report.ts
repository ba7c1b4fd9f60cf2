import type { SectionSnapshot, Snapshot } from '../../history/model.js';
import { forecastLine } from './forecast-text.js';
import { inline, percentOf, plural, table, timeText, within } from './markdown.js';
import { milestoneStatus, reportedSections, stateCounts, type StateCounts } from './milestones.js';
import type { MilestoneHistory, StatusReportMeta } from './types.js';

/**
 * "Implementation Status" in the shape of seeds' tracking template, generated from the latest
 * snapshot of each document: an overall table of counted items by state, then each milestone
 * (or top section) with its status word, its progress, the claim beside the computed figure
 * when they differ, its blocked items, and what history knows of its dates.
 */
export function statusReport(snapshots: readonly Snapshot[], meta: StatusReportMeta): string {
  const items = snapshots.flatMap((snapshot) => snapshot.items);
  const lines = [`# ${inline(meta.title ?? 'Implementation Status')}`, '', `*Last Updated: ${inline(timeText(meta.now))}*`, ''];
  if (snapshots.length > 1) lines.push(`Documents: ${snapshots.map((snapshot) => `\`${snapshot.path}\``).join(', ')}`, '');
  lines.push('## Overall Progress', '', ...overallTable(stateCounts(items)), '', '## Milestone Status', '');
  const sections = snapshots.flatMap((snapshot) => reportedSections(snapshot).map((section) => [snapshot, section] as const));
  if (sections.length === 0) lines.push('No milestones or sections with items.', '');
  for (const [snapshot, section] of sections) {
    const history = meta.milestones?.find((entry) => entry.path === snapshot.path && entry.section === section.key);
    lines.push(...milestoneBlock(snapshot, section, history, snapshots.length > 1), '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

/** `| Metric | Count | Percentage |` over counted items; deferred and cancelled rows only when there are any. */
function overallTable({ total, states }: StateCounts): string[] {
  const row = (metric: string, count: number, counted = true): string[] => [metric, String(count), counted ? percentOf(count, total) : 'not counted'];
  const rows = [
    row('Total items', total),
    row('Completed', states.done),
    row('In progress', states['in-progress']),
    row('Blocked', states.blocked),
    row('Not started (open)', states.open),
  ];
  if (states.deferred > 0) rows.push(row('Deferred', states.deferred));
  if (states.cancelled > 0) rows.push(row('Cancelled', states.cancelled, false));
  return table(['Metric', 'Count', 'Percentage'], rows, [false, true, true]);
}

/** One milestone: `### title`, then Status, Progress, Claimed, dates and Blocking Issues as bullets. */
function milestoneBlock(snapshot: Snapshot, section: SectionSnapshot, history: MilestoneHistory | undefined, named: boolean): string[] {
  const items = snapshot.items.filter((item) => within(item.section, section.key));
  const counts = stateCounts(items);
  const { done, total, sum } = section.counts;
  const lines = [`### ${inline(section.title)}`];
  if (named) lines.push(`- **Document**: \`${snapshot.path}\``);
  lines.push(`- **Status**: ${milestoneStatus(counts, sum > done)}`);
  const partial = total > 0 && percentOf(sum, total) !== percentOf(done, total) ? `; ${percentOf(sum, total)} counting partly done items` : '';
  lines.push(`- **Progress**: ${done}/${plural(total, 'item')} (${percentOf(done, total)}${partial})`);
  const computed = total > 0 ? Math.round((sum / total) * 100) : null;
  if (section.claimed !== null && computed !== null && Math.round(section.claimed) !== computed) {
    lines.push(`- **Claimed**: ${Math.round(section.claimed)}% — computed ${computed}%`);
  }
  const { started = null, completed = null, forecast = null } = history ?? {};
  if (started !== null) lines.push(`- **Started**: ${started}`);
  if (completed !== null) lines.push(`- **Actual Completion**: ${completed}`);
  else if (forecast !== null) lines.push(`- **Estimated Completion**: ${inline(forecastLine(forecast))}`);
  const blocked = items.filter((item) => item.counted && item.state === 'blocked');
  if (blocked.length > 0) lines.push('- **Blocking Issues**:', ...blocked.map((item) => `  - ${inline(item.text)}`));
  return lines;
}
