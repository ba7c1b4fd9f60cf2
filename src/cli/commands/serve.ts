import { analyzeOptionsFrom } from '../../config/config.js';
import { loadConfig } from '../../config/load.js';
import { resolveGlobs } from '../../scan/globs.js';
import { serve } from '../../server/serve.js';
import { parseCommandArgs } from '../args.js';
import type { Command } from '../command.js';
import { EXIT_OK, UsageError } from '../errors.js';
import type { CliIo } from '../io.js';

const OPTIONS = {
  host: { type: 'string' },
  port: { type: 'string' },
  token: { type: 'string' },
  'no-watch': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

const HELP = `Usage: headway serve [folders…] [options]

Serves the progress documents of each folder (default: the "projects" of headway.config.json,
else this folder) over HTTP: a JSON API with
live updates (Server-Sent Events), badges, and edits of an item's state written back into
its Markdown file. Files are watched: a change on disk is re-read and pushed within moments.

  GET  /api/projects                       every project, with totals
  GET  /api/projects/P                     a project and its documents
  GET  /api/projects/P/documents/PATH      a document (the status --json contract)
  GET  /api/projects/P/sections|items|findings|metrics|explain|history
  POST /api/items/ID/state {"state":"done","hash":"…"}   (token needed)
  GET  /api/events                         live updates (Last-Event-ID resumes)
  GET  /badge/P.svg[?path=…&section=…]     a badge with the computed percent
  GET  /api/openapi.json, /api/docs        the OpenAPI 3.1 description, rendered

Options:
  --host HOST     Address to listen on (default 127.0.0.1; anything else needs the token for reads too)
  --port N        Port (default 4477; 0 picks a free one)
  --token TOKEN   The token writes need (default HEADWAY_TOKEN, else one is generated and shown)
  --no-watch      Do not watch the files
  -h, --help      Show this help
`;

export const serveCommand: Command = { name: 'serve', help: HELP, run };

async function run(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('serve', args, OPTIONS);
  if (values.help === true) {
    io.stdout.write(HELP);
    return EXIT_OK;
  }
  const port = values.port === undefined ? 4477 : /^\d{1,5}$/.test(values.port) && Number(values.port) <= 65535 ? Number(values.port) : NaN;
  if (Number.isNaN(port)) throw new UsageError(`--port takes a port number, not '${values.port}'`, "see 'headway serve --help'");
  const token = values.token ?? io.env.HEADWAY_TOKEN ?? null;
  // No folder named: the ones the config lists (several projects in one server), else this one.
  const listed = positionals.length > 0 ? [] : (await loadConfig({ cwd: io.cwd, file: undefined })).projects;
  const served = await serve({
    folders: positionals.length > 0 ? positionals : listed,
    cwd: io.cwd,
    host: values.host ?? '127.0.0.1',
    port,
    token,
    watch: values['no-watch'] !== true,
    settingsFor: async (root) => {
      const config = await loadConfig({ cwd: root, file: undefined });
      return { globs: resolveGlobs({ configInclude: config.include, configExclude: config.exclude, cliInclude: [], cliExclude: [] }), options: analyzeOptionsFrom(config, io.now()) };
    },
  });
  const projects = served.portfolio.projects.map((p) => `${p.name} (${p.documents.size} documents)`).join(', ');
  io.stderr.write(`headway: serving ${projects} at ${served.url}\n`);
  if (token === null) io.stderr.write(`headway: writes need the token ${served.token} (header Authorization: Bearer …)\n`);
  await new Promise<void>((done) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      void served.close().then(done);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  return EXIT_OK;
}
