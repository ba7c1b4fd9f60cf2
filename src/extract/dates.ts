/**
 * Reads a calendar date written in a document: `2025-06-18`, `18.06.2025`, `06/18/2025`,
 * `June 18, 2025`, `18 June 2025`, `5 Sep 2026`, `Juni 2025`. Strict on purpose: text that is
 * not clearly a date (`[Current Date]`, `Q1 2026`, `yesterday`) gives null, never a guess.
 * Dates are UTC midnight.
 */
export function parseDate(text: string): Date | null {
  const iso = /(\d{4})-(\d{1,2})-(\d{1,2})/.exec(text);
  if (iso) return make(+iso[1]!, +iso[2]!, +iso[3]!);
  const dotted = /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/.exec(text);
  if (dotted) return make(+dotted[3]!, +dotted[2]!, +dotted[1]!);
  const slashed = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/.exec(text);
  if (slashed) {
    const a = +slashed[1]!;
    const b = +slashed[2]!;
    // Day first when the first number cannot be a month; otherwise the US order.
    return a > 12 ? make(+slashed[3]!, b, a) : make(+slashed[3]!, a, b);
  }
  const lower = text.toLowerCase();
  const monthDay = new RegExp(`(${MONTH_NAMES})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})`, 'u').exec(lower);
  if (monthDay) return make(+monthDay[3]!, month(monthDay[1]!), +monthDay[2]!);
  const dayMonth = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th|\\.)?\\s+(?:de\\s+)?(${MONTH_NAMES})\\.?,?\\s+(?:de\\s+)?(\\d{4})`, 'u').exec(lower);
  if (dayMonth) return make(+dayMonth[3]!, month(dayMonth[2]!), +dayMonth[1]!);
  const monthYear = new RegExp(`(?<![\\p{L}])(${MONTH_NAMES})\\.?\\s+(\\d{4})\\b`, 'u').exec(lower);
  if (monthYear) return make(+monthYear[2]!, month(monthYear[1]!), 1);
  return null;
}

/** Month names and abbreviations in English, German, French, Spanish, Portuguese and Italian. */
const MONTHS: readonly (readonly string[])[] = [
  ['january', 'jan', 'januar', 'jänner', 'janvier', 'enero', 'janeiro', 'gennaio'],
  ['february', 'feb', 'februar', 'février', 'fevrier', 'febrero', 'fevereiro', 'febbraio'],
  ['march', 'mar', 'märz', 'maerz', 'mars', 'marzo', 'março'],
  ['april', 'apr', 'avril', 'abril', 'aprile'],
  ['may', 'mai', 'mayo', 'maio', 'maggio'],
  ['june', 'jun', 'juni', 'juin', 'junio', 'junho', 'giugno'],
  ['july', 'jul', 'juli', 'juillet', 'julio', 'julho', 'luglio'],
  ['august', 'aug', 'août', 'aout', 'agosto'],
  ['september', 'sep', 'sept', 'septembre', 'septiembre', 'setembro', 'settembre'],
  ['october', 'oct', 'oktober', 'okt', 'octobre', 'octubre', 'outubro', 'ottobre'],
  ['november', 'nov', 'novembre', 'noviembre', 'novembro'],
  ['december', 'dec', 'dezember', 'dez', 'décembre', 'decembre', 'diciembre', 'dezembro', 'dicembre'],
];
const MONTH_OF = new Map<string, number>();
MONTHS.forEach((names, i) => names.forEach((n) => MONTH_OF.set(n, i + 1)));
const MONTH_NAMES = [...MONTH_OF.keys()].sort((a, b) => b.length - a.length).join('|');

function month(name: string): number {
  return MONTH_OF.get(name) ?? 0;
}

function make(year: number, monthNumber: number, day: number): Date | null {
  if (monthNumber < 1 || monthNumber > 12 || day < 1 || day > 31 || year < 1970 || year > 2200) return null;
  const date = new Date(Date.UTC(year, monthNumber - 1, day));
  return date.getUTCMonth() === monthNumber - 1 ? date : null;
}
