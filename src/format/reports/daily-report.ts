import type { ItemEvent } from '../../history/model.js';
import { commitText, dayText, inline, plural, stateText } from './markdown.js';
import type { DailyReportData } from './types.js';

/**
 * The daily log: every item whose state changed on the day, grouped by document and section,
 * each with its states in order and the commits that changed them:
 *
 *     - Connection pooling: open → in-progress → done (`a1b2c3d`, `b2c3d4e`)
 *
 * Edits that left the state as it was are not listed.
 */
export function dailyReport(data: DailyReportData): string {
  const changes = data.events.filter((event) => dayText(event.date) === data.date && event.from !== event.to);
  const lines = [`## ${data.date} — Daily Log`, ''];
  if (changes.length === 0) return `${[...lines, 'No item changed state.'].join('\n')}\n`;

  // Document → section → item → its events, each level in the order it first changed.
  const documents = new Map<string, Map<string, Map<string, ItemEvent[]>>>();
  for (const event of changes) {
    const sections = documents.get(event.path) ?? new Map<string, Map<string, ItemEvent[]>>();
    const items = sections.get(event.section) ?? new Map<string, ItemEvent[]>();
    items.set(event.item, [...(items.get(event.item) ?? []), event]);
    sections.set(event.section, items);
    documents.set(event.path, sections);
  }
  const itemCount = [...documents.values()].reduce((sum, sections) => sum + [...sections.values()].reduce((count, items) => count + items.size, 0), 0);
  lines.push(`${plural(itemCount, 'item')} changed state in ${plural(documents.size, 'document')}: ${summary(documents)}.`, '');

  for (const [path, sections] of [...documents].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(`### \`${path}\``, '');
    for (const [section, items] of sections) {
      lines.push(`#### ${inline(section)}`, '', ...[...items.values()].map(itemLine), '');
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

/** `- Text: open → in-progress → done (`a1b2c3d`, `b2c3d4e`)`, the latest text naming the item. */
function itemLine(events: readonly ItemEvent[]): string {
  const first = events[0];
  const last = events.at(-1);
  if (first === undefined || last === undefined) return '';
  const states = [stateText(first.from, 'from'), ...events.map((event) => stateText(event.to, 'to'))];
  const commits = [...new Set(events.map((event) => commitText(event.commit)))];
  return `- ${inline(last.text)}: ${states.join(' → ')} (${commits.join(', ')})`;
}

/** `2 done, 1 blocked, 1 added`: each item counted once, by where it ended the day. */
function summary(documents: ReadonlyMap<string, ReadonlyMap<string, ReadonlyMap<string, readonly ItemEvent[]>>>): string {
  const counts = new Map<string, number>();
  for (const sections of documents.values()) {
    for (const items of sections.values()) {
      for (const events of items.values()) {
        const [first, last] = [events[0], events.at(-1)];
        const word = first?.from === null && last?.to !== null ? 'added' : stateText(last?.to ?? null, 'to');
        counts.set(word, (counts.get(word) ?? 0) + 1);
      }
    }
  }
  return [...counts].map(([word, count]) => `${count} ${word}`).join(', ');
}
