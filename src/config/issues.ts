import type { z } from 'zod';
import { closest } from './suggest.js';

/** One thing wrong in a config, at a key path. */
export interface ConfigIssue {
  readonly path: readonly PropertyKey[];
  readonly message: string;
}

/** Keys a strict object accepts, by the dotted path of that object, for "did you mean" hints. */
export type KnownKeys = (path: string) => readonly string[] | null;

/** `rules.claim-drift[1].tolerance`: dots between names, brackets around indexes and odd names. */
export function formatPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else if (typeof key === 'string' && /^[\w$-]+$/.test(key)) text += (text === '' ? '' : '.') + key;
    else text += `[${JSON.stringify(String(key))}]`;
  }
  return text;
}

/** The issues, as `path: message`, first one shown and the rest counted, for a one-line error. */
export function formatIssues(issues: readonly ConfigIssue[]): string {
  const [first] = issues;
  if (first === undefined) return 'invalid';
  const where = formatPath(first.path);
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''})` : '';
  return `${where === '' ? '' : `${where}: `}${first.message}${more}`;
}

/** Zod's issues in Headway's words: what was expected and what was found. */
export function describeIssues(issues: readonly z.core.$ZodIssue[], prefix: readonly PropertyKey[], known: KnownKeys): ConfigIssue[] {
  return issues.flatMap((issue): ConfigIssue[] => {
    const path = [...prefix, ...issue.path];
    switch (issue.code) {
      case 'unrecognized_keys':
        return issue.keys.map((key) => ({ path: [...path, key], message: unknownKey(key, known(formatPath(issue.path))) }));
      case 'invalid_type':
        return [{ path, message: issue.input === undefined ? `required (${issue.expected})` : `expected ${issue.expected}, got ${kindOf(issue.input)}` }];
      case 'invalid_value':
        return [{ path, message: `expected ${issue.values.map((value) => JSON.stringify(value)).join(' | ')}` }];
      case 'too_small':
        if (issue.origin === 'string' && issue.minimum === 1) return [{ path, message: 'must not be empty' }];
        if (issue.origin === 'number') return [{ path, message: `expected a number ${issue.inclusive ? '≥' : '>'} ${issue.minimum}` }];
        return [{ path, message: lowerFirst(issue.message) }];
      case 'too_big':
        if (issue.origin === 'number') return [{ path, message: `expected a number ${issue.inclusive ? '≤' : '<'} ${issue.maximum}` }];
        return [{ path, message: lowerFirst(issue.message) }];
      default:
        return [{ path, message: lowerFirst(issue.message) }];
    }
  });
}

/** `unknown key (did you mean "include"?)`. */
export function unknownKey(key: string, candidates: readonly string[] | null): string {
  const guess = candidates === null ? null : closest(key, candidates);
  if (guess !== null) return `unknown key (did you mean "${guess}"?)`;
  return candidates === null ? 'unknown key' : `unknown key (expected one of: ${candidates.join(', ')})`;
}

/** `string`, `number`, `array`, `null`… as a person would name the JSON value. */
export function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
