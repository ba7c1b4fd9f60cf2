export { openBlobReader, type BlobReader } from './cat-file.js';
export { GitError, type GitErrorCode } from './errors.js';
export { readHistory, type History, type LogOptions } from './history.js';
export { DOCUMENT_PATHSPECS } from './pathspecs.js';
export { openRepository, type GitRepository } from './repository.js';
export { workingTreeBlob } from './status-parse.js';
export { readWorkingTree } from './working-tree.js';
