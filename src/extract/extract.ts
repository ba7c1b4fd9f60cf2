import type { SyntaxNode } from '@lezer/common';
import { diagnostic, type Diagnostic } from '../model/diagnostic.js';
import type { EncodingReport, ProgressDoc } from '../model/document.js';
import { LineIndex } from '../parse/line-index.js';
import type { Parsed } from '../parse/parse.js';
import { Extraction } from './context.js';
import { readFrontMatter } from './front-matter.js';
import { pairMetrics } from './metric-pairs.js';
import { statusScale } from './status-scale.js';
import { documentKey, readSegment, SegmentMemo } from './segments.js';
import { decorativeDepths, firstItemLine, freeze, headingDepth, settle } from './sections.js';
import { detectDialect } from './task-marker.js';
import { DEFAULT_VOCABULARY, type Vocabulary } from './vocabulary.js';

/** What extraction reads: the decoded text, its parse, and where it came from. */
export interface ExtractInput {
  readonly text: string;
  readonly parsed: Parsed;
  readonly path: string;
  readonly encoding: EncodingReport;
  readonly problems?: readonly Diagnostic[];
  readonly vocabulary?: Vocabulary;
  /** Where unchanged segments are found: the shared memo unless given (history gives one per document). */
  readonly memo?: SegmentMemo;
}

/** Reads the progress model out of a parsed document: sections, items, claims, meta, metrics. Pure. */
export function extract(input: ExtractInput): ProgressDoc {
  const { text, parsed, path } = input;
  const lines = new LineIndex(text);
  const base = input.vocabulary ?? DEFAULT_VOCABULARY;
  const scale = statusScale(text, base);
  const x = new Extraction(text, parsed.tree, lines, path, scale ? base.extend(scale) : base, detectDialect(text, path));
  const top = parsed.tree.topNode;
  for (const ref of top.getChildren('LinkReference')) {
    const label = ref.getChild('LinkLabel');
    if (label) x.linkLabels.add(text.slice(label.from + 1, label.to - 1).trim().toLowerCase());
  }
  if (parsed.flattened) {
    x.problems.push(diagnostic({
      ruleId: 'nesting-limit', severity: 'warning', file: path, line: 1, column: 1,
      message: 'markup is nested too deeply to parse (thousands of * [ or _ in a row); those runs were read as plain text',
    }));
  }
  if (parsed.frontMatterEnd > 0) readFrontMatter(x, parsed.frontMatterEnd);
  x.decorativeDepths = decorativeDepths(x);
  x.documentKey = documentKey(x);
  if (input.memo) x.memo = input.memo;
  x.memo.nextVersion(parsed.changes);
  // Segments: the preamble, then each top-level heading with the blocks up to the next one.
  let heading: SyntaxNode | null = null;
  let depth = 0;
  let from = 0;
  let blocks: SyntaxNode[] = [];
  for (let node = top.firstChild; node; node = node.nextSibling) {
    const d = headingDepth(node.name);
    if (d === 0) {
      blocks.push(node);
      continue;
    }
    readSegment(x, heading, depth, blocks, from, node.from);
    [heading, depth, from, blocks] = [node, d, node.from, []];
  }
  readSegment(x, heading, depth, blocks, from, text.length);
  settle(x, x.root, firstItemLine(x.root));
  const root = freeze(x.root);
  const first = root.sections.find((s) => s.depth === 1) ?? root.sections[0];
  return {
    path,
    title: first?.title ?? path.slice(path.lastIndexOf('/') + 1),
    encoding: input.encoding,
    meta: x.meta,
    items: root.items,
    claims: root.claims,
    sections: root.sections,
    metrics: pairMetrics(x.metrics),
    placeholders: x.placeholders,
    problems: [...(input.problems ?? []), ...x.problems],
    lines: lines.lineCount,
  };
}
