import type { Forecast, ItemEvent } from '../../history/model.js';

/** When a status report is made, and what history adds to its milestones. */
export interface StatusReportMeta {
  /** The report's time, ISO 8601 (`2026-03-27T17:00:00Z`): passed in, never read from a clock. */
  readonly now: string;
  /** Defaults to `Implementation Status`. */
  readonly title?: string;
  /** Start, finish and forecast per milestone, where history knows them. */
  readonly milestones?: readonly MilestoneHistory[];
}

/** What history tells about one milestone (or top section) of a document. */
export interface MilestoneHistory {
  readonly path: string;
  /** Section key (`Roadmap › Milestone 5.1: Database Foundation`). */
  readonly section: string;
  /** Day its first item started or was done, `YYYY-MM-DD`. */
  readonly started: string | null;
  /** Day its last item was done, when it is complete. */
  readonly completed: string | null;
  readonly forecast: Forecast | null;
}

/** Items done out of counted items, for a milestone at a point in time. */
export interface MilestoneProgress {
  readonly title: string;
  readonly done: number;
  readonly total: number;
  /** The same at the start of the period, to show what changed. */
  readonly before?: { readonly done: number; readonly total: number };
}

/** An item blocked at a point in time, with why when its text says. */
export interface BlockedItem {
  readonly text: string;
  readonly path: string;
  /** Section key. */
  readonly section: string;
  /** Day it became blocked, when history knows. */
  readonly since: string | null;
  readonly reason: string | null;
  /** Milestones it holds up, when known. */
  readonly impact?: readonly string[];
}

/** One ISO week of history: progress at its end, what happened in it, what is blocked at its end. */
export interface WeeklyReportData {
  /** `2026-W11`. */
  readonly week: string;
  /** Per milestone at the week's end (with `before` at its start to show the change). */
  readonly milestones: readonly MilestoneProgress[];
  /** The whole document or project, last in the list. */
  readonly overall?: MilestoneProgress;
  /** Every item event in the week, oldest first: done, started, added and removed items come from them. */
  readonly events: readonly ItemEvent[];
  /** Items blocked at the week's end. */
  readonly blocked: readonly BlockedItem[];
  readonly forecast?: Forecast | null;
}

/** Options of a milestone burndown table. */
export interface BurndownReportMeta {
  /** Defaults to the section's title (or the document's path). */
  readonly title?: string;
  /** `changes` (default): a row for each day something changed, plus the first and last; `every`: a row per day. */
  readonly days?: 'changes' | 'every';
  readonly forecast?: Forecast | null;
}

/** One day of history. */
export interface DailyReportData {
  /** `YYYY-MM-DD`. */
  readonly date: string;
  /** Item events of that day (others are left out), oldest first. */
  readonly events: readonly ItemEvent[];
}
