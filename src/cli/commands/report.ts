import { randomBytes } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { burndownReport, dailyReport, statusReport, weeklyReport } from '../../format/reports/index.js';
import { sectionForecast, type AnalysisOptions, type HistoryAnalysis } from '../../history/analysis.js';
import { dailyData, latestSnapshots, milestoneHistories, weeklyData } from '../../history/report-data.js';
import { isoWeek, parseDay, parseWeek } from '../../history/series/index.js';
import { WORKING_TREE, type Snapshot } from '../../history/model.js';
import { IoError, errorCode } from '../../pipeline/io-error.js';
import { closest } from '../../config/suggest.js';
import { parseCommandArgs } from '../args.js';
import type { Command } from '../command.js';
import { EXIT_OK, UsageError } from '../errors.js';
import type { CliIo } from '../io.js';
import { projectSettings } from '../project-settings.js';
import { displayPathIn, HISTORY_HELP, HISTORY_OPTIONS, loadHistory } from './history.js';

const KINDS = ['status', 'weekly', 'burndown', 'daily'] as const;
type Kind = (typeof KINDS)[number];

const OPTIONS = {
  out: { type: 'string', short: 'o' },
  week: { type: 'string' },
  date: { type: 'string' },
  title: { type: 'string' },
  'every-day': { type: 'boolean' },
  ...HISTORY_OPTIONS,
  help: { type: 'boolean', short: 'h' },
} as const;

const HELP = `Usage: headway report <status|weekly|burndown|daily> [paths…] [options]

Writes a Markdown report generated from the documents and their git history, in the shapes
teams write by hand — to stdout, or to a file with --out.

  status    Implementation status: items by state with percentages (total, completed, in
            progress, blocked, not started), then each milestone or section with its status,
            progress, claim, dates, forecast and blockers
  weekly    Week summary: milestone progress X/Y items, what was completed and started,
            blockers, scope changes, the forecast (--week YYYY-Www, default this week)
  burndown  Burndown table of a section (--section) or document: date, remaining, completed
            that day, scope change, blockers; then the forecast
  daily     Daily log: the items whose state changed that day, with their commits
            (--date YYYY-MM-DD, default today)

Options:
  -o, --out FILE      Write the report to FILE (replaced atomically) instead of stdout
  --week YYYY-Www     The week of a weekly report
  --date YYYY-MM-DD   The day of a daily report
  --title TEXT        The status report's title (default "Implementation Status")
  --every-day         A burndown row for every day, not only days with changes
${HISTORY_HELP}
  -h, --help          Show this help
`;

export const report: Command = { name: 'report', help: HELP, run };

async function run(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('report', args, OPTIONS);
  if (values.help === true) {
    io.stdout.write(HELP);
    return EXIT_OK;
  }
  const [kind, ...paths] = positionals;
  if (kind === undefined) throw new UsageError('which report? status, weekly, burndown or daily', "see 'headway report --help'");
  if (!KINDS.includes(kind as Kind)) {
    const guess = closest(kind, KINDS);
    throw new UsageError(`unknown report '${kind}': status, weekly, burndown or daily`, `${guess === null ? '' : `did you mean '${guess}'? `}see 'headway report --help'`);
  }
  if (values.week !== undefined && parseWeek(values.week) === null) throw new UsageError(`--week takes an ISO week like 2026-W09, not '${values.week}'`, "see 'headway report --help'");
  if (values.date !== undefined && parseDay(values.date) === null) throw new UsageError(`--date takes a day like 2026-03-01, not '${values.date}'`, "see 'headway report --help'");
  const { project, analysis, options } = await loadHistory('report', values, paths, io, kind === 'burndown');
  if (project.repository === null && kind !== 'status') throw new UsageError(`a ${kind} report needs git history, and ${io.cwd} is not in a git repository`, "'headway report status' works without one");
  if (analysis.sectionMissing) throw new UsageError(`no section '${values.section}' in the history of these documents`, "see 'headway status' for section titles");
  const display = displayPathIn(io.cwd, project);
  if (project.repository === null) {
    // Without git there is no history, but the documents' state is still worth a report.
    const snapshots = await workingSnapshots(paths, values, io);
    return output(io, values.out, statusReport(snapshots, { now: io.now().toISOString(), ...(values.title === undefined ? {} : { title: values.title }) }));
  }
  const text = reportText(kind as Kind, analysis, { display, options, io, week: values.week, date: values.date, title: values.title, everyDay: values['every-day'] === true });
  return output(io, values.out, text);
}

async function output(io: CliIo, out: string | undefined, text: string): Promise<number> {
  if (out === undefined) io.stdout.write(text);
  else await writeAtomically(resolve(io.cwd, out), out, text);
  return EXIT_OK;
}

/** Snapshots of the documents as they are on disk, for a status report outside git. */
async function workingSnapshots(paths: readonly string[], values: Parameters<typeof projectSettings>[0], io: CliIo): Promise<Snapshot[]> {
  const [{ analyzeFiles }, { scanPaths }, { snapshotOf }] = await Promise.all([import('../../pipeline/run.js'), import('../../scan/scan.js'), import('../../history/replay/snapshot.js')]);
  const { globs, options } = await projectSettings(values, io);
  const files = await scanPaths(paths.length > 0 ? paths : ['.'], { cwd: io.cwd, ...globs });
  const reports = await analyzeFiles(files, options);
  const date = io.now().toISOString();
  return reports.map((report) => snapshotOf(report, { commit: WORKING_TREE, date, path: report.doc.path, blob: '' }, options.countOptional));
}

interface ReportSettings {
  readonly display: (path: string) => string;
  readonly options: AnalysisOptions;
  readonly io: CliIo;
  readonly week: string | undefined;
  readonly date: string | undefined;
  readonly title: string | undefined;
  readonly everyDay: boolean;
}

function reportText(kind: Kind, analysis: HistoryAnalysis, settings: ReportSettings): string {
  const { display, options, io } = settings;
  switch (kind) {
    case 'status': {
      const milestones = milestoneHistories(analysis, display, (document, key) => sectionForecast(document, key, options));
      return statusReport(latestSnapshots(analysis, display), { now: io.now().toISOString(), milestones, ...(settings.title === undefined ? {} : { title: settings.title }) });
    }
    case 'weekly': {
      const week = settings.week ?? isoWeek(options.today);
      const forecast = analysis.project?.forecast ?? analysis.documents[0]?.forecast ?? null;
      return weeklyReport({ ...weeklyData(analysis, week, display), forecast });
    }
    case 'burndown': {
      const days = settings.everyDay ? 'every' : 'changes';
      const tables = analysis.documents.flatMap((document) => {
        if (analysis.project !== null) return [burndownReport(document.series, document.events, { title: display(document.path), days, forecast: document.forecast })];
        return document.sections.flatMap((section) => (section.series === null ? [] : [burndownReport(section.series, document.events, { days, forecast: section.forecast })]));
      });
      return tables.length === 0 ? 'No history yet.\n' : tables.join('\n');
    }
    case 'daily':
      return dailyReport(dailyData(analysis, settings.date ?? options.today, display));
  }
}

/** Writes beside the target, then renames: a reader never sees half a report. */
async function writeAtomically(path: string, named: string, text: string): Promise<void> {
  const aside = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    await writeFile(aside, text);
    await rename(aside, path);
  } catch (error) {
    await rm(aside, { force: true }).catch(() => undefined);
    throw new IoError(named, errorCode(error), 'write');
  }
}
