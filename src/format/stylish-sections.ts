import type { Diagnostic } from '../model/diagnostic.js';
import type { Progress, SectionReport } from '../model/progress.js';
import { percentText, progressBar } from './bar.js';
import { summarizeClaims, type ClaimSummary } from './claim-summary.js';
import type { Colors } from './colors.js';
import { claimText, stateCell } from './figure-line.js';
import { worstSeverity } from './stylish-findings.js';
import { cell, columnWidths, layoutTable, type Cell } from './table.js';
import { textWidth, truncate } from './text-width.js';

/** Columns of a section's bar. */
const BAR_WIDTH = 12;
/** Titles are never cut shorter than this, even when the other columns leave less room. */
const MIN_TITLE_WIDTH = 24;
/** The indent the caller puts before every row, and the gap between columns. */
const INDENT = 2;
const GAP = 2;

/** What the section tree needs besides the sections. */
export interface SectionTreeMeta {
  readonly colors: Colors;
  /** Terminal width; long titles are cut to fit. */
  readonly width: number;
  /** Findings of the document, to mark claims a rule reported on. */
  readonly findings: readonly Diagnostic[];
}

/**
 * The section tree as aligned rows: title (indented with box-drawing guides), bar, percent,
 * done/total, in-progress and blocked counts, and the claim — marked when a finding sits on it.
 * Sections with no items and no claims anywhere below them are left out.
 */
export function formatSectionTree(sections: readonly SectionReport[], meta: SectionTreeMeta): string[] {
  const rows: SectionRow[] = [];
  collectRows(visible(sections), null, rows);
  if (rows.length === 0) return [];
  const figures = rows.map((row) => figureCells(row.report, meta));
  // The other columns keep their width; long titles give way, down to a readable minimum.
  const others = columnWidths(figures).reduce((sum, width) => (width === 0 ? sum : sum + width + GAP), 0);
  const widest = Math.max(...rows.map((row) => textWidth(row.guide + row.title)));
  const titleWidth = Math.max(MIN_TITLE_WIDTH, Math.min(widest, meta.width - INDENT - others));
  return layoutTable(rows.map((row, index) => [titleCell(row, titleWidth, meta.colors), ...(figures[index] ?? [])]));
}


interface SectionRow {
  readonly guide: string;
  readonly title: string;
  readonly report: SectionReport;
}

/** Sections worth a row: some item or claim in them or below. */
function visible(sections: readonly SectionReport[]): SectionReport[] {
  return sections.filter(hasContent);
}

function hasContent(report: SectionReport): boolean {
  return itemCount(report.progress) > 0 || report.claims.length > 0 || report.sections.some(hasContent);
}

/** Every item seen, counted or not (cancelled ones included). */
export function itemCount(progress: Progress): number {
  return Object.values(progress.states).reduce((sum, count) => sum + count, 0);
}

/**
 *   Phase 1            ← top level: no guide
 *   ├─ Database        ← `guide` is the parent's continuation plus this row's branch
 *   │  └─ Migrations
 *   └─ API
 */
function collectRows(sections: readonly SectionReport[], guide: string | null, rows: SectionRow[]): void {
  sections.forEach((report, index) => {
    const last = index === sections.length - 1;
    const branch = guide === null ? '' : guide + (last ? '└─ ' : '├─ ');
    rows.push({ guide: branch, title: report.section.title, report });
    const children = visible(report.sections);
    collectRows(children, guide === null ? '' : guide + (last ? '   ' : '│  '), rows);
  });
}

/** The title with its guide, cut to fit; bold at the top level, dim when the section counts nothing. */
function titleCell(row: SectionRow, titleWidth: number, colors: Colors): Cell {
  const title = truncate(row.title, Math.max(4, titleWidth - textWidth(row.guide)));
  const empty = row.report.progress.total === 0;
  return {
    text: row.guide + title,
    painted: row.guide === '' ? (empty ? colors.dim(title) : colors.bold(title)) : colors.dim(row.guide) + (empty ? colors.dim(title) : title),
  };
}

/** Bar, percent, done/total, states and claim. */
function figureCells(report: SectionReport, meta: SectionTreeMeta): Cell[] {
  const { colors } = meta;
  const { progress } = report;
  const empty = progress.total === 0;
  return [
    { text: ' '.repeat(BAR_WIDTH), painted: progressBar(empty ? null : progress.fraction, BAR_WIDTH, colors) },
    cell(percentText(progress.fraction), empty ? colors.dim : undefined, 'right'),
    cell(empty ? 'no items' : `${progress.done}/${progress.total}`, colors.dim, 'right'),
    stateCell(progress, colors),
    claimCell(summarizeClaims(report.claims), progress.fraction, report, meta),
  ];
}

/**
 * `claims 65% (+32)`: the claim and how far it stands from the computed figure; marked ⚠ (✖ for
 * an error) in the finding's colour when a rule reported on one of the section's claim lines.
 */
function claimCell(claim: ClaimSummary | null, fraction: number | null, report: SectionReport, meta: SectionTreeMeta): Cell {
  if (claim === null) return cell('');
  const lines = new Set([report.section.line, ...report.claims.map((one) => one.line)]);
  const severity = worstSeverity(meta.findings.filter((finding) => finding.line !== null && lines.has(finding.line)));
  return claimText(claim, fraction, severity, meta.colors);
}
