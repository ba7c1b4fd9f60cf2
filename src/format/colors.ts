/** A colour function: wraps text in escape codes, or returns it as it is when colour is off. */
export type Paint = (text: string) => string;

/**
 * The colours formatters use. picocolors' `createColors()` satisfies it; formatters never
 * decide whether to colour — the CLI does (cli/color.ts) and hands them these or PLAIN.
 */
export interface Colors {
  readonly bold: Paint;
  readonly dim: Paint;
  readonly underline: Paint;
  readonly red: Paint;
  readonly green: Paint;
  readonly yellow: Paint;
  readonly blue: Paint;
  readonly cyan: Paint;
}

const same: Paint = (text) => text;

/** No colour at all. */
export const PLAIN: Colors = { bold: same, dim: same, underline: same, red: same, green: same, yellow: same, blue: same, cyan: same };
