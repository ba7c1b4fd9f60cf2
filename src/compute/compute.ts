import type { Claim, ProgressDoc, Section } from '../model/document.js';
import type { Item } from '../model/item.js';
import type { DocReport, ResolvedClaim, SectionReport } from '../model/progress.js';
import { matchClaims, type ClaimMatches } from './claims.js';
import { documentClaim } from './document-claim.js';
import { metricStatus } from './metric-status.js';
import { progressOf } from './progress.js';

/** Settings that change the figures. */
export interface ComputeOptions {
  readonly countOptional: boolean;
}

/** Computes every figure of a document: claims matched by name, rollups, the document claim, metric status. Pure. */
export function compute(doc: ProgressDoc, options: ComputeOptions): Omit<DocReport, 'findings'> {
  const matches = matchClaims(doc.sections, doc.items);
  const evidence = (items: readonly Item[]) => items.filter((item) => matches.get(item.id)?.keepItem ?? true);
  const claimsAbout = new Map<Section, ResolvedClaim[]>();
  for (const { section, claim } of matches.values()) {
    const list = claimsAbout.get(section) ?? [];
    list.push(claim);
    claimsAbout.set(section, list);
  }
  const report = (section: Section): { report: SectionReport; all: Item[] } => {
    const items = evidence(section.items);
    const all = [...items];
    const sections: SectionReport[] = [];
    for (const child of section.sections) {
      const r = report(child);
      sections.push(r.report);
      all.push(...r.all);
    }
    const own = section.claims.map((c) => resolve(c, section.title));
    const claims = [...own, ...(claimsAbout.get(section) ?? [])].sort((a, b) => a.line - b.line);
    return { report: { section, items, claims, progress: progressOf(all, options.countOptional), sections }, all };
  };
  const rootItems = evidence(doc.items);
  const all: Item[] = [...rootItems];
  const sections = doc.sections.map((s) => {
    const r = report(s);
    all.push(...r.all);
    return r.report;
  });
  return {
    doc,
    items: rootItems,
    progress: progressOf(all, options.countOptional),
    claim: documentClaim(doc, sections, all),
    sections,
    metrics: doc.metrics.map((metric) => ({ metric, status: metricStatus(metric) })),
  };
}

function resolve(claim: Claim, about: string | null): ResolvedClaim {
  return { ...claim, about };
}

export type { ClaimMatches };
