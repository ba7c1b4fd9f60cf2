import type { SyntaxNode, Tree } from '@lezer/common';
import type { Claim, MetaField, Placeholder } from '../model/document.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Item, ItemState, Marker, Priority, Span } from '../model/item.js';
import type { Metric } from '../model/metric.js';
import type { LineIndex } from '../parse/line-index.js';
import { extend, idOf, type HashState } from './identity.js';
import { plainText, type PlainText } from './inline-text.js';
import { SegmentMemo } from './segments.js';
import type { TaskDialect } from './task-marker.js';
import type { Vocabulary } from './vocabulary.js';

/** A section while the document is being read; frozen into a `Section` at the end. */
export interface SectionDraft {
  title: string;
  rawTitle: string;
  depth: number;
  span: Span;
  path: string[];
  claims: Claim[];
  category: boolean;
  /** An overview section (`Project Status Overview`): its fields are the document's meta. */
  overview: boolean;
  /** A metrics section (`Success Metrics`): its `Name: value` lines are metrics. */
  metrics: boolean;
  priority: Priority | null;
  target: string | null;
  items: Item[];
  sections: SectionDraft[];
  end: number;
  /** The state a bare status heading (`## Done`) gives the plain bullets and bare headings under it. */
  label: ItemState | null;
  /** The state a category's words give the plain bullets of its own lists (`## Completed Features`). */
  listLabel: ItemState | null;
  /** An icon the heading defines (`… Partially Complete ⚠️`): bullets below marked with it take its state. */
  iconLabel: { readonly icon: string; readonly state: ItemState } | null;
  /** `(BLOCKED - Pending CL-001)`: why the heading's work is blocked. */
  reason: string | null;
  /** Where the heading's own status word or icon is, should the heading become an item. */
  headingMarker: Marker | null;
  /** Blocks read since the heading; claims are only read from a section's first lines. */
  blocks: number;
  /** A list or table has been read: the section's opening lines are over. */
  bodyStarted: boolean;
}

/** Shared state of one extraction: the text, the tree, and what has been found so far. */
export class Extraction {
  readonly root: SectionDraft;
  readonly stack: SectionDraft[];
  readonly meta: MetaField[] = [];
  readonly metrics: Metric[] = [];
  readonly placeholders: Placeholder[] = [];
  readonly problems: Diagnostic[] = [];
  /** Labels of link reference definitions: `[Name]` with a definition is a link, not a placeholder. */
  readonly linkLabels = new Set<string>();
  /** The state a label paragraph (`**Completed:**`) gives the list right after it. */
  pendingLabel: ItemState | null = null;
  /** The item a one-line status paragraph (`✅ **Auth**`) made: the list after it is its detail. */
  pendingParent: string | null = null;
  /** Heading depths whose leading icons are topic decoration (see `decorativeDepths`). */
  decorativeDepths: ReadonlySet<number> = new Set();
  private readonly occurrences = new Map<string, number>();
  private readonly pathHashes = new WeakMap<readonly string[], HashState>();

  constructor(
    readonly source: string,
    readonly tree: Tree,
    readonly lines: LineIndex,
    readonly path: string,
    readonly vocabulary: Vocabulary,
    readonly dialect: TaskDialect,
  ) {
    this.root = {
      title: '', rawTitle: '', depth: 0, span: { from: 0, to: 0, line: 1, column: 1 }, path: [], claims: [],
      category: false, overview: true, metrics: false, priority: null, target: null, items: [], sections: [],
      end: source.length, label: null, listLabel: null, iconLabel: null, reason: null, headingMarker: null, blocks: 0, bodyStarted: false,
    };
    this.stack = [this.root];
  }

  /** The innermost open section (the root before the first heading). */
  get section(): SectionDraft {
    return this.stack[this.stack.length - 1]!;
  }

  /** The state an enclosing heading gives bullets marked with `icon`, if one defines it. */
  iconState(icon: string): ItemState | null {
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const label = this.stack[i]!.iconLabel;
      if (label?.icon === icon) return label.state;
    }
    return null;
  }

  /** Nearest severity from the enclosing headings. */
  get priority(): Priority | null {
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const p = this.stack[i]!.priority;
      if (p) return p;
    }
    return null;
  }

  span(from: number, to: number): Span {
    const { line, column } = this.lines.locate(from);
    return { from, to, line, column };
  }

  marker(from: number, to: number): Marker {
    return { ...this.span(from, to), text: this.source.slice(from, to) };
  }

  /** Plain text of `[from, to)`, which lies inside `scope` (the block it belongs to). */
  plain(from: number, to: number, scope: SyntaxNode): PlainText {
    return plainText(scope, this.source, from, to);
  }

  /** A stable id for an item: its section path, kind and text, plus its rank among equals. */
  nextId(kind: string, text: string, path: readonly string[] = this.section.path): string {
    // The key is `path \u0001 kind \u0001 text`; the path's part is hashed once per section.
    let prefix = this.pathHashes.get(path);
    if (prefix === undefined) this.pathHashes.set(path, (prefix = extend(`${path.join('\u0000')}\u0001`)));
    return this.rankId(idOf(extend(text.toLowerCase(), extend(`${kind}\u0001`, prefix))));
  }

  /** The id for the next item whose key hashes to `base`: `base` itself, then `base-1`, `base-2`… */
  rankId(base: string): string {
    const n = this.occurrences.get(base) ?? 0;
    this.occurrences.set(base, n + 1);
    return n === 0 ? base : `${base}-${n}`;
  }

  addItem(item: Item): void {
    this.section.items.push(item);
  }

  /**
   * What every segment of this document depends on besides its own text: dialect, vocabulary
   * and link labels (segment memo key; set once the link references are known).
   */
  documentKey = '';

  /** Segments remembered from other documents or versions (segments.ts). */
  memo: SegmentMemo = SegmentMemo.shared;
}
