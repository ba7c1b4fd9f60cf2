import { decode, type Decoded } from '../../decode/index.js';
import { SegmentMemo } from '../../extract/segments.js';
import type { Parsed } from '../../parse/index.js';
import { analyzeVersion, computeVersion } from '../../pipeline/analyze.js';
import type { ProgressDoc } from '../../model/document.js';
import type { DocReport } from '../../model/progress.js';
import { changedRange, withTicks } from '../../text/changed-range.js';
import { tickedVersion } from './tick.js';
import type { AnalyzeOptions } from '../../pipeline/options.js';
import type { DocumentHistory, HistoryNote, ItemEvent, ItemSnapshot, SectionSnapshot, Snapshot } from '../model.js';
import type { Replayed, VersionPoint } from './replayed.js';
import type { DocumentChain } from './chains.js';
import { ItemIdentity } from './identity.js';
import { snapshotOf } from './snapshot.js';

/** Decoding problems worth a note in a history (the others are about the text, not the file). */
const NOTED = new Set(['binary-file', 'invalid-utf8', 'legacy-encoding']);

/**
 * One document's replay: each version is parsed incrementally from the one before it,
 * extracted (unchanged segments re-used), computed, and compared with the one before it to
 * follow each item's identity and record what happened to it.
 */
export class ChainReplay {
  private previous: Parsed | null = null;
  private decoded: Decoded | null = null;
  /** The last version's document, for a version that only ticks a box (tick.ts). */
  private doc: ProgressDoc | null = null;
  /** Where boxes were ticked since the last parse (offsets, the same in every version since). */
  private ticks: number[] = [];
  private readonly identity = new ItemIdentity();
  private readonly snapshots: Snapshot[] = [];
  private readonly events: ItemEvent[] = [];
  private readonly notes = new Map<string, { note: HistoryNote; count: number }>();
  private readonly memo = SegmentMemo.forVersions();

  constructor(private readonly options: AnalyzeOptions) {}

  /** Adds the next version; `bytes` null means the document was deleted at this commit. */
  add(version: VersionPoint, bytes: Uint8Array | null): Snapshot {
    const decoded = decode(bytes ?? new Uint8Array(0), version.path, bytes ? this.decoded : null);
    const ticked = bytes ? this.tickOf(decoded) : null;
    let report: DocReport;
    if (ticked !== null) {
      // Not parsed: the next parse starts from the last one, told where each box was ticked.
      report = computeVersion(ticked.doc, this.options);
      this.ticks.push(ticked.at);
    } else {
      const previous = bytes ? this.previous : null;
      const changes = previous !== null && this.ticks.length > 0 ? withTicks(this.ticks.sort((a, b) => a - b), changedRange(this.decoded!.text, decoded.text)) : undefined;
      const analysed = analyzeVersion(decoded, version.path, this.options, previous, this.memo, changes);
      report = analysed.report;
      this.previous = bytes ? analysed.parsed : null;
      this.ticks = [];
    }
    this.decoded = bytes ? decoded : null;
    this.doc = bytes ? report.doc : null;
    const at = { commit: version.commit.sha, date: version.commit.date, path: version.path, blob: version.blob ?? '' };
    for (const problem of decoded.problems) if (NOTED.has(problem.ruleId)) this.note(at.commit, at.path, problem.ruleId, problem.message);
    const raw = snapshotOf(report, at, this.options.countOptional);
    const { items, events } = this.identity.next(raw.items, at);
    for (const event of events) this.events.push(event);
    const last = this.snapshots[this.snapshots.length - 1];
    const snapshot: Snapshot = { ...raw, sections: last ? shareSections(last.sections, raw.sections) : raw.sections, items };
    // Only the last snapshot keeps its items: thousands of versions times their items would not fit.
    if (last) this.snapshots[this.snapshots.length - 1] = { ...last, items: [] };
    this.snapshots.push(snapshot);
    return snapshot;
  }

  /** The new version's document when it only ticks a box of the last one, with a clean decode of both. */
  private tickOf(decoded: Decoded): { doc: ProgressDoc; at: number } | null {
    const before = this.decoded;
    if (this.doc === null || before === null || decoded.binary || decoded.problems.length > 0 || before.problems.length > 0) return null;
    if (decoded.encoding.repair !== 'none' || before.encoding.repair !== 'none' || decoded.encoding.detected !== before.encoding.detected || decoded.encoding.bom !== before.encoding.bom) return null;
    return tickedVersion(this.doc, before.text, decoded.text);
  }

  /** Resumes after versions replayed earlier (a cached history): the next `add` continues from them. */
  resume(earlier: Replayed): void {
    for (const snapshot of earlier.snapshots) this.snapshots.push(snapshot);
    for (const event of earlier.events) this.events.push(event);
    for (const note of earlier.notes) this.notes.set(note.kind, { note, count: note.count });
    this.identity.resume(earlier.snapshots[earlier.snapshots.length - 1]?.items ?? []);
  }

  /** Continues from a version replayed elsewhere, knowing only its items: what follows is replayed alone. */
  continueFrom(items: readonly ItemSnapshot[]): void {
    this.identity.resume(items);
  }

  /** What was replayed: snapshots (only the last with items), events, notes. */
  replayed(): Replayed {
    const notes = [...this.notes.values()].map(({ note, count }) => ({ ...note, count }));
    return { snapshots: this.snapshots, events: this.events, notes };
  }

  history(chain: DocumentChain): DocumentHistory {
    return { path: chain.paths[chain.paths.length - 1]!, paths: [...chain.paths], ...this.replayed() };
  }

  private note(commit: string, path: string, kind: string, message: string): void {
    const known = this.notes.get(kind);
    if (known) known.count++;
    else this.notes.set(kind, { note: { commit, path, kind, message, count: 1 }, count: 1 });
  }
}

/**
 * The new version's sections, each replaced by the previous version's object when it is the
 * same: a commit changes a section or two, so a long history holds each state once (in
 * memory and in the cache file).
 */
function shareSections(before: readonly SectionSnapshot[], after: readonly SectionSnapshot[]): SectionSnapshot[] {
  return after.map((section, i) => {
    const old = before[i]?.key === section.key ? before[i] : before.find((s) => s.key === section.key);
    return old !== undefined && sameSection(old, section) ? old : section;
  });
}

function sameSection(a: SectionSnapshot, b: SectionSnapshot): boolean {
  if (a.title !== b.title || a.depth !== b.depth || a.milestone !== b.milestone || a.claimed !== b.claimed) return false;
  const x = a.counts;
  const y = b.counts;
  if (x.done !== y.done || x.total !== y.total || x.sum !== y.sum) return false;
  for (const state in x.states) if (x.states[state as keyof typeof x.states] !== y.states[state as keyof typeof y.states]) return false;
  return true;
}
