import { ok as assert } from 'node:assert';
import { explain as explainFigure, type ExplainQuery } from '../../compute/explain.js';
import { analyzeOptionsFrom } from '../../config/config.js';
import { loadConfig } from '../../config/load.js';
import { closest } from '../../config/suggest.js';
import { formatExplain } from '../../format/explain.js';
import { formatExplainJson } from '../../format/explain-json.js';
import type { DocReport } from '../../model/progress.js';
import { analyzeFiles } from '../../pipeline/run.js';
import { scanFile } from '../../scan/scan.js';
import { parseCommandArgs } from '../args.js';
import { colorsFor } from '../color.js';
import type { Command } from '../command.js';
import { EXIT_OK, UsageError } from '../errors.js';
import { findSections, sectionTitles } from '../find-section.js';
import type { CliIo } from '../io.js';

const OPTIONS = {
  section: { type: 'string' },
  json: { type: 'boolean' },
  config: { type: 'string' },
  'no-color': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

const HELP = `Usage: headway explain FILE[:LINE] [--section TITLE] [options]

Shows how a figure is computed: every item behind it with its state, the fraction it adds,
its file:line and its text, grouped by section; the claims about it; and the arithmetic.

  FILE:LINE        the figure on that line: a heading's section, an item or a claim line
  --section TITLE  the section with that title (case-insensitive)
  FILE             the whole document

Options:
  --section TITLE  Explain the section with this title
  --json           Print JSON (schemaVersion 1); indented when stdout is a terminal
  --config FILE    Read FILE instead of ./headway.config.json
  --no-color       No colour (NO_COLOR=1 too; FORCE_COLOR=1 forces it)
  -h, --help       Show this help
`;

/** `headway explain FILE[:LINE]`: every item behind a figure. */
export const explain: Command = {
  name: 'explain',
  help: HELP,
  run,
};

async function run(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('explain', args, OPTIONS);
  if (values.help === true) {
    io.stdout.write(HELP);
    return EXIT_OK;
  }
  const target = parseTarget(positionals);
  if (target.line !== null && values.section !== undefined) {
    throw new UsageError('give either FILE:LINE or --section, not both', "see 'headway explain --help'");
  }
  const config = await loadConfig({ cwd: io.cwd, file: values.config });
  const source = await scanFile(target.file, io.cwd);
  const options = analyzeOptionsFrom(config, io.now());
  const [report] = await analyzeFiles([source], options);
  assert(report !== undefined, 'expected one report for one file');
  const query: ExplainQuery = target.line !== null
    ? { line: target.line }
    : values.section !== undefined
      ? { section: uniqueSectionTitle(report, values.section) }
      : { document: true };
  const explanation = explainFigure(report, query);
  if (explanation === null) throw nothingToExplain(report, query);
  if (values.json === true) {
    const indent = io.stdout.isTTY ? 2 : 0;
    io.stdout.write(formatExplainJson(explanation, { path: source.display, countOptional: options.countOptional, indent }));
  } else {
    const colors = await colorsFor(io.stdout, io.env, values['no-color'] === true);
    io.stdout.write(formatExplain(explanation, { path: source.display, colors }));
  }
  return EXIT_OK;
}

/** `docs/progress.md:42` → the file and line; a path without `:N` → the file alone. */
function parseTarget(positionals: readonly string[]): { file: string; line: number | null } {
  const [only, ...others] = positionals;
  if (only === undefined) throw new UsageError('explain needs a file: headway explain FILE[:LINE]', "see 'headway explain --help'");
  if (others.length > 0) throw new UsageError(`explain takes one file, got ${positionals.length} arguments`, "see 'headway explain --help'");
  const match = /^(.+):(\d+)$/.exec(only);
  if (match === null) return { file: only, line: null };
  const line = Number(match[2]);
  if (line < 1) throw new UsageError(`line numbers start at 1: ${only}`);
  return { file: match[1] ?? only, line };
}

/** The title of the one section matching `title`; a usage error naming the candidates otherwise. */
function uniqueSectionTitle(report: DocReport, title: string): string {
  const path = report.doc.path;
  const matches = findSections(report.sections, title);
  const [first, ...more] = matches;
  if (first === undefined) {
    const guess = closest(title, sectionTitles(report.sections));
    throw new UsageError(`no section titled "${title}" in ${path}`, guess === null ? null : `did you mean "${guess}"?`);
  }
  if (more.length > 0) {
    const candidates = matches.map((match) => `line ${match.section.line} (${match.section.path.join(' › ')})`).join(', ');
    throw new UsageError(`"${title}" matches ${matches.length} sections in ${path}: ${candidates}`, `use ${path}:LINE`);
  }
  return first.section.title;
}

function nothingToExplain(report: DocReport, query: ExplainQuery): UsageError {
  const { path, lines } = report.doc;
  if ('line' in query) {
    if (lines > 0 && query.line > lines) return new UsageError(`${path} has ${lines} lines; there is no line ${query.line}`);
    return new UsageError(`nothing to explain at ${path}:${query.line}: no heading, item or claim on that line`);
  }
  if ('section' in query) return new UsageError(`nothing to explain for section "${query.section}" in ${path}`);
  return new UsageError(`nothing to explain in ${path}`);
}
