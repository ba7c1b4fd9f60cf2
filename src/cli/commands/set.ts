import { loadConfig } from '../../config/load.js';
import { closest } from '../../config/suggest.js';
import { EditError, LockTimeoutError, WriteConflictError } from '../../edit/errors.js';
import { setStateInFile, type SetStateResult } from '../../edit/edit-file.js';
import { setStateJson } from '../../edit/json.js';
import type { ItemTarget } from '../../edit/target.js';
import { ITEM_STATES, type ItemState } from '../../model/item.js';
import { scanFile } from '../../scan/scan.js';
import { parseCommandArgs } from '../args.js';
import type { Command } from '../command.js';
import { EXIT_OK, UsageError } from '../errors.js';
import type { CliIo } from '../io.js';

const OPTIONS = {
  id: { type: 'string' },
  'expect-hash': { type: 'string' },
  json: { type: 'boolean' },
  config: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

const HELP = `Usage: headway set FILE:LINE STATE
       headway set FILE --id ID STATE

Changes an item's state by rewriting only its marker — the checkbox, the status icon or word,
or the row's Status cell — and nothing else of the file. The write is atomic and refused if
the file changed meanwhile.

  STATE  done, open, in-progress, blocked, cancelled or deferred

Options:
  --id ID            The item with this id (from 'headway status --json') instead of FILE:LINE
  --expect-hash H    Refuse unless the file's sha256 is H (the hash of the version you read)
  --json             Print JSON (schemaVersion 1): file, line, id, from, to, before, after, hash
  --config FILE      Read FILE instead of ./headway.config.json (its vocabulary is used)
  -h, --help         Show this help
`;

/** `headway set FILE:LINE STATE`: an item's state written back into its file. */
export const set: Command = {
  name: 'set',
  help: HELP,
  run,
};

async function run(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('set', args, OPTIONS);
  if (values.help === true) {
    io.stdout.write(HELP);
    return EXIT_OK;
  }
  const { file, target, state } = parseTarget(positionals, values.id);
  const expectedHash = parseHash(values['expect-hash']);
  const config = await loadConfig({ cwd: io.cwd, file: values.config });
  const source = await scanFile(file, io.cwd);
  let result: SetStateResult;
  try {
    result = await setStateInFile({ path: source.path, display: source.display, target, state, expectedHash, options: { vocabulary: config.vocabulary } });
  } catch (error) {
    throw asUsageError(error);
  }
  if (values.json === true) io.stdout.write(`${JSON.stringify(setStateJson(source.display, result), null, io.stdout.isTTY ? 2 : 0)}\n`);
  else io.stdout.write(describe(source.display, result));
  return EXIT_OK;
}

/** `progress.md:12  open → done  [ ] → [x]  Write the parser`. */
function describe(file: string, result: SetStateResult): string {
  const { edit } = result;
  const where = `${file}:${edit.item.line}`;
  if (!result.written) return `${where}  already ${edit.to}  ${edit.item.text}\n`;
  return `${where}  ${edit.from} → ${edit.to}  ${edit.before} → ${edit.after}  ${edit.item.text}\n`;
}

const USAGE = "see 'headway set --help'";

function parseTarget(positionals: readonly string[], id: string | undefined): { file: string; target: ItemTarget; state: ItemState } {
  if (positionals.length !== 2) {
    throw new UsageError(`set takes ${id === undefined ? 'FILE:LINE' : 'FILE'} and STATE, got ${positionals.length} argument${positionals.length === 1 ? '' : 's'}`, USAGE);
  }
  const [where, word] = positionals as [string, string];
  const state = parseState(word);
  if (id !== undefined) {
    if (id.trim() === '') throw new UsageError('--id needs an item id', USAGE);
    return { file: where, target: { id: id.trim() }, state };
  }
  const match = /^(.+):(\d+)$/.exec(where);
  if (match === null) throw new UsageError(`which item? give FILE:LINE or --id ID, got "${where}"`, USAGE);
  const line = Number(match[2]);
  if (line < 1) throw new UsageError(`line numbers start at 1: ${where}`);
  return { file: match[1]!, target: { line }, state };
}

/** `done`, `In Progress`, `in_progress` → the state; a prefix (`cancel`) or a typo gets a suggestion. */
function parseState(word: string): ItemState {
  const wanted = word.trim().toLowerCase().replace(/[\s_]+/g, '-');
  const state = ITEM_STATES.find((candidate) => candidate === wanted);
  if (state !== undefined) return state;
  const guess = (wanted.length > 0 ? ITEM_STATES.find((candidate) => candidate.startsWith(wanted)) : undefined) ?? closest(wanted, ITEM_STATES);
  throw new UsageError(`unknown state "${word}": use ${ITEM_STATES.join(', ')}`, guess === null ? null : `did you mean '${guess}'?`);
}

function parseHash(hash: string | undefined): string | null {
  if (hash === undefined) return null;
  if (!/^[0-9a-f]{64}$/i.test(hash)) throw new UsageError(`--expect-hash takes a sha256 in hex (64 characters), got "${hash}"`);
  return hash.toLowerCase();
}

/** A refused edit or write is the user's to act on: one line, exit 2. */
function asUsageError(error: unknown): unknown {
  if (error instanceof EditError) return new UsageError(error.message, error.reason === 'ambiguous' ? 'use --id ID' : null);
  if (error instanceof WriteConflictError || error instanceof LockTimeoutError) return new UsageError(error.message);
  return error;
}
