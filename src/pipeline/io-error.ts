/** Words for the `code`s Node gives file-system failures, as a person would say them. */
const REASONS: Readonly<Record<string, string>> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'is a directory',
  ENOENT: 'no such file or directory',
  ENOTDIR: 'not a directory',
  ELOOP: 'too many levels of symbolic links',
  EMFILE: 'too many open files',
  ENAMETOOLONG: 'file name too long',
  EIO: 'input/output error',
  ERR_FS_FILE_TOO_LARGE: 'file too large to read',
};

/** A file Headway could not read (permission denied, a folder, gone between scan and read) or write. */
export class IoError extends Error {
  override readonly name = 'IoError';

  constructor(
    /** The path as shown to the user (cwd-relative, `/` separators). */
    readonly path: string,
    /** Node's error code (`EACCES`, `EISDIR`…), or `EUNKNOWN`. */
    readonly code: string,
    /** What was being done. */
    readonly operation: 'read' | 'write' = 'read',
  ) {
    super(`cannot ${operation} ${path}: ${reasonFor(code)}`);
  }
}

/** The human words for a file-system error code (`EACCES` → `permission denied`). */
export function reasonFor(code: string): string {
  return REASONS[code] ?? code.toLowerCase();
}

/** The `code` of a Node file-system error, or `EUNKNOWN` for anything else thrown. */
export function errorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : 'EUNKNOWN';
}
