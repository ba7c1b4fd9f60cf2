import type { DiagnosticSeverity } from '../model/diagnostic.js';
import type { ItemState } from '../model/item.js';

/** A rule's configured severity (or `off`) and options, after validation. */
export interface RuleSetting {
  readonly severity: DiagnosticSeverity | 'off';
  readonly options: unknown;
}

/** Everything the pure pipeline needs besides the bytes: the clock and the user's settings. */
export interface AnalyzeOptions {
  /** The instant staleness is judged against; passed in so analysis stays pure. */
  readonly now: Date;
  /** Count Kiro's optional tasks (`- [ ]* …`) in progress. Default false. */
  readonly countOptional: boolean;
  /** Extra status words per state, for a team's own vocabulary (`mastered` → done). */
  readonly vocabulary: Readonly<Partial<Record<ItemState, readonly string[]>>>;
  /** Rule settings by rule id; rules absent here run with their defaults. */
  readonly rules: Readonly<Record<string, RuleSetting>>;
}

/** Options with every default applied. */
export function defaultAnalyzeOptions(now: Date = new Date()): AnalyzeOptions {
  return { now, countOptional: false, vocabulary: {}, rules: {} };
}
