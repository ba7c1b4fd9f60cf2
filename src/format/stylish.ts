import type { DocReport } from '../model/progress.js';
import { percentText } from './bar.js';
import type { Colors } from './colors.js';
import { formatFindings, worstSeverity } from './stylish-findings.js';
import { formatMetrics } from './stylish-metrics.js';
import { claimText, figureParts } from './figure-line.js';
import { formatSectionTree, itemCount } from './stylish-sections.js';

/** What the human output needs besides the reports. */
export interface StylishMeta {
  /** Colour functions; identity functions when the stream is not a colour terminal. */
  readonly colors: Colors;
  /** Terminal width in columns. */
  readonly width: number;
}

/** Columns of a document's bar: wider than a section's, so the headline figure stands out. */
const DOCUMENT_BAR_WIDTH = 24;

/**
 * The human `status` output: for each document a header, its overall figure beside its claim,
 * the section tree, missed metrics and the findings; then one summary line for all of them.
 */
export function formatStylish(reports: readonly DocReport[], meta: StylishMeta): string {
  if (reports.length === 0) return 'No progress documents found.\n';
  const blocks = reports.map((report) => formatDocument(report, meta).join('\n'));
  return `${blocks.join('\n\n')}\n\n${summaryLine(reports, meta.colors)}\n`;
}

function formatDocument(report: DocReport, meta: StylishMeta): string[] {
  const { colors } = meta;
  const { doc } = report;
  const lines = [header(report, colors), overallLine(report, colors)];
  const tree = formatSectionTree(withoutTitleSection(report), { ...meta, findings: report.findings });
  if (tree.length > 0) lines.push('', ...tree.map((line) => `  ${line}`));
  const metrics = formatMetrics(report.metrics, colors);
  if (metrics.length > 0) lines.push('', ...metrics.map((line) => `  ${line}`));
  const findings = formatFindings(report.findings, doc.path, colors);
  if (findings.length > 0) lines.push('', ...findings.map((line) => `  ${line}`));
  return lines;
}

/** `docs/progress.md  VitalCORE Progress  (encoding repaired: windows-1252 mojibake, lossless)` */
function header(report: DocReport, colors: Colors): string {
  const { doc } = report;
  const title = doc.title !== '' && doc.title !== doc.path ? `  ${doc.title}` : '';
  const { encoding } = doc;
  const repaired = encoding.repair === 'none'
    ? ''
    : colors.yellow(`  (encoding repaired${encoding.repairedFrom === null ? '' : ` from ${encoding.repairedFrom} mojibake`}, ${encoding.repair})`);
  return `${colors.bold(colors.underline(doc.path))}${title}${repaired}`;
}

/** The document's figure: bar, percent, counts, states, GitHub task count, and its claim. */
function overallLine(report: DocReport, colors: Colors): string {
  const { progress, claim } = report;
  if (itemCount(progress) === 0) {
    const claimed = claim === null ? '' : `  ${claimText(claim, null, null, colors).painted}`;
    return `  ${colors.dim('no items found')}${claimed}`;
  }
  const parts = figureParts(progress, DOCUMENT_BAR_WIDTH, colors);
  if (claim !== null) {
    const severity = worstSeverity(report.findings.filter((finding) => finding.line === claim.line));
    const claimed = claimText(claim, progress.fraction, severity, colors);
    parts.push(claimed.painted);
  }
  return `  ${parts.join('   ')}`;
}

/**
 * The sections to draw. A single top-level section that only repeats the document's title
 * (`# Project Progress` over everything) is skipped: its figure is the document's own, shown
 * on the line above, items written directly under it included.
 */
function withoutTitleSection(report: DocReport): DocReport['sections'] {
  const [only, ...others] = report.sections;
  if (only === undefined || others.length > 0) return report.sections;
  const sameTitle = only.section.title.trim().toLowerCase() === report.doc.title.trim().toLowerCase();
  return sameTitle && only.claims.length === 0 ? only.sections : report.sections;
}

/** `2 documents · 18/40 items done (45%) · 3 findings: 1 error, 2 warnings` */
function summaryLine(reports: readonly DocReport[], colors: Colors): string {
  let done = 0;
  let total = 0;
  let weighted = 0;
  for (const { progress } of reports) {
    done += progress.done;
    total += progress.total;
    weighted += (progress.fraction ?? 0) * progress.total;
  }
  const findings = reports.flatMap((report) => report.findings);
  const count = (severity: string): number => findings.filter((finding) => finding.severity === severity).length;
  const bySeverity = [
    [count('error'), 'error', colors.red],
    [count('warning'), 'warning', colors.yellow],
    [count('info'), 'info', colors.blue],
  ] as const;
  const parts = bySeverity.filter(([n]) => n > 0).map(([n, word, paint]) => paint(`${n} ${word}${n === 1 || word === 'info' ? '' : 's'}`));
  const documents = `${reports.length} document${reports.length === 1 ? '' : 's'}`;
  const items = total === 0 ? 'no items' : `${done}/${total} items done (${percentText(weighted / total)})`;
  const problems = findings.length === 0
    ? colors.green('no findings')
    : `${findings.length} finding${findings.length === 1 ? '' : 's'}: ${parts.join(', ')}`;
  return [documents, items, problems].join(colors.dim(' · '));
}
