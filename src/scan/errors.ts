/** A path named on the command line that does not exist or cannot be used as asked. */
export class PathError extends Error {
  override readonly name = 'PathError';

  constructor(
    /** The path as the user wrote it. */
    readonly path: string,
    message: string,
  ) {
    super(message);
  }
}
