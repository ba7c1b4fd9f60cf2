import type { ItemState } from '../model/item.js';
import type { Rule } from '../rules/define.js';
import { rules as registry } from '../rules/index.js';
import type { HeadwayConfig } from './config.js';
import { ConfigError } from './errors.js';
import { describeIssues, formatIssues } from './issues.js';
import { parseJsonConfig } from './json.js';
import { resolveRules } from './rules.js';
import { configFileSchema, knownConfigKeys } from './schema.js';

/**
 * A config file's text → a validated config. Pure. Throws ConfigError naming the file and
 * the first wrong key path (`rules.claim-drift: expected …`).
 */
export function parseConfig(text: string, file: string, rules: readonly Rule<unknown>[] = registry): HeadwayConfig {
  const parsed = configFileSchema.safeParse(parseJsonConfig(text, file), { reportInput: true });
  if (!parsed.success) throw new ConfigError(file, formatIssues(describeIssues(parsed.error.issues, [], knownConfigKeys)));
  const { settings, issues } = resolveRules(parsed.data.rules ?? {}, rules);
  if (issues.length > 0) throw new ConfigError(file, formatIssues(issues));
  return {
    file,
    include: parsed.data.include ?? null,
    exclude: parsed.data.exclude ?? [],
    countOptional: parsed.data.countOptional ?? false,
    vocabulary: definedEntries(parsed.data.vocabulary ?? {}),
    rules: settings,
    projects: parsed.data.projects ?? [],
  };
}

/** The vocabulary without the states the file leaves out. */
function definedEntries(vocabulary: Partial<Record<ItemState, string[] | undefined>>): Partial<Record<ItemState, readonly string[]>> {
  return Object.fromEntries(Object.entries(vocabulary).filter(([, words]) => words !== undefined));
}
