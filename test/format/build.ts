import type { Claim, Section } from '../../src/model/document.js';
import type { Diagnostic } from '../../src/model/diagnostic.js';
import { diagnostic } from '../../src/model/diagnostic.js';
import type { Item, ItemState } from '../../src/model/item.js';
import type { DocReport, Progress, SectionReport } from '../../src/model/progress.js';

/** Hand-built reports for formatter tests: each formatter is checked against exact figures, not against analysis. */

export function progress(done: number, total: number, states: Partial<Record<ItemState, number>> = {}, tasks = { done: 0, total: 0 }): Progress {
  return {
    fraction: total === 0 ? null : done / total,
    done,
    total,
    states: { done, 'in-progress': 0, open: total - done, blocked: 0, cancelled: 0, deferred: 0, ...states },
    tasks,
  };
}

export function item(text: string, line: number, state: ItemState, fields: Partial<Item> = {}): Item {
  return {
    id: `${line}-${text}`,
    kind: 'task',
    state,
    percent: null,
    text,
    marker: { text: state === 'done' ? '[x]' : '[ ]', from: 0, to: 3, line, column: 3 },
    gfm: true,
    optional: false,
    legend: false,
    priority: null,
    reason: null,
    owner: null,
    due: null,
    estimate: null,
    parent: null,
    ref: null,
    from: 0,
    to: 0,
    line,
    column: 1,
    ...fields,
  };
}

export function claim(line: number, percent: number | null, status: ItemState | null = null): Claim & { about: string | null } {
  return { percent, status, statusText: status, source: 'field', text: `**Progress**: ${percent}%`, from: 0, to: 0, line, column: 1, about: null };
}

export function section(
  title: string,
  line: number,
  fields: { depth?: number; items?: Item[]; claims?: ReturnType<typeof claim>[]; sections?: SectionReport[]; progress?: Progress; path?: string[] } = {},
): SectionReport {
  const depth = fields.depth ?? 2;
  const shape: Section = {
    title,
    rawTitle: title,
    depth,
    path: fields.path ?? [title],
    claims: fields.claims ?? [],
    category: false,
    priority: null,
    target: null,
    items: fields.items ?? [],
    sections: [],
    end: 0,
    from: 0,
    to: 0,
    line,
    column: 1,
  };
  return {
    section: shape,
    items: fields.items ?? [],
    claims: fields.claims ?? [],
    progress: fields.progress ?? progress(0, 0),
    sections: fields.sections ?? [],
  };
}

export function finding(ruleId: string, line: number, message: string, severity: Diagnostic['severity'] = 'warning'): Diagnostic {
  return diagnostic({ ruleId, severity, message, line, column: 1 });
}

export function report(fields: Partial<DocReport> & { path?: string; title?: string } = {}): DocReport {
  const path = fields.path ?? 'docs/progress.md';
  return {
    doc: {
      path,
      title: fields.title ?? 'Demo',
      encoding: { detected: 'utf-8', bom: false, repair: 'none', repairedFrom: null, lineEndings: 'lf' },
      meta: [],
      items: [],
      claims: [],
      sections: [],
      metrics: [],
      placeholders: [],
      problems: [],
      lines: 40,
    },
    items: fields.items ?? [],
    progress: fields.progress ?? progress(0, 0),
    claim: fields.claim ?? null,
    sections: fields.sections ?? [],
    metrics: fields.metrics ?? [],
    findings: fields.findings ?? [],
  };
}
