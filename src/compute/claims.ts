import type { Section } from '../model/document.js';
import type { Item } from '../model/item.js';
import type { ResolvedClaim } from '../model/progress.js';
import { nameKey, type NameKey } from './names.js';

/** A section with its name key and its place in the tree. */
interface Candidate {
  readonly section: Section;
  readonly key: NameKey;
  /** The enclosing section's candidate, null at the top. */
  readonly up: Candidate | null;
  /** The top-level part (`# …` section) it belongs to, or null in a document without one. */
  readonly part: Section | null;
  readonly evidence: number;
}

/** A bullet, row or task that speaks about a section, and whether it stays an item too. */
export interface ClaimMatch {
  readonly section: Section;
  readonly claim: ResolvedClaim;
  /** A task stays an item (GitHub counts it); a bullet or row becomes only the claim. */
  readonly keepItem: boolean;
}

/** Claims found among the items, by item id. */
export type ClaimMatches = ReadonlyMap<string, ClaimMatch>;

/**
 * Finds status bullets, table rows and ticked tasks that name a section holding work
 * (`✅ Phase 0 …`, a `Milestone 2` row, `- [x] Phase 13: Legal`): they are claims about that
 * section (PRODUCT.md). A bullet or row then stops being an item; a task stays one. A name
 * that could mean several sections, or a section with nothing to compare against, is no match.
 */
export function matchClaims(roots: readonly Section[], rootItems: readonly Item[]): ClaimMatches {
  const candidates: Candidate[] = [];
  const where = new Map<Item, Candidate | null>();
  const visit = (section: Section, up: Candidate | null, part: Section | null): Candidate => {
    const own = section.depth === 1 ? section : part;
    const candidate = { section, key: nameKey(section.title), up, part: own, evidence: section.items.length };
    for (const child of section.sections) candidate.evidence += visit(child, candidate, own).evidence;
    for (const item of section.items) where.set(item, candidate);
    candidates.push(candidate);
    return candidate;
  };
  for (const root of roots) visit(root, null, null);
  for (const item of rootItems) where.set(item, null);
  const index = indexCandidates(candidates);

  const matches = new Map<string, ClaimMatch>();
  for (const [item, home] of where) {
    if (home && item.line === home.section.line) continue; // a heading item is its own section
    if (item.kind === 'task' && item.state !== 'done') continue;
    const name = item.ref ?? item.text;
    // Any match shares its first word with a section's name: most items are ruled out here.
    if (!index.firstWords.has(firstWord(name))) continue;
    const target = findSection(nameKey(name), item.kind === 'task', index, home);
    if (!target) continue;
    matches.set(item.id, {
      section: target,
      keepItem: item.kind === 'task',
      claim: {
        from: item.from, to: item.to, line: item.line, column: item.column,
        percent: item.percent, status: item.state, statusText: item.marker?.text.toLowerCase() ?? null,
        source: item.kind === 'row' ? 'row' : 'bullet', text: item.text, about: target.title,
      },
    });
  }
  return matches;
}

/** Candidates by every name they answer to, so matching stays linear in the document. */
interface CandidateIndex {
  /** First words of every name a candidate answers to (`phase`, `core`…). */
  readonly firstWords: ReadonlySet<string>;
  readonly numbered: ReadonlyMap<string, Candidate[]>;
  readonly named: ReadonlyMap<string, Candidate[]>;
  /** By the first word of their title's rest, for names that open a longer title. */
  readonly byFirstWord: ReadonlyMap<string, Candidate[]>;
}

function indexCandidates(candidates: readonly Candidate[]): CandidateIndex {
  const numbered = new Map<string, Candidate[]>();
  const named = new Map<string, Candidate[]>();
  const byFirstWord = new Map<string, Candidate[]>();
  const firstWords = new Set<string>();
  const add = (map: Map<string, Candidate[]>, key: string, c: Candidate) => {
    const list = map.get(key);
    if (!list) map.set(key, [c]);
    else if (list[list.length - 1] !== c) list.push(c);
  };
  for (const c of candidates) {
    if (c.evidence === 0) continue;
    for (const key of [c.key.numbered, c.key.normalized, c.key.base, c.key.rest]) if (key) firstWords.add(key.slice(0, key.indexOf(' ') >>> 0));
    if (c.key.numbered) add(numbered, c.key.numbered, c);
    for (const key of new Set([c.key.normalized, c.key.base, c.key.rest])) if (key) add(named, key, c);
    if (c.key.rest) add(byFirstWord, c.key.rest.split(' ')[0]!, c);
  }
  return { firstWords, numbered, named, byFirstWord };
}

function findSection(key: NameKey, numberedOnly: boolean, index: CandidateIndex, home: Candidate | null): Section | null {
  const eligible = (c: Candidate) => c !== home && !isAncestor(c, home);
  if (key.numbered) {
    const found = (index.numbered.get(key.numbered) ?? []).filter(eligible);
    const exact = found.filter((c) => c.key.rest === key.rest);
    return (exact[0] ?? found[0])?.section ?? null;
  }
  if (numberedOnly || key.normalized.length < 3) return null;
  // A bare name (`Documentation`) only within the same top-level part, and only when unambiguous.
  const near = (c: Candidate) => eligible(c) && (!home || c.part === home.part);
  const exact = (index.named.get(key.normalized) ?? []).filter(near);
  if (exact.length === 1) return exact[0]!.section;
  if (exact.length > 1 || key.normalized.split(' ').length < 2) return null;
  // `Core Infrastructure` names `PHASE 1: CORE INFRASTRUCTURE - VERSION 0.1`: the name must end
  // where the title's own punctuation does, not run on into more words (`… Service Implementation`).
  const prefixed = (index.byFirstWord.get(key.normalized.split(' ')[0]!) ?? []).filter(
    (c) => near(c) && c.key.rest.startsWith(`${key.normalized} `) && separatedAfter(c.section.title, key.normalized),
  );
  return prefixed.length === 1 ? prefixed[0]!.section : null;
}

function isAncestor(c: Candidate, of: Candidate | null): boolean {
  for (let up = of?.up ?? null; up; up = up.up) if (up === c) return true;
  return false;
}

/** The first run of letters and digits, lower-cased, as `fold` would give it. */
function firstWord(text: string): string {
  let word = firstWords.get(text);
  if (word === undefined) {
    const m = /[\p{L}\p{N}]+/u.exec(text);
    word = m ? m[0].toLowerCase() : '';
    // Every item is asked once per version of its document: a history asks the same texts again and again.
    if (firstWords.size >= 50_000) firstWords.clear();
    firstWords.set(text, word);
  }
  return word;
}

const firstWords = new Map<string, string>();

function separatedAfter(title: string, name: string): boolean {
  const words = name.split(' ').map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`${words.join('[^\\p{L}\\p{N}]+')}\\s*[-–—:(|/,]`, 'iu').test(title);
}
