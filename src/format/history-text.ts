import type { DocumentAnalysis, HistoryAnalysis, ItemHistory, SectionAnalysis } from '../history/analysis.js';
import type { Forecast, Series, SeriesPoint, WeeklyThroughput } from '../history/model.js';
import { burndownChart, burnupChart, throughputChart } from './chart/index.js';
import { clip, fitPieces } from './chart/clip.js';
import { forecastPieces, forecastSeparator } from './chart/forecast-line.js';
import { groupThousands } from './chart/number.js';
import type { Colors } from './colors.js';
import { cell, layoutTable, type Cell } from './table.js';
import { textWidth } from './text-width.js';

/** How the terminal view is drawn. */
export interface HistoryTextOptions {
  readonly colors: Colors;
  readonly width: number;
  /** Braille and blocks on a terminal, ASCII elsewhere. */
  readonly unicode: boolean;
  /** Which points the charts draw. */
  readonly by: 'commit' | 'day' | 'week';
  readonly displayPath: (path: string) => string;
  /** `--since` / `--until` as given, to say why a range holds nothing. */
  readonly range?: string;
}

/** The scope a chart shows: the project, one document, or one section of one. */
export interface ChartScope {
  readonly title: string;
  readonly series: Series;
  readonly current: SeriesPoint | null;
  readonly throughput: readonly WeeklyThroughput[] | null;
  readonly forecast: Forecast | null;
}

const CHART_HEIGHT = 12;
/** Weeks of throughput drawn: about half a year reads well as bars. */
const THROUGHPUT_WEEKS = 26;
const RECENT_EVENTS = 10;

/** `headway history`: where it started, a burn-up chart, weekly throughput, the forecast, each document, recent changes. */
export function formatHistory(analysis: HistoryAnalysis, scope: ChartScope | null, options: HistoryTextOptions): string {
  const { colors } = options;
  const out: string[] = [headline(analysis, options)];
  if (scope === null) return `${out.join('\n')}\n`;
  const chart = chartOptions(options);
  out.push('', colors.bold(`Burn-up ${dashOf(options)} ${keyText(scope.title, options)}, by ${options.by}`), burnupChart(pointsOf(scope.series, options.by), chart));
  if (scope.throughput !== null && scope.throughput.length > 0) {
    out.push('', colors.bold('Throughput'), throughputChart(scope.throughput.slice(-THROUGHPUT_WEEKS), chart));
  }
  if (scope.forecast !== null) out.push('', forecastLine(scope, options));
  const rows = scopeTable(analysis, options);
  if (rows.length > 0) out.push('', ...rows);
  const recent = recentEvents(analysis.documents, options);
  if (recent.length > 0) out.push('', colors.bold('Recent changes'), ...recent);
  return `${out.join('\n')}\n`;
}

/** `headway burndown`: remaining over time with the forecast cone, then the forecast in words. */
export function formatBurndown(analysis: HistoryAnalysis, scope: ChartScope | null, options: HistoryTextOptions): string {
  const out: string[] = [headline(analysis, options)];
  if (scope === null) return `${out.join('\n')}\n`;
  const forecast = scope.forecast?.status === 'forecast' ? scope.forecast : null;
  out.push('', options.colors.bold(`Burndown ${dashOf(options)} ${keyText(scope.title, options)}, by ${options.by}`), burndownChart(pointsOf(scope.series, options.by), forecast, chartOptions(options)));
  // The cone's chart prints its dates itself; without a forecast, the reason why.
  out.push('', forecast === null && scope.forecast !== null ? forecastLine(scope, options) : remainingLine(scope));
  return `${out.join('\n')}\n`;
}

function chartOptions(options: HistoryTextOptions) {
  return { width: Math.max(20, options.width), height: CHART_HEIGHT, unicode: options.unicode, colors: options.colors };
}

function pointsOf(series: Series, by: HistoryTextOptions['by']): readonly SeriesPoint[] {
  return by === 'commit' ? series.byCommit : by === 'week' ? series.byWeek : series.byDay;
}

/** `History · 20 documents · 5,001 commits · 2025-01-01 → 2025-09-19 · HEAD 1fcf91f`, and what limits it. */
function headline(analysis: HistoryAnalysis, options: HistoryTextOptions): string {
  const { colors, unicode } = options;
  const dot = unicode ? ' · ' : ' | ';
  const arrow = unicode ? ' → ' : ' -> ';
  const repo = analysis.repository;
  if (repo === null) return 'No history: this folder is not in a git repository (`headway status` reads it as it is).';
  const documents = analysis.documents.length;
  if (documents === 0) {
    if (options.range !== undefined) return `No history: no progress document changed in ${options.range}.`;
    return 'No history: no progress document was ever committed here (`headway status` reads the working tree).';
  }
  const days = analysis.documents.flatMap((d) => [d.series.byDay[0]?.at, d.series.byDay[d.series.byDay.length - 1]?.at]).filter((day): day is string => day !== undefined).sort();
  const parts = [
    'History',
    `${groupThousands(documents)} document${documents === 1 ? '' : 's'}`,
    `${groupThousands(analysis.commits)} commit${analysis.commits === 1 ? '' : 's'}`,
    ...(days.length > 0 ? [`${days[0]}${arrow}${days[days.length - 1]}`] : []),
    ...(repo.head === null ? [] : [`HEAD ${repo.head.slice(0, 7)}`]),
  ];
  const plain = parts.join(dot);
  const lines = [textWidth(plain) <= options.width ? [colors.bold('History'), ...parts.slice(1)].join(dot) : clip(plain, options.width, unicode)];
  if (repo.shallow) {
    const start = repo.startsAt === null ? 'its first fetched commit' : repo.startsAt.slice(0, 7);
    lines.push(colors.yellow(`Shallow clone: history starts at ${start}; earlier commits were not fetched (git fetch --unshallow for all of it).`));
  }
  for (const document of analysis.documents) {
    for (const note of document.notes) {
      const more = note.count > 1 ? ` (and ${note.count - 1} more version${note.count === 2 ? '' : 's'})` : '';
      // Only a binary version is read as empty; an encoding problem is decoded and counted.
      const empty = note.kind === 'binary-file' ? '; counted as empty' : '';
      lines.push(colors.yellow(`${options.displayPath(note.path)} at ${note.commit.slice(0, 7)}: ${note.message}${more}${empty}`));
    }
  }
  return lines.join('\n');
}

/** `12 remaining of 40 (28 done)`. */
function remainingLine(scope: ChartScope): string {
  const current = scope.current;
  if (current === null) return 'The section is gone at the last point.';
  return `${groupThousands(current.remaining)} remaining of ${groupThousands(current.scope)} (${groupThousands(current.done)} done)`;
}

function forecastLine(scope: ChartScope, options: HistoryTextOptions): string {
  const remaining = scope.current?.remaining ?? 0;
  const lead = `${groupThousands(remaining)} remaining:`;
  // A space, not the separator, after the lead (a text replace after painting misses it once the lead is bold).
  const [first, ...rest] = forecastPieces(scope.forecast!, options.colors, options.unicode);
  const pieces = [{ text: lead, painted: options.colors.bold(lead) }, ...(first === undefined ? [] : [{ ...first, joiner: ' ' }]), ...rest];
  const fitted = fitPieces(pieces, forecastSeparator(options.unicode), options.width, options.unicode);
  // Too narrow for the reason as a whole: clip it rather than leave the lead alone.
  return fitted.length > lead.length + 1 || pieces.length < 2 ? fitted : clip(`${lead} ${pieces[1]!.text}`, options.width, options.unicode);
}

/** A section key as shown: `Plan › Phase 1`, or `Plan > Phase 1` in ASCII output. */
function keyText(key: string, options: HistoryTextOptions): string {
  return options.unicode ? key : key.replaceAll(' › ', ' > ');
}

/** `—` on a terminal, `-` in ASCII output. */
const dashOf = (options: HistoryTextOptions): string => (options.unicode ? '—' : '-');

/** One row per document (or per section asked for): done / scope, remaining, done lately, forecast. */
function scopeTable(analysis: HistoryAnalysis, options: HistoryTextOptions): string[] {
  const { colors } = options;
  const header = ['', 'done / scope', 'remaining', 'done, 4 wks', 'P50', 'P85'].map((text, i) => cell(text, colors.dim, i === 0 ? 'left' : 'right'));
  const rows: Cell[][] = [header];
  for (const document of analysis.documents) {
    const path = options.displayPath(document.path);
    // Without a section asked for, a row per document; with one, a row per section it matched.
    if (analysis.project !== null) rows.push(row(path, document.current, document.throughput, document.forecast, options));
    else for (const section of document.sections) rows.push(row(keyText(`${path} › ${section.key}`, options), section.current, section.throughput, section.forecast, options));
  }
  return rows.length > 2 ? layoutTable(rows) : [];
}

function row(name: string, current: SeriesPoint | null, throughput: readonly WeeklyThroughput[] | null, forecast: Forecast | null, options: HistoryTextOptions): Cell[] {
  const { colors } = options;
  const recent = throughput === null ? null : throughput.slice(-4).reduce((sum, week) => sum + week.done, 0);
  const dash = options.unicode ? '—' : '-';
  const dates = forecast?.status === 'forecast' ? [forecast.p50 ?? dash, forecast.p85 ?? dash] : [forecast?.status === 'done' ? 'done' : dash, ''];
  return [
    cell(name),
    cell(current === null ? 'removed' : `${groupThousands(current.done)} / ${groupThousands(current.scope)}`, undefined, 'right'),
    cell(current === null ? '' : groupThousands(current.remaining), undefined, 'right'),
    cell(recent === null ? '' : `+${groupThousands(recent)}`, colors.green, 'right'),
    cell(dates[0]!, forecast?.status === 'done' ? colors.green : undefined, 'right'),
    cell(dates[1]!, undefined, 'right'),
  ];
}

/** The last state changes across the documents, newest first. */
function recentEvents(documents: readonly DocumentAnalysis[], options: HistoryTextOptions): string[] {
  const { colors } = options;
  const events = documents.flatMap((document) => document.items.flatMap((item) => item.events.map((event) => ({ document, item, event }))));
  events.sort((a, b) => (a.event.date < b.event.date ? 1 : a.event.date > b.event.date ? -1 : 0));
  const rows = events.slice(0, RECENT_EVENTS).map(({ document, item, event }) => [
    cell(event.date.slice(0, 10), colors.dim),
    cell(event.commit === 'working-tree' ? 'uncommitted' : event.commit.slice(0, 7), colors.dim),
    cell(event.kind, paintOf(event.kind, colors)),
    cell(truncate(itemName(item, event.text), Math.max(20, options.width - 50))),
    cell(options.displayPath(document.path), colors.dim),
  ]);
  return layoutTable(rows);
}

function itemName(item: ItemHistory, text: string): string {
  return text || item.text;
}

function paintOf(kind: string, colors: Colors): (text: string) => string {
  if (kind === 'done') return colors.green;
  if (kind === 'reopened' || kind === 'blocked' || kind === 'removed') return colors.red;
  if (kind === 'appeared' || kind === 'started') return colors.cyan;
  return colors.dim;
}

function truncate(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, width - 1)}…`;
}

/** The scope the charts show: the section asked for, else the only document, else the project. */
export function chartScope(analysis: HistoryAnalysis, displayPath: (path: string) => string): ChartScope | null {
  const first = analysis.documents[0];
  if (first === undefined) return null;
  if (analysis.project === null) {
    const section: SectionAnalysis | undefined = first.sections[0];
    if (section?.series == null) return null;
    return { title: `${displayPath(first.path)} › ${section.key}`, series: section.series, current: section.current, throughput: section.throughput, forecast: section.forecast };
  }
  if (analysis.documents.length === 1) return { title: displayPath(first.path), series: first.series, current: first.current, throughput: first.throughput, forecast: first.forecast };
  const project = analysis.project;
  return { title: 'all documents', series: project.series, current: project.current, throughput: project.throughput, forecast: project.forecast };
}
