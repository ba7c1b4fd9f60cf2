import { formatStylish } from '../../format/stylish.js';
import { statusJsonLayout } from '../../format/status-json.js';
import { analyzeEach, analyzeFiles } from '../../pipeline/run.js';
import { scanPaths } from '../../scan/scan.js';
import { parseCommandArgs } from '../args.js';
import { colorsFor } from '../color.js';
import type { Command } from '../command.js';
import { EXIT_OK } from '../errors.js';
import { outputWidth, type CliIo } from '../io.js';
import { afterProgress, progressLine } from '../progress-line.js';
import { PROJECT_HELP, PROJECT_OPTIONS, projectSettings } from '../project-settings.js';

const OPTIONS = {
  json: { type: 'boolean' },
  ...PROJECT_OPTIONS,
  'no-color': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

const HELP = `Usage: headway status [paths…] [options]

Shows each progress document's real progress — computed from its items — beside what
its text claims, section by section, with the findings.

Paths default to the current folder. A file is always read, whatever its name. A folder
is searched for *.md, *.markdown, *.mdown and *.mkd files, skipping node_modules, .git,
vendored and generated folders (vendor, third_party, dist, build, out, target, coverage,
.venv, __pycache__, .cache …) and symbolic links.

Options:
  --json          Print JSON (schemaVersion 1); indented when stdout is a terminal
${PROJECT_HELP}
  --no-color      No colour (NO_COLOR=1 too; FORCE_COLOR=1 forces it)
  -h, --help      Show this help

Globs are relative to the current folder (where headway.config.json lives); a folder outside
it takes them relative to itself. The config's "include" replaces the default globs and
--include adds to them; --exclude adds to the config's "exclude".
`;

/** `headway status [paths…]`: figures, claims and findings for every document found. */
export const status: Command = {
  name: 'status',
  help: HELP,
  run,
};

async function run(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('status', args, OPTIONS);
  if (values.help === true) {
    io.stdout.write(HELP);
    return EXIT_OK;
  }
  const { globs, options } = await projectSettings(values, io);
  const files = await scanPaths(positionals.length > 0 ? positionals : ['.'], { cwd: io.cwd, ...globs });
  const progress = progressLine(io.stderr);
  const onProgress = (done: number, total: number): void => progress.update(done, total);
  if (values.json === true) {
    // Each document is written as soon as it and those before it are done: the output of a
    // large scan is never held whole in memory.
    const indent = io.stdout.isTTY ? 2 : 0;
    const layout = statusJsonLayout(indent);
    let count = 0;
    io.stdout.write(layout.open);
    const run = analyzeEach(files, options, { projection: { kind: 'status-json', indent }, onProgress }, (text, index) => {
      io.stdout.write(layout.document(text as string, index));
      count++;
    });
    await afterProgress(progress, run);
    io.stdout.write(layout.close(count));
  } else {
    const reports = await afterProgress(progress, analyzeFiles(files, options, { onProgress }));
    const colors = await colorsFor(io.stdout, io.env, values['no-color'] === true);
    io.stdout.write(formatStylish(reports, { colors, width: outputWidth(io) }));
  }
  return EXIT_OK;
}
