import type { Explanation } from '../compute/explain.js';
import { claimJson, itemJson, progressJson } from './json-parts.js';
import { SCHEMA_VERSION, type ExplainJson } from './json-types.js';

/** What the explain JSON needs besides the explanation. */
export interface ExplainJsonMeta {
  readonly path: string;
  readonly countOptional: boolean;
  /** Spaces per level; 0 prints one line. */
  readonly indent: number;
}

/** `headway explain --json`: the figure, its claims and every item behind it (json-types.ts). */
export function formatExplainJson(explanation: Explanation, meta: ExplainJsonMeta): string {
  const json: ExplainJson = {
    schemaVersion: SCHEMA_VERSION,
    path: meta.path,
    scope: explanation.scope,
    title: explanation.title,
    line: explanation.line,
    progress: progressJson(explanation.progress),
    claims: explanation.claims.map(claimJson),
    items: explanation.items.map((explained) => ({
      ...itemJson(explained.item, meta.countOptional),
      // The explanation's own fraction is the one the figure used.
      fraction: explained.fraction,
      section: explained.path,
      excluded: explained.excluded,
    })),
  };
  return `${JSON.stringify(json, null, meta.indent)}\n`;
}
