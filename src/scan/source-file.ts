/** A file to analyze: where to read it and how to show it. */
export interface SourceFile {
  /** Absolute path, for reading. */
  readonly path: string;
  /** Path relative to the working directory with `/` separators, for output. */
  readonly display: string;
}
