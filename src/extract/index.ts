export { extract, type ExtractInput } from './extract.js';
export { buildVocabulary, DEFAULT_VOCABULARY, type Vocabulary } from './vocabulary.js';
