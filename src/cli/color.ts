import { PLAIN, type Colors } from '../format/colors.js';
import type { OutputStream } from './io.js';

/**
 * Whether to colour a stream: `--no-color` wins, then FORCE_COLOR (as in Node itself), then
 * NO_COLOR (no-color.org), then whether the stream is a terminal that can show colour.
 */
export function colorEnabled(stream: OutputStream, env: Readonly<Record<string, string | undefined>>, noColorFlag: boolean): boolean {
  if (noColorFlag) return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return stream.isTTY && env.TERM !== 'dumb';
}

/** Colour functions for a stream; PLAIN when colour is off. */
export async function colorsFor(stream: OutputStream, env: Readonly<Record<string, string | undefined>>, noColorFlag: boolean): Promise<Colors> {
  if (!colorEnabled(stream, env, noColorFlag)) return PLAIN;
  // Loaded only for a colour terminal: it is the run's only CommonJS module, and the first one
  // costs Node ~10 ms to set up its CommonJS loader.
  const { default: pc } = await import('picocolors');
  return pc.createColors(true);
}
