import { createRequire } from 'node:module';
import type { MetaKey } from '../model/document.js';
import { diagnostic } from '../model/diagnostic.js';
import type { Extraction } from './context.js';

const require = createRequire(import.meta.url);
type Yaml = typeof import('yaml');
let yaml: Yaml | null = null;

/** Front matter keys Headway reads, by meta key (snake_case, camelCase and spaces alike). */
const KEYS: Readonly<Record<string, MetaKey>> = {
  status: 'status', state: 'status',
  lastupdated: 'lastUpdated', updated: 'lastUpdated', lastmodified: 'lastUpdated', modified: 'lastUpdated', date: 'lastUpdated',
  progress: 'overallProgress', completion: 'overallProgress', percentcomplete: 'overallProgress',
  started: 'started', startdate: 'started',
  target: 'target', targetdate: 'target', due: 'target', deadline: 'target',
  phase: 'currentPhase', currentphase: 'currentPhase', sprint: 'currentSprint', currentsprint: 'currentSprint',
};

/**
 * Reads YAML front matter for document meta: `status`, `last_updated`, `progress: 65%`, and
 * counters such as `completed_plans: 26` / `total_plans: 28`, which make the overall claim
 * (the finest pair wins). Front matter is never items. The YAML library loads only here, so
 * documents without front matter do not pay for it.
 */
export function readFrontMatter(x: Extraction, end: number): void {
  const raw = x.source.slice(0, end);
  const body = raw.replace(/^---[^\n]*\n?/, '').replace(/\r?\n?---[ \t]*(?:\r?\n)?$/, '');
  let data: unknown;
  try {
    yaml ??= require('yaml') as Yaml;
    data = yaml.parse(body, { uniqueKeys: false, maxAliasCount: 100, logLevel: 'error' });
  } catch (error) {
    x.problems.push(diagnostic({
      ruleId: 'front-matter', severity: 'info', file: x.path, line: 1, column: 1,
      message: `front matter is not valid YAML, so its fields were not read: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
    }));
    return;
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return;
  let counters: { done: number; total: number; key: string } | null = null;
  const visit = (object: Record<string, unknown>, depth: number) => {
    for (const [key, value] of Object.entries(object)) {
      const folded = key.toLowerCase().replace(/[\s_-]+/g, '');
      const metaKey = KEYS[folded];
      if (metaKey && (typeof value === 'string' || typeof value === 'number' || value instanceof Date)) {
        const text = value instanceof Date ? value.toISOString() : String(value);
        x.meta.push({ ...lineOf(x, raw, key), key: metaKey, label: key, value: text });
        const percent = metaKey === 'overallProgress' ? /(\d{1,3}(?:\.\d+)?)\s*%?/.exec(text)?.[1] : undefined;
        if (percent !== undefined) x.root.claims.push(claimAt(x, raw, key, Number(percent)));
      }
      const noun = /^total_(\w+)$/i.exec(key)?.[1] ?? /^(\w+)_total$/i.exec(key)?.[1];
      if (noun && typeof value === 'number' && value > 0) {
        const done = object[`completed_${noun}`] ?? object[`${noun}_completed`] ?? object[`done_${noun}`];
        if (typeof done === 'number' && done <= value && (!counters || value > counters.total)) counters = { done, total: value, key };
      }
      if (value && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date) && depth < 3) visit(value as Record<string, unknown>, depth + 1);
    }
  };
  visit(data as Record<string, unknown>, 0);
  const c = counters as { done: number; total: number; key: string } | null;
  if (c && !x.root.claims.some((claim) => claim.source === 'meta')) x.root.claims.push(claimAt(x, raw, c.key, Math.round((c.done / c.total) * 1000) / 10));
}

function lineOf(x: Extraction, raw: string, key: string): { from: number; to: number; line: number; column: number } {
  const m = new RegExp(`^[ \\t]*${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[ \\t]*:`, 'm').exec(raw);
  const from = m ? m.index : 0;
  return x.span(from, from + (m?.[0].length ?? 0));
}

function claimAt(x: Extraction, raw: string, key: string, percent: number) {
  const at = lineOf(x, raw, key);
  return { ...at, percent, status: null, statusText: null, source: 'meta' as const, text: x.lines.lineText(at.line).trim() };
}
