/**
 * fast-check arbitraries that take real progress documents (seeds, corpus) apart and break
 * them the way editing does: a window of consecutive lines, then lines deleted, duplicated,
 * swapped, re-indented, or a code fence, quote mark or blank line inserted.
 *
 * A window (not the whole file) keeps each run cheap and each counterexample short; block
 * structure is local, so a window still holds the real constructs: nested checklists, tables,
 * fences, headings with claims.
 */
import fc from 'fast-check';

/** What one edit does to the lines of a window. */
export type MutationKind = 'delete' | 'duplicate' | 'swap' | 'indent' | 'dedent' | 'tab' | 'fence' | 'quote' | 'blank' | 'crlf';

/** One edit at a line (taken modulo the window's length). */
export interface Mutation {
  readonly kind: MutationKind;
  readonly at: number;
  /** Spaces for `indent`/`dedent` (1–4); the fence used for `fence`. */
  readonly amount: number;
}

const FENCES = ['```', '~~~', '```md', '````'] as const;

/** Applies one edit; never throws, whatever the window. */
export function mutate(lines: readonly string[], mutation: Mutation): string[] {
  const out = [...lines];
  if (out.length === 0) return out;
  const i = mutation.at % out.length;
  const line = out[i]!;
  switch (mutation.kind) {
    case 'delete':
      out.splice(i, 1);
      break;
    case 'duplicate':
      out.splice(i, 0, line);
      break;
    case 'swap':
      if (i + 1 < out.length) [out[i], out[i + 1]] = [out[i + 1]!, line];
      break;
    case 'indent':
      out[i] = ' '.repeat(mutation.amount) + line;
      break;
    case 'dedent':
      out[i] = line.replace(new RegExp(`^ {1,${mutation.amount}}`), '');
      break;
    case 'tab':
      out[i] = `\t${line.replace(/^ {1,4}/, '')}`;
      break;
    case 'fence':
      out.splice(i, 0, FENCES[mutation.amount % FENCES.length]!);
      break;
    case 'quote':
      out[i] = `> ${line}`;
      break;
    case 'blank':
      out.splice(i, 0, '');
      break;
    case 'crlf':
      out[i] = `${line}\r`;
      break;
  }
  return out;
}

/** Which edits a run may make: `tab` and `crlf` reach families with known divergences. */
export interface MutationOptions {
  readonly tabs: boolean;
  readonly crlf: boolean;
}

/** A window of 1–`maxLines` lines of one of `texts`, with 0–3 edits applied, joined by LF. */
export function mutatedWindow(texts: readonly string[], options: MutationOptions, maxLines = 40): fc.Arbitrary<string> {
  const kinds: MutationKind[] = ['delete', 'duplicate', 'swap', 'indent', 'dedent', 'fence', 'quote', 'blank'];
  if (options.tabs) kinds.push('tab');
  if (options.crlf) kinds.push('crlf');
  const mutation = fc.record({ kind: fc.constantFrom(...kinds), at: fc.nat(), amount: fc.integer({ min: 1, max: 4 }) });
  const lines = texts.map((text) => text.split(/\r\n|\r|\n/));
  return fc
    .tuple(fc.nat({ max: lines.length - 1 }), fc.nat(), fc.integer({ min: 1, max: maxLines }), fc.array(mutation, { maxLength: 3 }))
    .map(([doc, start, length, mutations]) => {
      const all = lines[doc]!;
      const from = start % all.length;
      const window = all.slice(from, from + length);
      return mutations.reduce(mutate, window).join('\n');
    });
}
