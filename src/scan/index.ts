export { DEFAULT_INCLUDE, IGNORED_FOLDERS } from './defaults.js';
export { displayPath } from './display-path.js';
export { PathError } from './errors.js';
export { resolveGlobs, type GlobSources, type Globs } from './globs.js';
export { scanFile, scanPaths, type ScanOptions } from './scan.js';
export type { SourceFile } from './source-file.js';
