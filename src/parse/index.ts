export { parse, type Parsed, type TextChange } from './parse.js';
export { LineIndex } from './line-index.js';
export { prepareForParse, findFrontMatterEnd } from './prepare.js';
