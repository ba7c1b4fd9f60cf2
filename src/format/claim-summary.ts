import type { Claim } from '../model/document.js';
import type { ItemState } from '../model/item.js';

/** A set of claims in one figure. */
export interface ClaimSummary {
  readonly percent: number | null;
  readonly status: ItemState | null;
  readonly line: number;
}

/**
 * The first claim with a percent gives `percent` and `line`; the first with a status gives
 * `status` (and the line, when no claim carries a percent). `null` when nothing is claimed.
 */
export function summarizeClaims(claims: readonly Claim[]): ClaimSummary | null {
  const withPercent = claims.find((claim) => claim.percent !== null);
  const withStatus = claims.find((claim) => claim.status !== null);
  const first = withPercent ?? withStatus;
  if (first === undefined) return null;
  return { percent: withPercent?.percent ?? null, status: withStatus?.status ?? null, line: first.line };
}
