/** The edit stage: an item's state written back into its Markdown file, marker bytes only. */
export { setItemState, type StateEdit } from './set-state.js';
export { setStateInFile, type SetStateRequest, type SetStateResult } from './edit-file.js';
export { writeAtomically, type WriteOptions } from './atomic-write.js';
export { withFileLock, lockPathOf, type LockOptions } from './lock.js';
export { contentHash } from './hash.js';
export { readDocument, type EditOptions, type ReadDocument } from './document.js';
export { findItem, type ItemTarget } from './target.js';
export { EditError, LockTimeoutError, WriteConflictError, type Candidate, type EditRefusal } from './errors.js';
export { setStateJson, type SetStateJson } from './json.js';
