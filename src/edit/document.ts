import { decode, type Decoded } from '../decode/index.js';
import { extract } from '../extract/extract.js';
import { statusScale } from '../extract/status-scale.js';
import { detectDialect, type TaskDialect } from '../extract/task-marker.js';
import { buildVocabulary, DEFAULT_VOCABULARY, type Vocabulary } from '../extract/vocabulary.js';
import type { ProgressDoc, Section } from '../model/document.js';
import type { Item } from '../model/item.js';
import { parse } from '../parse/parse.js';
import type { AnalyzeOptions } from '../pipeline/options.js';

/** What an edit needs of the user's settings: their status words, which decide what an edit may write. */
export type EditOptions = Pick<AnalyzeOptions, 'vocabulary'>;

/** A document read the way `headway status` reads it, with what an edit needs beside it. */
export interface ReadDocument {
  readonly decoded: Decoded;
  readonly doc: ProgressDoc;
  /** Every item of the document — claims about sections included — in the order of the text. */
  readonly items: readonly Item[];
  /** How this document's extended checkboxes are read (Kiro's `[-]` is in progress). */
  readonly dialect: TaskDialect;
  /** The status words and icons, the document's own scale included. */
  readonly vocabulary: Vocabulary;
}

/**
 * Decodes, parses and extracts a document, exactly as analysis does (the figures and rules are
 * left out: an edit compares items). `path` is the path analysis is given, since it decides
 * the checkbox dialect (`.kiro/`).
 */
export function readDocument(bytes: Uint8Array, path: string, options: EditOptions): ReadDocument {
  const decoded = decode(bytes, path);
  const text = decoded.binary ? '' : decoded.text;
  const base = vocabularyFor(options.vocabulary);
  const doc = extract({ text, parsed: parse(text), path, encoding: decoded.encoding, problems: decoded.problems, vocabulary: base });
  const scale = statusScale(text, base);
  const items: Item[] = [...doc.items];
  const collect = (sections: readonly Section[]): void => {
    for (const section of sections) {
      items.push(...section.items);
      collect(section.sections);
    }
  };
  collect(doc.sections);
  items.sort((a, b) => a.from - b.from || a.to - b.to);
  return { decoded, doc, items, dialect: detectDialect(text, path), vocabulary: scale ? base.extend(scale) : base };
}

const vocabularies = new WeakMap<object, Vocabulary>();

/** The vocabulary for a team's extra words, built once per settings object (as analysis does). */
function vocabularyFor(extra: EditOptions['vocabulary']): Vocabulary {
  if (Object.keys(extra).length === 0) return DEFAULT_VOCABULARY;
  let built = vocabularies.get(extra);
  if (!built) {
    built = buildVocabulary(extra);
    vocabularies.set(extra, built);
  }
  return built;
}
