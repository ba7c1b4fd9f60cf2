import type { Claim, ProgressDoc, Section } from '../model/document.js';
import type { Item } from '../model/item.js';
import type { DocReport, ResolvedClaim, SectionReport } from '../model/progress.js';
import { matchClaims, type ClaimMatches } from './claims.js';
import { documentClaim } from './document-claim.js';
import { metricStatus } from './metric-status.js';
import { Tally } from './progress.js';

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
  // Bottom-up: each section's tally is its own items plus its children's, each item counted once.
  let firstEvidence = Number.POSITIVE_INFINITY;
  const count = (items: readonly Item[], tally: Tally) => {
    for (const item of items) {
      tally.add(item, options.countOptional);
      if (item.line < firstEvidence) firstEvidence = item.line;
    }
  };
  const report = (section: Section): { report: SectionReport; tally: Tally } => {
    const items = evidence(section.items);
    const tally = new Tally();
    count(items, tally);
    const sections: SectionReport[] = [];
    for (const child of section.sections) {
      const r = report(child);
      sections.push(r.report);
      tally.merge(r.tally);
    }
    const own = section.claims.map((c) => resolve(c, section.title));
    const about = claimsAbout.get(section);
    const claims = about ? [...own, ...about].sort((a, b) => a.line - b.line) : own;
    return { report: { section, items, claims, progress: tally.progress(), sections }, tally };
  };
  const rootItems = evidence(doc.items);
  const total = new Tally();
  count(rootItems, total);
  const sections = doc.sections.map((s) => {
    const r = report(s);
    total.merge(r.tally);
    return r.report;
  });
  return {
    doc,
    items: rootItems,
    progress: total.progress(),
    claim: documentClaim(doc, sections, firstEvidence),
    sections,
    metrics: doc.metrics.map((metric) => ({ metric, status: metricStatus(metric) })),
  };
}

function resolve(claim: Claim, about: string | null): ResolvedClaim {
  return { ...claim, about };
}

export type { ClaimMatches };
