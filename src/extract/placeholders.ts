/** An unfilled template slot in plain text: `[Name]`, `[Current Date]`, `[X]%`. */
export interface PlaceholderMatch {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

const BRACKET = /\[([^[\]\n]{1,48})\](%?)(?![([:])/gu;

/** Words that name a slot to fill in; a bracket must contain one to be a placeholder. */
const SLOT_WORDS = new Set([
  'name', 'names', 'date', 'time', 'datetime', 'day', 'week', 'month', 'year', 'quarter', 'number', 'count',
  'percentage', 'percent', 'value', 'description', 'title', 'owner', 'email', 'contact', 'info', 'link', 'url',
  'version', 'company', 'lead', 'person', 'phone', 'address', 'tbd', 'placeholder', 'insert', 'enter', 'your',
  'amount', 'details', 'author', 'assignee', 'reviewer', 'deadline', 'budget', 'cost', 'organization', 'client',
  'customer', 'id', 'duration', 'hours', 'days', 'reason', 'location', 'role', 'summary', 'here', 'eta', 'x', 'n',
]);

/** Small words that may sit between slot words: `[Name of the Owner]`. */
const GLUE = new Set(['of', 'the', 'and', 'or', 'to', 'for', 'a', 'an', 'in', 'on', 'by', '/', '&', '-', 'de', 'du', 'le', 'la']);

/** Finds placeholders; `linkLabels` are `[labels]` defined as link references (real links). */
export function findPlaceholders(text: string, linkLabels: ReadonlySet<string>): PlaceholderMatch[] {
  if (!text.includes('[')) return [];
  const found: PlaceholderMatch[] = [];
  for (const m of text.matchAll(BRACKET)) {
    const inner = m[1]!.trim();
    if (linkLabels.has(inner.toLowerCase()) || !isSlot(inner, m[2] === '%')) continue;
    found.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return found;
}

function isSlot(inner: string, percent: boolean): boolean {
  if (/^[!^]/.test(inner) || /^[ xX]$/.test(inner) && !percent) return false;
  if (percent && /^[A-Za-z]{1,2}$/.test(inner)) return true; // [X]%
  if (inner.includes('...') || inner.includes('…')) return /^\p{Lu}/u.test(inner);
  // `[X/220 items]`, `[Milestone X.Y]`: a lone X, Y or N among other words or digits.
  if (/(?:^|[\s/])[XYN](?:[./][XYN0-9]+)?(?:$|[\s/])/.test(inner) && inner.length > 1) return true;
  const words = inner.split(/[\s/]+/).filter(Boolean);
  if (words.length === 0 || words.length > 6) return false;
  let slot = false;
  for (const word of words) {
    const w = word.toLowerCase().replace(/[^\p{L}\p{N}&-]/gu, '');
    if (SLOT_WORDS.has(w) && w !== 'x' && w !== 'n') slot = true;
    else if (!GLUE.has(w) && !/^\p{Lu}/u.test(word)) return false;
  }
  // Either Title Case words around a slot word, or one lower-case slot word: `[date]`.
  return slot && (words.length === 1 || words.every((w) => /^\p{Lu}/u.test(w) || GLUE.has(w.toLowerCase())));
}
