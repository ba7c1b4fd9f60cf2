import { z } from 'zod';
import { ITEM_STATES } from '../model/item.js';

const globs = z.array(z.string().min(1));
const words = z.array(z.string().min(1));

/** `headway.config.json` as written. Strict: a misspelt key is an error, not silently ignored. */
export const configFileSchema = z.strictObject({
  /** Lets editors find a JSON Schema; Headway itself ignores it. */
  $schema: z.string().optional(),
  include: globs.optional(),
  exclude: globs.optional(),
  countOptional: z.boolean().optional(),
  vocabulary: z
    .strictObject({
      done: words.optional(),
      'in-progress': words.optional(),
      open: words.optional(),
      blocked: words.optional(),
      cancelled: words.optional(),
      deferred: words.optional(),
    })
    .optional(),
  /** Folders `headway serve` serves when none is named (relative to the config file's folder). */
  projects: z.array(z.string().min(1)).optional(),
  /** Checked entry by entry against the rule registry (rules.ts), for messages that name the rule. */
  rules: z.record(z.string(), z.unknown()).optional(),
});

/** The keys each strict object of the file accepts, by key path. */
export function knownConfigKeys(path: string): readonly string[] | null {
  if (path === '') return Object.keys(configFileSchema.shape);
  if (path === 'vocabulary') return ITEM_STATES;
  return null;
}
