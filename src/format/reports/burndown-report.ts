import type { ItemEvent, Series, SeriesPoint } from '../../history/model.js';
import { forecastLine } from './forecast-text.js';
import { dayText, inline, plural, sectionTitle, table, within } from './markdown.js';
import type { BurndownReportMeta } from './types.js';

/** Most blocked items named in one cell; the rest are counted. */
const NAMED_BLOCKERS = 3;

/**
 * "Milestone X Burndown": seeds' table, one row per day of the series' day points —
 * `| Date | Remaining Items | Completed Today | Scope Change | Blockers |` — by default only
 * the days where something changed (and the first and last), then the scope and the forecast.
 * Completed Today counts the day's `done` events (the rise in done items when no events are
 * given); Blockers names the items blocked at the day's end, as the events tell.
 * `events` are the document's (a renamed document's events carry the names it had).
 */
export function burndownReport(series: Series, events: readonly ItemEvent[], meta: BurndownReportMeta = {}): string {
  const title = meta.title ?? (series.section === null ? series.path : sectionTitle(series.section));
  // The document's events, under every name it had: only the section matters here.
  const mine = events.filter((event) => series.section === null || within(event.section, series.section));
  const points = series.byDay;
  const lines = [`## ${inline(title)} Burndown`, ''];
  if (points.length === 0) return `${[...lines, 'No history yet.'].join('\n')}\n`;

  const blockedBy = blockersByDay(mine, points);
  const rows: string[][] = [];
  points.forEach((point, index) => {
    const previous = points[index - 1];
    const day = dayText(point.at);
    const doneEvents = mine.filter((event) => event.kind === 'done' && dayText(event.date) === day).length;
    const completed = mine.length > 0 ? doneEvents : Math.max(0, point.done - (previous?.done ?? point.done));
    const blockers = blockedBy.get(day) ?? blockerCount(point);
    const changed =
      previous === undefined ||
      index === points.length - 1 ||
      completed > 0 ||
      point.remaining !== previous.remaining ||
      point.scope !== previous.scope ||
      blockers !== (blockedBy.get(dayText(previous.at)) ?? blockerCount(previous)) ||
      mine.some((event) => dayText(event.date) === day);
    if (meta.days !== 'every' && !changed) return;
    const scope = previous === undefined ? '—' : signed(point.scope - previous.scope);
    rows.push([day, String(point.remaining), String(completed), scope, blockers]);
  });
  lines.push(...table(['Date', 'Remaining Items', 'Completed Today', 'Scope Change', 'Blockers'], rows, [false, true, true, true, false]), '');

  const [first, last] = [points[0], points.at(-1)];
  if (first !== undefined && last !== undefined) {
    const scope = first.scope === last.scope ? `Scope ${plural(last.scope, 'item')}` : `Scope ${first.scope} → ${plural(last.scope, 'item')}`;
    lines.push(`${scope}: ${last.done} done, ${last.remaining} remaining.`);
  }
  if (meta.forecast !== undefined && meta.forecast !== null) lines.push('', `Forecast: ${inline(forecastLine(meta.forecast))}`);
  return `${lines.join('\n').trimEnd()}\n`;
}

/**
 * The Blockers cell of each day: the items blocked at the day's end, replaying the events
 * (an item is blocked from an event that makes it so until one that makes it anything else).
 */
function blockersByDay(events: readonly ItemEvent[], points: readonly SeriesPoint[]): Map<string, string> {
  const cells = new Map<string, string>();
  if (events.length === 0) return cells;
  const blocked = new Map<string, string>();
  const ordered = [...events].sort((a, b) => dayText(a.date).localeCompare(dayText(b.date)));
  let next = 0;
  for (const point of points) {
    const day = dayText(point.at);
    for (; next < ordered.length && dayText(ordered[next]?.date ?? '') <= day; next++) {
      const event = ordered[next];
      if (event === undefined) continue;
      if (event.to === 'blocked') blocked.set(event.item, event.text);
      else blocked.delete(event.item);
    }
    const names = [...blocked.values()];
    const shown = names.slice(0, NAMED_BLOCKERS).map(inline).join('; ');
    cells.set(day, names.length === 0 ? 'None' : names.length > NAMED_BLOCKERS ? `${shown}; +${names.length - NAMED_BLOCKERS} more` : shown);
  }
  return cells;
}

/** The Blockers cell from a point's count alone, when no events tell which items. */
const blockerCount = (point: SeriesPoint): string => (point.blocked === 0 ? 'None' : `${plural(point.blocked, 'item')} blocked`);
const signed = (count: number): string => (count > 0 ? `+${count}` : `${count}`);
