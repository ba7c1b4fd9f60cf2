/**
 * How a bullet or row names a section: `Phase 1`, `Milestone 5.1`, `Sprint 3` by their number,
 * anything else by its title. `Phase 1: Foundation Setup` and the bullet
 * `🔄 **Phase 1: Foundation Setup** (20% Complete)` share the key `phase 1`; the row
 * `Core Infrastructure` names `PHASE 1: CORE INFRASTRUCTURE - VERSION 0.1` by its rest.
 */
export interface NameKey {
  readonly numbered: string | null;
  /** The whole title, lower-cased, punctuation folded; bracket contents kept (`admin area pages`). */
  readonly normalized: string;
  /** The same without bracketed words (`Phase 1: Setup (Current Priority)` → `phase 1 setup`). */
  readonly base: string;
  /** The title after its `Phase 1:` / `4.2` prefix, without brackets (`setup`). */
  readonly rest: string;
}

const NUMBERED =
  /^(phase|fase|phasen?|etappe|étape|etapa|этап|阶段|giai đoạn|المرحلة|milestone|meilenstein|jalon|hito|里程碑|sprint|спринт|stage|step|epic|iteration|release|part|module|week|woche|semaine)\s*#?\s*(\d+(?:\.\d+)*[a-z]?)\b/iu;

const CANONICAL: Readonly<Record<string, string>> = {
  fase: 'phase', phasen: 'phase', etappe: 'phase', étape: 'phase', etapa: 'phase', этап: 'phase', 阶段: 'phase',
  'giai đoạn': 'phase', المرحلة: 'phase', meilenstein: 'milestone', jalon: 'milestone', hito: 'milestone',
  里程碑: 'milestone', спринт: 'sprint', woche: 'week', semaine: 'week',
};

/** Lower case, every run of non-letters one space. ASCII text is folded by char codes. */
function fold(text: string): string {
  let out = '';
  let gap = false;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= 128) return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    if (c >= 65 && c <= 90) c += 32;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      if (gap && out.length > 0) out += ' ';
      out += String.fromCharCode(c);
      gap = false;
    } else gap = true;
  }
  return out;
}

const MEMO_LIMIT = 20_000;
const memo = new Map<string, NameKey>();

/** The key a title is matched by (remembered: titles repeat across a repository's documents). */
export function nameKey(title: string): NameKey {
  let key = memo.get(title);
  if (!key) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(title, (key = computeKey(title)));
  }
  return key;
}

function computeKey(title: string): NameKey {
  const t = title.replace(/^[^\p{L}\p{N}]+/u, '');
  const m = NUMBERED.exec(t);
  const word = m ? m[1]!.toLowerCase() : null;
  const unbracketed = t.replace(/\([^)]*\)|\[[^\]]*\]/g, ' ');
  const prefix = m ? m[0].length : (/^\d+(?:\.\d+)*[.):]?\s+/.exec(unbracketed)?.[0].length ?? 0);
  return {
    numbered: m && word ? `${CANONICAL[word] ?? word} ${m[2]!.toLowerCase()}` : null,
    normalized: fold(t),
    base: fold(unbracketed),
    rest: fold(unbracketed.slice(prefix).replace(/^\s*[:.\-–—]\s*/u, '')),
  };
}
