import type { Extraction } from './context.js';
import { mightBeFieldKey } from './fields.js';

/**
 * Characters that make a line worth reading in full: icons and other symbols (everything from
 * U+2000 up, emoji included), brackets (boxes, placeholders, groups), percents, strike-through.
 */
const LOUD = /[\u2000-\uffff[%~]/;

/**
 * True when raw Markdown certainly carries nothing Headway reads — no icon, box, percent,
 * strike, status word at either end, field key or figure — so a plain bullet or line of
 * prose can skip plain-text rendering and every heuristic. Most lines of a document are
 * like this; the check costs a few native searches.
 */
export function isQuiet(x: Extraction, raw: string): boolean {
  if (LOUD.test(raw) || x.vocabulary.mayBracket(raw)) return false;
  const colon = raw.indexOf(':');
  if (colon < 0) return true;
  if (/\d/.test(raw)) return false;
  return !mightBeFieldKey(raw.slice(0, colon).replace(/[*_`>#+\s-]+/g, ' ').trim());
}
