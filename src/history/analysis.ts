import type { ItemKind, ItemState } from '../model/item.js';
import type { Counts, DocumentHistory, Forecast, HistoryNote, ItemEvent, ItemEventKind, Series, SeriesPoint, Snapshot, WeeklyThroughput } from './model.js';
import type { ProjectHistory, RepositoryInfo } from './project.js';
import { addCounts, documentSeries, knownSections, forecast, inSection, pointOf, seriesAcross, weeklyThroughput, type ForecastInput } from './series/index.js';

/** How the figures are drawn from a history. */
export interface AnalysisOptions {
  /** Only sections whose title or key is this (case ignored), with their subsections. */
  readonly section?: string;
  /** The day forecasts start from and throughput runs to (`YYYY-MM-DD`): today, or `--until`. */
  readonly today: string;
  /** Monte Carlo seed and trials (deterministic for a given seed). */
  readonly seed: number;
  readonly trials?: number;
  /** Throughput and forecast for every section (a Monte Carlo run each), not only the document's. */
  readonly sectionForecasts: boolean;
  /** How forecasts are made: `forecast` itself unless given (a memo of earlier runs'). */
  readonly forecast?: (input: ForecastInput) => Forecast;
}

/** Series, throughput and forecast for one scope: the project, a document, a section. */
export interface Progression {
  readonly series: Series;
  /** The state at the last point, or null when the scope no longer exists. */
  readonly current: SeriesPoint | null;
  readonly throughput: readonly WeeklyThroughput[];
  readonly forecast: Forecast;
}

/** An item's life: where it is now (null once removed) and each change, with its commit. */
export interface ItemHistory {
  readonly id: string;
  readonly text: string;
  readonly kind: ItemKind | null;
  readonly section: string;
  readonly state: ItemState | null;
  readonly line: number | null;
  readonly events: readonly { readonly kind: ItemEventKind; readonly commit: string; readonly date: string; readonly from: ItemState | null; readonly to: ItemState | null; readonly text: string }[];
}

export interface SectionAnalysis {
  readonly key: string;
  readonly title: string;
  readonly milestone: boolean;
  /** Null unless asked for (`section`, `sectionForecasts`). */
  readonly series: Series | null;
  readonly current: SeriesPoint | null;
  /** Null unless `sectionForecasts`. */
  readonly throughput: readonly WeeklyThroughput[] | null;
  readonly forecast: Forecast | null;
}

export interface DocumentAnalysis extends Progression {
  readonly path: string;
  readonly paths: readonly string[];
  /** Versions: one per commit that touched it, and the working tree when it differs. */
  readonly versions: number;
  readonly sections: readonly SectionAnalysis[];
  readonly items: readonly ItemHistory[];
  readonly notes: readonly HistoryNote[];
  /** The document's snapshots (the last one with items), for reports. */
  readonly snapshots: readonly Snapshot[];
  readonly events: readonly ItemEvent[];
}

export interface HistoryAnalysis {
  readonly repository: RepositoryInfo | null;
  readonly commits: number;
  /** All documents together; null when no document has history. */
  readonly project: Progression | null;
  readonly documents: readonly DocumentAnalysis[];
  /** The `section` asked for, when no section of any document matched it. */
  readonly sectionMissing: boolean;
}

/**
 * Everything `history`, `burndown` and the reports show, computed from the replayed history:
 * burndown / burn-up series by commit, day and week for the project, each document and each
 * section; weekly throughput; Monte Carlo forecasts; each item's life.
 */
export function analyzeHistory(history: ProjectHistory, options: AnalysisOptions): HistoryAnalysis {
  const documents = history.documents.map((document) => analyzeDocument(document, options));
  const withSection = options.section === undefined ? documents : documents.filter((document) => document.sections.length > 0);
  const events = history.documents.flatMap((document) => document.events);
  const project =
    history.documents.length === 0 ? null : progression(seriesAcross(history.documents.map((document) => document.snapshots)), weeklyThroughput(events, { until: options.today }), options);
  return {
    repository: history.repository,
    commits: history.commits,
    project: options.section === undefined ? project : null,
    documents: withSection,
    sectionMissing: options.section !== undefined && withSection.length === 0 && documents.length > 0,
  };
}

function analyzeDocument(document: DocumentHistory, options: AnalysisOptions): DocumentAnalysis {
  const last = document.snapshots[document.snapshots.length - 1];
  const wanted = options.section?.trim().toLowerCase();
  const known = knownSections(document.snapshots);
  const roots = wanted === undefined ? [] : [...known.values()].filter((s) => s.title.trim().toLowerCase() === wanted || s.key.toLowerCase() === wanted);
  const inScope = (key: string): boolean => wanted === undefined || roots.some((root) => inSection(key, root.key));
  // Series of every section cost time and room: only those a forecast is asked for are drawn.
  const detailed = (key: string): boolean => inScope(key) && (options.sectionForecasts || wanted !== undefined);
  const series = documentSeries(document.snapshots, detailed, known);
  const drawn = new Map(series.sections.map((s) => [s.section!, s]));
  const sections: SectionAnalysis[] = [];
  for (const section of known.values()) {
    if (!inScope(section.key)) continue;
    const present = last?.sections.some((s) => s.key === section.key) ?? false;
    const base = { key: section.key, title: section.title, milestone: section.milestone };
    const s = drawn.get(section.key);
    if (s === undefined) {
      const counts = present ? sectionCounts(last!, section.key) : null;
      sections.push({ ...base, series: null, current: counts && pointOf(last!.commit, last!.date, counts), throughput: null, forecast: null });
      continue;
    }
    const weekly = weeklyThroughput(document.events, { section: section.key, until: options.today });
    sections.push({ ...base, ...progression(s, weekly, options, present) });
  }
  const weekly = weeklyThroughput(document.events, { until: options.today });
  return {
    path: document.path,
    paths: document.paths,
    versions: document.snapshots.length,
    ...progression(series.document, weekly, options),
    sections,
    items: itemHistories(document).filter((item) => inScope(item.section)),
    notes: document.notes,
    snapshots: document.snapshots,
    events: document.events,
  };
}

/** A section's counts at one snapshot; two sibling headings with one title share a key and add up. */
function sectionCounts(snapshot: Snapshot, key: string): Counts | null {
  let counts: Counts | null = null;
  for (const section of snapshot.sections) if (section.key === key) counts = counts ? addCounts(counts, section.counts) : section.counts;
  return counts;
}

/** `present`: the scope exists at the last point (a section deleted since has no current state and nothing to forecast). */
function progression(series: Series, throughput: readonly WeeklyThroughput[], options: AnalysisOptions, present = true): Progression {
  const current = present ? (series.byCommit[series.byCommit.length - 1] ?? null) : null;
  return { series, current, throughput, forecast: outlookOf(current?.remaining ?? 0, throughput, options) };
}

/** The forecast for `remaining` items at the throughput seen, from today. */
function outlookOf(remaining: number, throughput: readonly WeeklyThroughput[], options: AnalysisOptions): Forecast {
  return (options.forecast ?? forecast)({
    remaining,
    weekly: throughput.map((week) => week.done),
    from: options.today,
    seed: options.seed,
    ...(options.trials === undefined ? {} : { trials: options.trials }),
  });
}

/** Each item's events in order, with where it stands at the last point. */
function itemHistories(document: DocumentHistory): ItemHistory[] {
  const last = document.snapshots[document.snapshots.length - 1];
  const current = new Map((last?.items ?? []).map((item) => [item.id, item]));
  const byItem = new Map<string, ItemEvent[]>();
  for (const event of document.events) {
    const list = byItem.get(event.item);
    if (list) list.push(event);
    else byItem.set(event.item, [event]);
  }
  const histories: ItemHistory[] = [];
  for (const [id, events] of byItem) {
    const now = current.get(id);
    const latest = events[events.length - 1]!;
    histories.push({
      id,
      text: now?.text ?? latest.text,
      kind: now?.kind ?? null,
      section: now?.section ?? latest.section,
      state: now?.state ?? null,
      line: now?.line ?? null,
      events: events.map((e) => ({ kind: e.kind, commit: e.commit, date: e.date, from: e.from, to: e.to, text: e.text })),
    });
  }
  // Items still present in document order, then removed ones by when they went.
  return histories.sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity));
}

/** The local calendar day of an instant (`YYYY-MM-DD`), for `AnalysisOptions.today`. */
export function todayOf(now: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The forecast of one section of a document, from its weekly throughput and what it has left at the last point. */
export function sectionForecast(document: DocumentAnalysis, key: string, options: AnalysisOptions): Forecast {
  const last = document.snapshots[document.snapshots.length - 1];
  const counts = last === undefined ? null : sectionCounts(last, key);
  const weekly = weeklyThroughput(document.events, { section: key, until: options.today });
  return outlookOf(counts === null ? 0 : counts.total - counts.done, weekly, options);
}
