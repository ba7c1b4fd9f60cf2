import { parseArgs, type ParseArgsConfig } from 'node:util';
import { closest } from '../config/suggest.js';
import { UsageError } from './errors.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * Parses a command's arguments strictly with Node's parseArgs, turning its errors into
 * UsageErrors in Headway's words, with a guess at a mistyped option.
 */
export function parseCommandArgs<const T extends Options>(command: string, args: readonly string[], options: T) {
  try {
    return parseArgs({ args: [...args], options, strict: true, allowPositionals: true });
  } catch (error) {
    throw usageErrorFrom(error, command, Object.keys(options));
  }
}

function usageErrorFrom(error: unknown, command: string, names: readonly string[]): unknown {
  const code = (error as { code?: unknown }).code;
  if (typeof code !== 'string' || !code.startsWith('ERR_PARSE_ARGS_')) return error;
  const message = (error as Error).message;
  const quoted = /'([^'\s]+)/.exec(message)?.[1] ?? '';
  const hint = `see 'headway ${command} --help'`;
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const guess = closest(quoted.replace(/^-+/, ''), names);
    return new UsageError(`unknown option '${quoted}'`, guess === null ? hint : `did you mean '--${guess}'? ${hint}`);
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const taken = message.includes('does not take');
    return new UsageError(`option '${quoted}' ${taken ? 'does not take a value' : 'needs a value'}`, hint);
  }
  return new UsageError(message.charAt(0).toLowerCase() + message.slice(1), hint);
}
