import type { DiagnosticSeverity } from '../model/diagnostic.js';
import type { RuleSetting } from '../pipeline/options.js';
import type { Rule } from '../rules/define.js';
import { z } from 'zod';
import { describeIssues, type ConfigIssue } from './issues.js';
import { closest } from './suggest.js';

/** What the config resolver needs to know about a rule. */
export type ConfigurableRule = Pick<Rule<unknown>, 'id' | 'schema' | 'defaultOptions'>;

/** Severity words a config may use, and what each means. */
const SEVERITIES: Readonly<Record<string, DiagnosticSeverity | 'off'>> = {
  off: 'off',
  info: 'info',
  warn: 'warning',
  warning: 'warning',
  error: 'error',
};

const SEVERITY_WORDS = '"off" | "info" | "warn" | "error"';

/**
 * Resolves `rules` entries — `"warn"` or `["warn", { tolerance: 15 }]` — against the registry:
 * an unknown rule id is an issue; options are merged over the rule's defaults and validated
 * with the rule's own schema.
 */
export function resolveRules(
  entries: Readonly<Record<string, unknown>>,
  registry: readonly ConfigurableRule[],
): { settings: Record<string, RuleSetting>; issues: ConfigIssue[] } {
  const settings: Record<string, RuleSetting> = {};
  const issues: ConfigIssue[] = [];
  for (const [id, entry] of Object.entries(entries)) {
    const rule = registry.find((candidate) => candidate.id === id);
    if (rule === undefined) {
      issues.push({ path: ['rules', id], message: unknownRule(id, registry.map((known) => known.id)) });
      continue;
    }
    const setting = resolveRule(rule, entry, issues);
    if (setting !== null) settings[id] = setting;
  }
  return { settings, issues };
}

function resolveRule(rule: ConfigurableRule, entry: unknown, issues: ConfigIssue[]): RuleSetting | null {
  const path = ['rules', rule.id];
  if (typeof entry === 'string' && entry in SEVERITIES) {
    return { severity: SEVERITIES[entry] ?? 'off', options: rule.defaultOptions };
  }
  if (!Array.isArray(entry) || entry.length < 1 || entry.length > 2) {
    issues.push({ path, message: `expected ${SEVERITY_WORDS} or [severity, options]` });
    return null;
  }
  const [word, options] = entry as [unknown, unknown];
  const severity = typeof word === 'string' ? SEVERITIES[word] : undefined;
  if (severity === undefined) {
    issues.push({ path: [...path, 0], message: `expected ${SEVERITY_WORDS}` });
    return null;
  }
  if (entry.length === 1) return { severity, options: rule.defaultOptions };
  const parsed = rule.schema(z).safeParse(mergeOptions(rule.defaultOptions, options), { reportInput: true });
  if (!parsed.success) {
    issues.push(...describeIssues(parsed.error.issues, [...path, 1], () => optionKeys(rule.defaultOptions)));
    return null;
  }
  return { severity, options: parsed.data };
}

/** Options written in the config over the rule's defaults, one level deep. */
function mergeOptions(defaults: unknown, options: unknown): unknown {
  return isPlainObject(defaults) && isPlainObject(options) ? { ...defaults, ...options } : options;
}

function optionKeys(defaults: unknown): readonly string[] | null {
  return isPlainObject(defaults) ? Object.keys(defaults) : null;
}

function unknownRule(id: string, known: readonly string[]): string {
  const guess = closest(id, known);
  if (guess !== null) return `unknown rule (did you mean "${guess}"?)`;
  return known.length === 0 ? 'unknown rule' : `unknown rule (known rules: ${known.join(', ')})`;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
