import { relative, resolve, sep } from 'node:path';
import { analyzeHistory, todayOf, type AnalysisOptions, type HistoryAnalysis } from '../../history/analysis.js';
import { openForecastMemo } from '../../history/cache/forecast-memo.js';
import { readProjectHistory, type ProjectHistory } from '../../history/project.js';
import { historyJson } from '../../format/history-json.js';
import { chartScope, formatBurndown, formatHistory, type HistoryTextOptions } from '../../format/history-text.js';
import { parseCommandArgs } from '../args.js';
import { colorsFor } from '../color.js';
import type { Command } from '../command.js';
import { EXIT_OK, UsageError } from '../errors.js';
import { outputWidth, type CliIo } from '../io.js';
import { afterProgress, progressLine } from '../progress-line.js';
import { PROJECT_HELP, PROJECT_OPTIONS, projectSettings } from '../project-settings.js';

/** Options `history`, `burndown` and `report` share: what history to read. */
export const HISTORY_OPTIONS = {
  section: { type: 'string' },
  since: { type: 'string' },
  until: { type: 'string' },
  'all-parents': { type: 'boolean' },
  'no-working-tree': { type: 'boolean' },
  'no-cache': { type: 'boolean' },
  seed: { type: 'string' },
  ...PROJECT_OPTIONS,
} as const;

export const HISTORY_HELP = `  --section NAME      Only this section (title or key, case ignored) and its subsections
  --since DATE        Commits from DATE on (git's dates: 2026-01-01, "3 weeks ago")
  --until DATE        Commits up to DATE (the working tree is then left out)
  --all-parents       Every commit of merged branches, not only the first-parent line
  --no-working-tree   Leave uncommitted changes out (by default they are a last point)
  --no-cache          Neither read nor write .headway/history/
  --seed N            Seed of the Monte Carlo forecast (default 1: the same answer every run)
${PROJECT_HELP}`;

const OPTIONS = {
  json: { type: 'boolean' },
  sections: { type: 'boolean' },
  by: { type: 'string' },
  ...HISTORY_OPTIONS,
  'no-color': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

const HISTORY = `Usage: headway history [paths…] [options]

Replays the git history of the progress documents: for every commit that touched one, its
counts by state, per document and section. Shows burn-up (done and scope), items done per
week, a Monte Carlo forecast of when what remains will be done, and the latest changes.
Items keep their identity when moved or re-worded, so added scope is told from progress.

Results are cached in .headway/history/: a second run, or one after a new commit, only
reads what is new. A folder outside git has no history (that is not an error).

Options:
  --json              Print JSON (schemaVersion 1): series by commit, day and week, throughput,
                      forecasts, every item's history
  --sections          With --json: series and forecasts for every section, not only --section's
  --by commit|day|week  What the chart's points are (default day)
${HISTORY_HELP}
  --no-color          No colour
  -h, --help          Show this help
`;

const BURNDOWN = `Usage: headway burndown [paths…] [options]

The burndown chart: items remaining over time, with the forecast as a cone (P50 to P95)
from today. Of all documents together, of the one document named, or of --section.

Options:
  --json              Print the same JSON as 'headway history --json'
  --by commit|day|week  What the chart's points are (default day)
${HISTORY_HELP}
  --no-color          No colour
  -h, --help          Show this help
`;

export const history: Command = { name: 'history', help: HISTORY, run: (args, io) => run('history', args, io) };
export const burndown: Command = { name: 'burndown', help: BURNDOWN, run: (args, io) => run('burndown', args, io) };

type Values = ReturnType<typeof parseCommandArgs<typeof OPTIONS>>['values'];

async function run(name: 'history' | 'burndown', args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(name, args, OPTIONS);
  if (values.help === true) {
    io.stdout.write(name === 'history' ? HISTORY : BURNDOWN);
    return EXIT_OK;
  }
  const by = values.by ?? 'day';
  if (by !== 'commit' && by !== 'day' && by !== 'week') throw new UsageError(`--by takes commit, day or week, not '${by}'`, `see 'headway ${name} --help'`);
  const { project, analysis } = await loadHistory(name, values, positionals, io, values.sections === true);
  const displayPath = displayPathIn(io.cwd, project);
  if (analysis.sectionMissing) throw new UsageError(`no section '${values.section}' in the history of these documents`, `see 'headway status' for section titles`);
  if (values.json === true) {
    const json = historyJson(analysis, messageOf(project), { sectionSeries: values.sections === true || values.section !== undefined, displayPath, root: project.repository?.root ?? io.cwd });
    io.stdout.write(`${JSON.stringify(json, null, io.stdout.isTTY ? 2 : 0)}\n`);
    return EXIT_OK;
  }
  const colors = await colorsFor(io.stdout, io.env, values['no-color'] === true);
  const range = [values.since === undefined ? '' : `since ${values.since}`, values.until === undefined ? '' : `until ${values.until}`].filter(Boolean).join(' ');
  const options: HistoryTextOptions = { colors, width: outputWidth(io), unicode: io.stdout.isTTY, by, displayPath, ...(range === '' ? {} : { range: `the range asked for (${range})` }) };
  const scope = chartScope(analysis, displayPath);
  io.stdout.write(name === 'history' ? formatHistory(analysis, scope, options) : formatBurndown(analysis, scope, options));
  return EXIT_OK;
}

/** Values every history-reading command has. */
export type HistoryValues = Pick<Values, keyof typeof HISTORY_OPTIONS>;

/** Reads and analyses the history the options ask for, with a progress bar on a terminal. */
export async function loadHistory(
  name: string,
  values: HistoryValues,
  positionals: readonly string[],
  io: CliIo,
  sectionForecasts: boolean,
): Promise<{ project: ProjectHistory; analysis: HistoryAnalysis; options: AnalysisOptions }> {
  const seed = values.seed === undefined ? 1 : /^-?\d{1,15}$/.test(values.seed) ? Number(values.seed) : NaN;
  if (!Number.isSafeInteger(seed)) throw new UsageError(`--seed takes a whole number, not '${values.seed}'`, `see 'headway ${name} --help'`);
  const { globs, options: analyze } = await projectSettings(values, io);
  const now = io.now();
  const progress = progressLine(io.stderr, Date.now, { verb: 'replaying history', noun: 'versions', bar: 24 });
  const project = await afterProgress(
    progress,
    readProjectHistory({
      cwd: io.cwd,
      paths: positionals,
      globs,
      analyze,
      now,
      allParents: values['all-parents'] === true,
      cache: values['no-cache'] !== true,
      workingTree: values['no-working-tree'] !== true,
      ...(values.since === undefined ? {} : { since: values.since }),
      ...(values.until === undefined ? {} : { until: values.until }),
      onProgress: (done, total) => progress.update(done, total),
    }),
  );
  const today = values.until !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(values.until) ? values.until : todayOf(now);
  const memo = await openForecastMemo(values['no-cache'] === true ? null : (project.repository?.root ?? null));
  const options: AnalysisOptions = {
    today,
    seed,
    forecast: (input) => memo.forecast(input),
    sectionForecasts: sectionForecasts || values.section !== undefined,
    ...(values.section === undefined ? {} : { section: values.section }),
  };
  const analysis = analyzeHistory(project, options);
  await memo.save();
  return { project, analysis, options };
}

/** Why there is no history, for the JSON's `message`. */
function messageOf(project: ProjectHistory): string | null {
  if (project.repository === null) return 'not a git repository: no history';
  if (project.documents.length === 0) return 'no progress document in the history of these paths';
  return null;
}

/** Repository-relative paths shown relative to where the command runs, as `status` shows them. */
export function displayPathIn(cwd: string, project: ProjectHistory): (path: string) => string {
  const root = project.repository?.root;
  if (root === undefined) return (path) => path;
  return (path) => {
    const shown = relative(cwd, resolve(root, path));
    return sep === '/' ? shown : shown.split(sep).join('/');
  };
}
