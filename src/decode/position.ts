/** A 1-based line and column; columns count UTF-16 code units, like every Span in the model. */
export interface LineColumn {
  readonly line: number;
  readonly column: number;
}

/** Line and column of `index` in `text`; LF, CRLF and a lone CR each end a line. */
export function lineColumnInText(text: string, index: number): LineColumn {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < index; i++) {
    const unit = text.charCodeAt(i);
    if (unit === 0x0a || (unit === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: index - lineStart + 1 };
}

/**
 * Line and column of byte `offset` in UTF-8 `bytes` that are well-formed before it (the first
 * ill-formed sequence starts there). The column is counted in the decoded text, so a line
 * `- ✅ caf\xE9` puts the bad byte at column 8, not at byte 10.
 */
export function lineColumnInUtf8(bytes: Uint8Array, offset: number): LineColumn {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const byte = bytes[i];
    if (byte === 0x0a || (byte === 0x0d && bytes[i + 1] !== 0x0a)) {
      line++;
      lineStart = i + 1;
    }
  }
  const before = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(lineStart, offset));
  return { line, column: before.length + 1 };
}
