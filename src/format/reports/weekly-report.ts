import { addDays, weekStart } from '../../history/series/weeks.js';
import type { ItemEvent } from '../../history/model.js';
import { forecastLine } from './forecast-text.js';
import { dayText, inline, percentOf, plural, sectionTitle } from './markdown.js';
import type { BlockedItem, MilestoneProgress, WeeklyReportData } from './types.js';

/**
 * "Week of <Monday> — Weekly Summary" in the shape of seeds' template: progress per milestone
 * at the week's end, the items completed (key achievements) and started, blockers with their
 * reasons, scope added and removed, and the forecast when there is one. An item done and
 * reopened in the same week is not an achievement; one added and removed again is no change.
 */
export function weeklyReport(data: WeeklyReportData): string {
  const lines = [`## Week of ${weekStart(data.week)} — Weekly Summary`, '', `*${data.week}: ${weekStart(data.week)} to ${sunday(data.week)}*`, ''];
  const progress = [...data.milestones, ...(data.overall === undefined ? [] : [data.overall])];
  lines.push('### Milestone Progress', '', ...orNone(progress.map(progressLine), '- No milestones.'), '');
  const completed = lastOfEach(data.events, ['done', 'reopened']).filter((event) => event.kind === 'done');
  lines.push('### Key Achievements', '', ...orNone(completed.map((event, index) => `${index + 1}. ${itemLine(event)}`), 'None this week.'), '');
  const started = lastOfEach(data.events, ['started']);
  if (started.length > 0) lines.push('### Started', '', ...started.map((event) => `- ${itemLine(event)}`), '');
  lines.push('### Blockers and Risks', '', ...orNone(data.blocked.flatMap(blockerLines), 'No blocked items.'), '');
  lines.push('### Scope Changes', '', ...scopeLines(data.events), '');
  if (data.forecast !== undefined && data.forecast !== null) lines.push('### Forecast', '', inline(forecastLine(data.forecast)), '');
  return `${lines.join('\n').trimEnd()}\n`;
}

/** `- Milestone 5.1: 7/9 items - 78% complete (+2 done this week)`. */
function progressLine(milestone: MilestoneProgress): string {
  const { title, done, total, before } = milestone;
  const changes: string[] = [];
  if (before !== undefined && done !== before.done) changes.push(`${signed(done - before.done)} done`);
  if (before !== undefined && total !== before.total) changes.push(`scope ${signed(total - before.total)}`);
  const change = changes.length > 0 ? ` (${changes.join(', ')} this week)` : '';
  if (total === 0) return `- ${inline(title)}: no items${change}`;
  return `- ${inline(title)}: ${done}/${plural(total, 'item')} - ${percentOf(done, total)} complete${change}`;
}

/** `Connection pooling — Milestone 5.1 (2026-03-10)`. */
const itemLine = (event: ItemEvent): string => `${inline(event.text)} — ${inline(sectionTitle(event.section))} (${dayText(event.date)})`;

/** A numbered blocker with its section, reason, start and impact as sub-bullets. */
function blockerLines(item: BlockedItem, index: number): string[] {
  const lines = [`${index + 1}. Blocker: ${inline(item.text)}`, `   - Section: ${inline(sectionTitle(item.section))}`];
  if (item.reason !== null) lines.push(`   - Reason: ${inline(item.reason)}`);
  if (item.since !== null) lines.push(`   - Blocked since: ${item.since}`);
  if (item.impact !== undefined && item.impact.length > 0) lines.push(`   - Impact: ${item.impact.map(inline).join(', ')}`);
  return lines;
}

/** Items added and removed (cancelled ones leave the scope too), leaving out those that came and went, or went and came back, within the week. */
function scopeLines(events: readonly ItemEvent[]): string[] {
  const changes = lastOfEach(events, ['appeared', 'removed', 'cancelled']);
  const firstKind = new Map<string, ItemEvent['kind']>();
  for (const event of events) if (['appeared', 'removed', 'cancelled'].includes(event.kind) && !firstKind.has(event.item)) firstKind.set(event.item, event.kind);
  const added = changes.filter((event) => event.kind === 'appeared' && firstKind.get(event.item) === 'appeared');
  const removed = changes.filter((event) => event.kind !== 'appeared' && firstKind.get(event.item) !== 'appeared');
  if (added.length === 0 && removed.length === 0) return ['No items added or removed.'];
  return [
    `${plural(added.length, 'item')} added, ${removed.length} removed (net ${signed(added.length - removed.length)}).`,
    '',
    ...added.map((event) => `- Added: ${itemLine(event)}`),
    ...removed.map((event) => `- ${event.kind === 'cancelled' ? 'Cancelled' : 'Removed'}: ${itemLine(event)}`),
  ];
}

/** Each item's last event among `kinds`, in the order those last events happened. */
function lastOfEach(events: readonly ItemEvent[], kinds: readonly ItemEvent['kind'][]): ItemEvent[] {
  const last = new Map<string, ItemEvent>();
  for (const event of events) {
    if (!kinds.includes(event.kind)) continue;
    last.delete(event.item);
    last.set(event.item, event);
  }
  return [...last.values()];
}

const orNone = (lines: readonly string[], none: string): string[] => (lines.length > 0 ? [...lines] : [none]);
const signed = (count: number): string => (count > 0 ? `+${count}` : `${count}`);
const sunday = (week: string): string => addDays(weekStart(week), 6);
