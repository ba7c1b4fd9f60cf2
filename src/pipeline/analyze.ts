import { compute } from '../compute/compute.js';
import { decode, type Decoded } from '../decode/index.js';
import { extract } from '../extract/extract.js';
import type { SegmentMemo } from '../extract/segments.js';
import { buildVocabulary, DEFAULT_VOCABULARY, type Vocabulary } from '../extract/vocabulary.js';
import { diagnostic } from '../model/diagnostic.js';
import type { ProgressDoc } from '../model/document.js';
import type { DocReport } from '../model/progress.js';
import { parse, type Parsed } from '../parse/parse.js';
import type { TextChange } from '../text/changed-range.js';
import { runRules } from '../rules/engine.js';
import type { AnalyzeOptions } from './options.js';

/**
 * bytes → DocReport: decode, parse, extract, compute, check. Pure: the clock and the user's
 * settings come in through `options`.
 */
export function analyze(bytes: Uint8Array, path: string, options: AnalyzeOptions): DocReport {
  return analyzeDecoded(decode(bytes, path), path, options);
}

/**
 * The same pipeline from already decoded text. A bug of ours that throws on some input
 * becomes a finding on that document (`internal-error`), so one strange file never stops a
 * run over thousands.
 */
export function analyzeDecoded(decoded: Decoded, path: string, options: AnalyzeOptions): DocReport {
  try {
    return run(decoded, path, options);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const failed = run({ ...decoded, text: '', binary: true }, path, options);
    const finding = diagnostic({
      ruleId: 'internal-error', severity: 'error', file: path,
      message: `Headway could not read this document (${reason}); please report it with the file`,
    });
    return { ...failed, findings: [...decoded.problems, finding] };
  }
}

/**
 * Analyses one version of a document given the one before it (history replay): the parse is
 * incremental over the changed range, extraction re-uses every unchanged segment, and rules
 * are not run — history needs the figures, not the findings.
 */
export function analyzeVersion(
  decoded: Decoded,
  path: string,
  options: AnalyzeOptions,
  previous: Parsed | null,
  memo: SegmentMemo,
  changes?: readonly TextChange[],
): { report: DocReport; parsed: Parsed } {
  const text = decoded.binary ? '' : decoded.text;
  const parsed = parse(text, previous ?? undefined, previous ? changes : undefined);
  const doc = extract({ text, parsed, path, encoding: decoded.encoding, problems: decoded.problems, vocabulary: vocabularyFor(options.vocabulary), memo });
  const figures = compute(doc, { countOptional: options.countOptional });
  return { report: { ...figures, findings: doc.problems }, parsed };
}

/** The figures of a document already extracted (a version known to differ from the last only by a ticked box). */
export function computeVersion(doc: ProgressDoc, options: AnalyzeOptions): DocReport {
  return { ...compute(doc, { countOptional: options.countOptional }), findings: doc.problems };
}

function run(decoded: Decoded, path: string, options: AnalyzeOptions): DocReport {
  const text = decoded.binary ? '' : decoded.text;
  const doc = extract({
    text,
    parsed: parse(text),
    path,
    encoding: decoded.encoding,
    problems: decoded.problems,
    vocabulary: vocabularyFor(options.vocabulary),
  });
  const figures = compute(doc, { countOptional: options.countOptional });
  const findings = decoded.binary ? [] : runRules({ ...figures, findings: [] }, options.rules, options.now);
  return { ...figures, findings: [...doc.problems, ...findings] };
}

const vocabularies = new WeakMap<object, Vocabulary>();

/** The built vocabulary for a team's extra words, built once per settings object. */
function vocabularyFor(extra: AnalyzeOptions['vocabulary']): Vocabulary {
  if (Object.keys(extra).length === 0) return DEFAULT_VOCABULARY;
  let built = vocabularies.get(extra);
  if (!built) {
    built = buildVocabulary(extra);
    vocabularies.set(extra, built);
  }
  return built;
}
