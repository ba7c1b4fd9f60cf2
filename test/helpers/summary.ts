/**
 * A compact, reviewable projection of a DocReport for fixtures: one string per item, claim,
 * metric and finding, so an expected.json diff reads like the document itself.
 */
import type { Item } from '../../src/model/item.js';
import type { DocReport, Progress, SectionReport } from '../../src/model/progress.js';

export interface Summary {
  title: string;
  encoding: string;
  progress: string;
  claim: string | null;
  items: string[];
  sections: SectionSummary[];
  meta: string[];
  metrics: string[];
  placeholders: string[];
  findings: string[];
}

interface SectionSummary {
  title: string;
  line: number;
  flags?: string;
  progress: string;
  claims?: string[];
  items?: string[];
  sections?: SectionSummary[];
}

const percent = (p: number | null) => (p === null ? '' : ` ${p}%`);

/** `3/7 done 43% · tasks 2/5` */
export function progressText(p: Progress): string {
  const fraction = p.fraction === null ? '—' : `${Math.round(p.fraction * 1000) / 10}%`;
  return `${p.done}/${p.total} done ${fraction} · tasks ${p.tasks.done}/${p.tasks.total}`;
}

/** `L12 task open 80% "REST API foundation" [ ]` */
export function itemText(i: Item): string {
  const extras = [i.optional ? 'optional' : '', i.parent ? 'child' : '', i.priority ? `priority=${i.priority}` : '', i.reason ? `reason="${i.reason}"` : '']
    .filter(Boolean)
    .join(' ');
  return `L${i.line} ${i.kind} ${i.state}${percent(i.percent)} "${i.text}"${i.marker ? ` [${i.marker.text}]` : ''}${extras ? ` ${extras}` : ''}`;
}

function sectionSummary(s: SectionReport): SectionSummary {
  const flags = [s.section.category ? 'category' : '', s.section.priority ? `priority=${s.section.priority}` : '', s.section.target ? `target="${s.section.target}"` : '']
    .filter(Boolean)
    .join(' ');
  const out: SectionSummary = { title: s.section.title, line: s.section.line, progress: progressText(s.progress) };
  if (flags) out.flags = flags;
  if (s.claims.length) out.claims = s.claims.map((c) => `L${c.line} ${c.source}${percent(c.percent)}${c.status ? ` ${c.status}` : ''}`);
  if (s.items.length) out.items = s.items.map(itemText);
  if (s.sections.length) out.sections = s.sections.map(sectionSummary);
  return out;
}

/** The summary of a report. */
export function summarize(r: DocReport): Summary {
  return {
    title: r.doc.title,
    encoding: `${r.doc.encoding.detected} ${r.doc.encoding.repair}`,
    progress: progressText(r.progress),
    claim: r.claim ? `L${r.claim.line}${percent(r.claim.percent)}` : null,
    items: r.items.map(itemText),
    sections: r.sections.map(sectionSummary),
    meta: r.doc.meta.map((m) => `L${m.line} ${m.key}="${m.value}"`),
    metrics: r.metrics.map(({ metric: m, status }) => {
      const current = m.current ? `${m.current.value}${m.current.unit ?? ''}` : '?';
      const target = m.target ? `${m.target.op}${m.target.value}${m.target.unit ?? ''}` : '?';
      return `L${m.line} "${m.name}" ${current} target ${target} → ${status}`;
    }),
    placeholders: r.doc.placeholders.map((p) => `L${p.line} ${p.text}`),
    findings: r.findings.map((f) => `L${f.line ?? '-'} ${f.severity} ${f.ruleId}: ${f.message}`),
  };
}
