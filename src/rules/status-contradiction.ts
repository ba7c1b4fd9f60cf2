import type { Item } from '../model/item.js';
import type { DocReport } from '../model/progress.js';
import { defineRule } from './define.js';
import { allSections } from './sections.js';

const NOT_STARTED = /not\s*(?:yet\s*)?started|^\s*to\s*-?do\s*$|nicht begonnen|non commencé|no iniciado|não iniciado|chưa bắt đầu|未开始|未着手|❌/iu;

/** The text contradicts itself about a piece of work. */
export default defineRule({
  id: 'status-contradiction',
  description: 'A status contradicts its own percent, its items, or its sub-items.',
  defaultSeverity: 'warning',
  schema: (z) => z.strictObject({}),
  defaultOptions: {},
  messages: {
    doneBelow: '"{{name}}" is marked done but says {{percent}}%',
    notStartedAbove: '"{{name}}" is marked not started but says {{percent}}%',
    claimedComplete: '"{{name}}" is claimed complete but {{open}} of {{total}} items are not done',
    parentOpenChildren: '"{{name}}" is ticked but {{open}} of its {{total}} sub-items are not done',
    conflictingOverall: 'The document claims {{percent}}% overall here but {{first}}% on line {{line}}',
  },
  check(report, { report: emit }) {
    const overall = report.doc.claims.filter((c) => c.source === 'meta' && c.percent !== null).sort((a, b) => a.line - b.line);
    for (const claim of overall.slice(1)) {
      const first = overall[0]!;
      if (claim.percent !== first.percent) emit({ messageId: 'conflictingOverall', at: claim, data: { percent: claim.percent!, first: first.percent!, line: first.line }, actual: claim.percent, expected: first.percent });
    }
    const items = allItems(report);
    for (const item of items) {
      if (item.percent === null) continue;
      if (item.state === 'done' && item.percent < 100) emit({ messageId: 'doneBelow', at: item, data: { name: item.text, percent: item.percent }, actual: item.percent, expected: 100 });
      else if (item.state === 'open' && item.percent > 0 && NOT_STARTED.test(item.marker?.text ?? '')) {
        emit({ messageId: 'notStartedAbove', at: item, data: { name: item.text, percent: item.percent }, actual: item.percent, expected: 0 });
      }
    }
    for (const s of allSections(report)) {
      for (const claim of s.claims) {
        const name = claim.source === 'bullet' || claim.source === 'row' ? claim.text : s.section.title;
        if (claim.status === 'open' && claim.percent !== null && claim.percent > 0 && NOT_STARTED.test(claim.statusText ?? '')) {
          emit({ messageId: 'notStartedAbove', at: claim, data: { name, percent: claim.percent }, actual: claim.percent, expected: 0 });
        }
        if (claim.status === 'done' && claim.percent !== null && claim.percent < 100) {
          emit({ messageId: 'doneBelow', at: claim, data: { name, percent: claim.percent }, actual: claim.percent, expected: 100 });
        }
      }
      const complete = s.claims.some((c) => c.status === 'done' || (c.percent !== null && c.percent >= 100));
      const { done, total } = s.progress;
      if (complete && total > 0 && done < total) {
        const at = s.claims.find((c) => c.status === 'done' || (c.percent ?? 0) >= 100)!;
        emit({ messageId: 'claimedComplete', at, data: { name: s.section.title, open: total - done, total }, actual: done, expected: total });
      }
    }
    const children = new Map<string, Item[]>();
    for (const item of items) {
      if (item.parent === null || item.optional || item.state === 'cancelled') continue;
      const list = children.get(item.parent) ?? [];
      list.push(item);
      children.set(item.parent, list);
    }
    for (const item of items) {
      const kids = item.state === 'done' && item.kind === 'task' ? children.get(item.id) : undefined;
      const open = kids?.filter((k) => k.state !== 'done').length ?? 0;
      if (kids && open > 0) emit({ messageId: 'parentOpenChildren', at: item, data: { name: item.text, open, total: kids.length } });
    }
  },
});

function allItems(report: DocReport): Item[] {
  const out = [...report.items];
  for (const s of allSections(report)) out.push(...s.items);
  return out;
}
