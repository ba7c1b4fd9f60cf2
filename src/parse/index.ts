export { changedRange, type TextChange } from '../text/changed-range.js';
export { parse, type Parsed } from './parse.js';
export { LineIndex } from './line-index.js';
export { prepareForParse, findFrontMatterEnd } from './prepare.js';
