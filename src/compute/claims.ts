import type { Section } from '../model/document.js';
import type { Item } from '../model/item.js';
import type { ResolvedClaim } from '../model/progress.js';
import { nameKey, type NameKey } from './names.js';

/** A section with its name key and its place in the tree. */
interface Candidate {
  readonly section: Section;
  readonly key: NameKey;
  readonly ancestors: ReadonlySet<Section>;
  readonly evidence: number;
}

/** Bullets and rows that turned out to be claims about sections, by item id. */
export type ClaimMatches = ReadonlyMap<string, { readonly section: Section; readonly claim: ResolvedClaim }>;

/**
 * Finds status bullets and table rows that name a section (`✅ Phase 0 …`, a `Milestone 2`
 * row): they are claims about that section, not items of their own (PRODUCT.md).
 */
export function matchClaims(roots: readonly Section[], rootItems: readonly Item[]): ClaimMatches {
  const candidates: Candidate[] = [];
  const where = new Map<Item, Section | null>();
  const visit = (section: Section, ancestors: ReadonlySet<Section>): number => {
    const chain = new Set(ancestors).add(section);
    let evidence = section.items.length;
    for (const item of section.items) where.set(item, section);
    for (const child of section.sections) evidence += visit(child, chain);
    candidates.push({ section, key: nameKey(section.title), ancestors, evidence });
    return evidence;
  };
  for (const root of roots) visit(root, new Set());
  for (const item of rootItems) where.set(item, null);

  const matches = new Map<string, { section: Section; claim: ResolvedClaim }>();
  for (const [item, home] of where) {
    if (item.kind === 'task' || isHeadingItem(item, home)) continue;
    const target = findSection(nameKey(item.text), candidates, home);
    if (!target) continue;
    matches.set(item.id, {
      section: target,
      claim: {
        from: item.from, to: item.to, line: item.line, column: item.column,
        percent: item.percent, status: item.state, statusText: item.marker?.text.toLowerCase() ?? null,
        source: item.kind === 'row' ? 'row' : 'bullet', text: item.text, about: target.title,
      },
    });
  }
  return matches;
}

function isHeadingItem(item: Item, home: Section | null): boolean {
  return home !== null && item.line === home.line;
}

function findSection(key: NameKey, candidates: readonly Candidate[], home: Section | null): Section | null {
  const eligible = candidates.filter((c) => c.section !== home && !(home && isAncestorOf(c, home, candidates)));
  let found: Candidate[];
  if (key.numbered) found = eligible.filter((c) => c.key.numbered === key.numbered);
  else if (key.normalized.length >= 3) found = eligible.filter((c) => c.key.normalized === key.normalized);
  else return null;
  if (found.length === 0) return null;
  // Several sections share the number (`Phase 1 MVP Status`, `Phase 1: Foundation`): prefer evidence.
  return (found.find((c) => c.evidence > 0) ?? found[0]!).section;
}

function isAncestorOf(candidate: Candidate, section: Section, candidates: readonly Candidate[]): boolean {
  const own = candidates.find((c) => c.section === section);
  return own !== undefined && own.ancestors.has(candidate.section);
}
