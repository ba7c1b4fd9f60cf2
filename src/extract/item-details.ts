import type { ItemState } from '../model/item.js';

/** Who, when, how long and why, as written on an item. */
export interface ItemDetails {
  readonly owner: string | null;
  readonly due: string | null;
  readonly estimate: string | null;
  readonly reason: string | null;
}

const ESTIMATE = /\(\s*(~?\d+(?:[.,]\d+)?(?:\s*[-–]\s*\d+(?:[.,]\d+)?)?\s*(?:h|hrs?|hours?|d|days?|w|wks?|weeks?|pts?|points?|sp|story\s+points?|stunden|tage|jours|días)\.?)\s*\)/iu;
// `(by Alice)` names an owner and `(by 2025-06-01)` a due date; `(by design)` is neither.
const OWNER = /(?:^|\s)@([\p{L}\p{N}_.-]+)|\((?:[Oo]wner|[Aa]ssignee|[Aa]ssigned [Tt]o)\s*[:\-]?\s*([^)]+)\)|\(by\s+(@?\p{Lu}[\p{L}.-]*(?:\s\p{Lu}[\p{L}.-]*)?)\)/u;
const DUE = /\((?:due|eta|deadline|until|bis|avant)\s*[:\-]?\s*([^)]+)\)|📅\s*(\d{4}-\d{2}-\d{2})|\(by\s+(\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\p{Lu}\p{Ll}+\s+\d{1,2}(?:,\s*\d{4})?)\)/iu;
const LAST_GROUP = /\([^()]{3,120}\)\s*$/u;
const AFTER_DASH = /\s[-–—:]\s+(.{3,160})$/u;

const NONE: ItemDetails = { owner: null, due: null, estimate: null, reason: null };

/** Reads owner, due date, estimate and — for a blocked item — the reason from its text. */
export function readDetails(text: string, state: ItemState): ItemDetails {
  if (!/[(@📅]/u.test(text) && state !== 'blocked') return NONE;
  const estimate = ESTIMATE.exec(text)?.[1]?.trim() ?? null;
  const owner = OWNER.exec(text);
  const due = DUE.exec(text);
  let reason: string | null = null;
  if (state === 'blocked') {
    const group = LAST_GROUP.exec(text)?.[0];
    const isDetail = group !== undefined && (ESTIMATE.test(group) || OWNER.test(group) || DUE.test(group));
    reason = group && !isDetail ? group.slice(1, -1).trim() : AFTER_DASH.exec(text)?.[1]?.trim() ?? null;
  }
  return {
    owner: owner ? (owner[1] ?? owner[2] ?? owner[3] ?? '').trim() || null : null,
    due: due ? (due[1] ?? due[2] ?? due[3] ?? '').trim() || null : null,
    estimate,
    reason,
  };
}
