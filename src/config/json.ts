import { ConfigError } from './errors.js';
import { findJsonSyntaxError } from './json-syntax.js';

/** Parses a config file's JSON; a syntax error names the file, line and column. */
export function parseJsonConfig(text: string, file: string): unknown {
  // A BOM is what some Windows editors write first; it is not part of the JSON.
  const json = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return JSON.parse(json);
  } catch {
    const found = findJsonSyntaxError(json);
    if (found === null) throw new ConfigError(file, 'invalid JSON');
    const { line, column } = lineAndColumn(json, found.offset);
    throw new ConfigError(`${file}:${line}:${column}`, `invalid JSON: ${found.message}`);
  }
}

/** 1-based line and column of a UTF-16 offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) {
    line++;
    lineStart = index + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
