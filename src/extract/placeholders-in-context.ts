import type { Extraction } from './context.js';
import type { PlainText } from './inline-text.js';
import { findPlaceholders } from './placeholders.js';

/** Records the placeholders of a stretch of plain text at their source positions. */
export function addPlaceholders(x: Extraction, plain: PlainText): void {
  for (const p of findPlaceholders(plain.text, x.linkLabels)) {
    const { from, to } = plain.sourceRange(p.start, p.end);
    x.placeholders.push({ ...x.span(from, to), text: p.text });
  }
}
