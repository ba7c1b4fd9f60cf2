import type { EncodingReport } from '../model/document.js';

/** The kinds of line ending a document can use. */
export type LineEndings = EncodingReport['lineEndings'];

/**
 * Tells which line endings a text uses, without changing any: `\r\n` is one CRLF (not a CR
 * and an LF), a `\r` not followed by `\n` is a lone CR (classic Mac OS). A file whose lines
 * all end the same way gets that kind, a file with no line break `none`, else `mixed`.
 */
export function detectLineEndings(text: string): LineEndings {
  // The common case, answered by native searches: no CR at all.
  if (!text.includes('\r')) return text.includes('\n') ? 'lf' : 'none';
  let lf = 0;
  let crlf = 0;
  let cr = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit === 0x0a) lf++;
    else if (unit === 0x0d) {
      if (text.charCodeAt(i + 1) === 0x0a) {
        crlf++;
        i++;
      } else cr++;
    }
  }
  const kinds = (lf > 0 ? 1 : 0) + (crlf > 0 ? 1 : 0) + (cr > 0 ? 1 : 0);
  if (kinds === 0) return 'none';
  if (kinds > 1) return 'mixed';
  return lf > 0 ? 'lf' : crlf > 0 ? 'crlf' : 'cr';
}
