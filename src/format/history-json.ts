import type { DocumentAnalysis, HistoryAnalysis, ItemHistory, Progression, SectionAnalysis } from '../history/analysis.js';
import type { Forecast, SeriesPoint } from '../history/model.js';
import { SCHEMA_VERSION } from './json-types.js';

/**
 * `headway history --json`, schemaVersion 1. Every field is always present; absent values
 * are null. Series points are `SeriesPoint`s (commit, at, remaining, done, scope,
 * inProgress, blocked, fraction); see the README for the whole contract.
 */
export interface HistoryJson {
  readonly schemaVersion: typeof SCHEMA_VERSION;
  /** Null when the folder is not in a git repository. */
  readonly repository: { readonly root: string; readonly head: string | null; readonly shallow: boolean; readonly startsAt: string | null } | null;
  /** Why there is no history, when there is none; else null. */
  readonly message: string | null;
  readonly commits: number;
  readonly project: ProgressionJson | null;
  readonly documents: readonly DocumentHistoryJson[];
}

export interface ProgressionJson {
  readonly current: SeriesPoint | null;
  readonly byCommit: readonly SeriesPoint[];
  readonly byDay: readonly SeriesPoint[];
  readonly byWeek: readonly SeriesPoint[];
  readonly throughput: readonly { readonly week: string; readonly done: number }[];
  readonly forecast: Forecast;
}

export interface DocumentHistoryJson extends ProgressionJson {
  readonly path: string;
  /** Every path it had, oldest first. */
  readonly paths: readonly string[];
  readonly versions: number;
  readonly sections: readonly SectionHistoryJson[];
  readonly items: readonly ItemHistory[];
  readonly notes: readonly { readonly commit: string; readonly path: string; readonly kind: string; readonly message: string; readonly count: number }[];
}

/** A section: `current` always; series and forecast only when asked for (`--section`, `--sections`), else null. */
export interface SectionHistoryJson {
  readonly key: string;
  readonly title: string;
  readonly milestone: boolean;
  readonly current: SeriesPoint | null;
  readonly byCommit: readonly SeriesPoint[] | null;
  readonly byDay: readonly SeriesPoint[] | null;
  readonly byWeek: readonly SeriesPoint[] | null;
  readonly throughput: readonly { readonly week: string; readonly done: number }[] | null;
  readonly forecast: Forecast | null;
}

export interface HistoryJsonOptions {
  /** Series and forecasts for every section, not only for milestones. */
  readonly sectionSeries: boolean;
  /** How a repository-relative path is shown (relative to where the command runs). */
  readonly displayPath: (path: string) => string;
  readonly root: string;
}

export function historyJson(analysis: HistoryAnalysis, message: string | null, options: HistoryJsonOptions): HistoryJson {
  const repo = analysis.repository;
  return {
    schemaVersion: SCHEMA_VERSION,
    repository: repo === null ? null : { root: options.root, head: repo.head, shallow: repo.shallow, startsAt: repo.startsAt },
    message,
    commits: analysis.commits,
    project: analysis.project === null ? null : progressionJson(analysis.project),
    documents: analysis.documents.map((document) => documentJson(document, options)),
  };
}

function progressionJson(p: Progression): ProgressionJson {
  return { current: p.current, byCommit: p.series.byCommit, byDay: p.series.byDay, byWeek: p.series.byWeek, throughput: p.throughput, forecast: p.forecast };
}

function documentJson(document: DocumentAnalysis, options: HistoryJsonOptions): DocumentHistoryJson {
  const display = options.displayPath;
  return {
    path: display(document.path),
    paths: document.paths.map(display),
    versions: document.versions,
    ...progressionJson(document),
    sections: document.sections.map((section) => sectionJson(section, options.sectionSeries)),
    items: document.items,
    notes: document.notes.map((note) => ({ ...note, path: display(note.path) })),
  };
}

function sectionJson(section: SectionAnalysis, series: boolean): SectionHistoryJson {
  const base = { key: section.key, title: section.title, milestone: section.milestone, current: section.current };
  const s = section.series;
  if (!series || s === null) return { ...base, byCommit: null, byDay: null, byWeek: null, throughput: null, forecast: null };
  return { ...base, byCommit: s.byCommit, byDay: s.byDay, byWeek: s.byWeek, throughput: section.throughput, forecast: section.forecast };
}
