import claimDrift from './claim-drift.js';
import claimUnverified from './claim-unverified.js';
import type { Rule } from './define.js';
import metricMissed from './metric-missed.js';
import placeholder from './placeholder.js';
import stale from './stale.js';
import statusContradiction from './status-contradiction.js';

/** Every rule Headway knows, in documentation order. A test keeps this, the rule files and docs in step. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each rule has its own options type
export const rules: readonly Rule<any>[] = [claimDrift, claimUnverified, statusContradiction, metricMissed, placeholder, stale];
