/** A stream the CLI writes to, with what formatting needs to know about it. */
export interface OutputStream {
  write(text: string): void;
  readonly isTTY: boolean;
  /** Terminal width, when the stream is a terminal. */
  readonly columns: number | undefined;
}

/** Everything a command may touch outside its arguments: streams, environment, cwd, clock. */
export interface CliIo {
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  /** Read once per run, so every figure of a run is judged against the same instant. */
  now(): Date;
}

/** The real process's streams, environment, directory and clock. */
export function processIo(): CliIo {
  return {
    stdout: outputOf(process.stdout),
    stderr: outputOf(process.stderr),
    env: process.env,
    cwd: process.cwd(),
    now: () => new Date(),
  };
}

function outputOf(stream: NodeJS.WriteStream): OutputStream {
  return {
    write: (text) => void stream.write(text),
    get isTTY() {
      return stream.isTTY === true;
    },
    get columns() {
      return stream.isTTY ? stream.columns : undefined;
    },
  };
}

/** Columns to fit: the terminal's, else $COLUMNS, else a width that suits a log or a pager. */
export function outputWidth(io: CliIo): number {
  return io.stdout.columns ?? (Number(io.env.COLUMNS) || 120);
}
