import type { ItemState } from '../model/item.js';

/** A checkbox at the start of a list item's first paragraph. */
export interface TaskMarker {
  readonly state: ItemState;
  /** Counted by GitHub as a task (`[ ]`, `[x]`, `[X]` with content after). */
  readonly gfm: boolean;
  /** Kiro's `[ ]*`: an optional task. */
  readonly optional: boolean;
  /** Offsets of the `[…]` (and Kiro's `*`), for edits. */
  readonly from: number;
  readonly to: number;
  readonly text: string;
  /** Where the item's own text begins. */
  readonly contentStart: number;
}

/** Which dialect a document's extended checkboxes follow: Kiro writes `[-]` for in progress. */
export type TaskDialect = 'obsidian' | 'kiro';

const EXTENDED: Readonly<Record<TaskDialect, Readonly<Record<string, ItemState>>>> = {
  obsidian: { '/': 'in-progress', '-': 'cancelled', '>': 'deferred', '~': 'in-progress', '!': 'blocked' },
  kiro: { '/': 'in-progress', '-': 'in-progress', '>': 'deferred', '~': 'in-progress', '!': 'blocked' },
};

/**
 * Reads the checkbox at `from`, the start of a list item's first paragraph. GitHub's rule
 * (micromark-extension-gfm-task-list-item, "how GH works in files"): `[`, a space, tab or line
 * ending or `x`/`X`, `]`, then either a line ending or spaces followed by more content.
 *
 *     - [ ] text      task          - [ ]        not a task (nothing after)
 *     - [x]\n  text   task          - [ ]* text  Kiro optional, not a GitHub task
 */
export function readTaskMarker(source: string, from: number, to: number, dialect: TaskDialect): TaskMarker | null {
  if (source.charCodeAt(from) !== 91 /* [ */ || source.charCodeAt(from + 2) !== 93 /* ] */) return null;
  const box = source[from + 1]!;
  // Lezer's paragraph can end with the CR of a CRLF: that is the line's end, not content.
  const after = source.slice(from + 3, to).replace(/[\r\n]+$/, '');
  const checked = box === 'x' || box === 'X';
  const blank = box === ' ' || box === '\t' || box === '\n' || box === '\r';
  if (checked || blank) {
    const state: ItemState = checked ? 'done' : 'open';
    if (/^[ \t]*(?:\r\n|\r|\n)[\s\S]*\S/.test(after) || /^[ \t]+\S/.test(after)) {
      return { state, gfm: true, optional: false, from, to: from + 3, text: source.slice(from, from + 3), contentStart: from + 3 + leading(after) };
    }
    const optional = /^\*[ \t]+\S/.exec(after);
    if (optional) {
      return { state, gfm: false, optional: true, from, to: from + 4, text: source.slice(from, from + 4), contentStart: from + 4 + leading(after.slice(1)) };
    }
    return null;
  }
  const state = EXTENDED[dialect][box];
  if (state && /^[ \t]+\S/.test(after)) {
    return { state, gfm: false, optional: false, from, to: from + 3, text: source.slice(from, from + 3), contentStart: from + 3 + leading(after) };
  }
  return null;
}

function leading(text: string): number {
  return /^\s*/.exec(text)![0].length;
}

/** Kiro specs (`.kiro/specs/NAME/tasks.md`) carry `- _Requirements: 1.1, 2.4_` reference lines. */
export function detectDialect(text: string, path: string): TaskDialect {
  if (path.includes('.kiro/')) return 'kiro';
  return /^[ \t]*[-*][ \t]+_[^_\n]{1,40}:[ \t]*[\d.,\s\-–]+_[ \t]*$/m.test(text) ? 'kiro' : 'obsidian';
}
