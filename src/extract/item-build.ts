import type { Item, ItemKind, ItemState, Marker, Priority } from '../model/item.js';
import type { Extraction } from './context.js';
import type { PlainText } from './inline-text.js';
import { readDetails } from './item-details.js';
import type { StatusReading } from './status.js';

/** What the caller decided about an item; the rest is read from its text. */
export interface ItemFacts {
  readonly kind: ItemKind;
  readonly state: ItemState;
  readonly marker: Marker | null;
  readonly parent: string | null;
  readonly gfm: boolean;
  readonly optional: boolean;
  readonly legend?: boolean;
  /** A reason found elsewhere (a `- **Reason**: …` sub-bullet), used when the text gives none. */
  readonly reason?: string | null;
}

const OWN_PRIORITY = /\((critical|urgent|high|medium|low)(?:\s+priority)?\)|\[(P[0-3])\]/iu;
const RANK: Readonly<Record<string, Priority>> = { critical: 'critical', urgent: 'critical', high: 'high', medium: 'medium', low: 'low', p0: 'critical', p1: 'high', p2: 'medium', p3: 'low' };

/** Builds an item spanning `[from, to)` of the source, its text the peeled plain text. */
export function buildItem(x: Extraction, from: number, to: number, plain: PlainText, reading: StatusReading, facts: ItemFacts): Item {
  const title = plain.text.slice(reading.titleStart, reading.titleEnd);
  const text = title.length > 0 ? title : plain.text;
  const details = readDetails(text, facts.state);
  const own = text.includes('(') || text.includes('[') ? OWN_PRIORITY.exec(text) : null;
  // Properties written out, not spread from the span: V8 gives spread-then-extend objects a
  // slow shape, and items are the most numerous objects Headway makes.
  const { line, column } = x.lines.locate(from);
  return {
    from,
    to,
    line,
    column,
    id: x.nextId(facts.kind, text),
    kind: facts.kind,
    state: facts.state,
    percent: reading.percent,
    text,
    marker: facts.marker,
    gfm: facts.gfm,
    optional: facts.optional,
    legend: facts.legend ?? false,
    // `(CRITICAL)` on the item itself outranks its section's severity.
    priority: own ? RANK[(own[1] ?? own[2])!.toLowerCase()] ?? x.priority : x.priority,
    reason: details.reason ?? facts.reason ?? null,
    owner: details.owner,
    due: details.due,
    estimate: details.estimate,
    parent: facts.parent,
    ref: null,
  };
}
