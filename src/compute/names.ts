/**
 * How a bullet or row names a section: `Phase 1`, `Milestone 5.1`, `Sprint 3` by their number,
 * anything else by its normalised title. `Phase 1: Foundation Setup` and the bullet
 * `🔄 **Phase 1: Foundation Setup** (20% Complete)` share the key `phase 1`.
 */
export interface NameKey {
  readonly numbered: string | null;
  readonly normalized: string;
}

const NUMBERED =
  /^(phase|fase|phasen?|etappe|étape|etapa|этап|阶段|giai đoạn|المرحلة|milestone|meilenstein|jalon|hito|里程碑|sprint|спринт|stage|step|epic|iteration|release|part|module|week|woche|semaine)\s*#?\s*(\d+(?:\.\d+)*[a-z]?)\b/iu;

const CANONICAL: Readonly<Record<string, string>> = {
  fase: 'phase', phasen: 'phase', etappe: 'phase', étape: 'phase', etapa: 'phase', этап: 'phase', 阶段: 'phase',
  'giai đoạn': 'phase', المرحلة: 'phase', meilenstein: 'milestone', jalon: 'milestone', hito: 'milestone',
  里程碑: 'milestone', спринт: 'sprint', woche: 'week', semaine: 'week',
};

/** The key a title is matched by. */
export function nameKey(title: string): NameKey {
  const t = title.replace(/^[^\p{L}\p{N}]+/u, '');
  const m = NUMBERED.exec(t);
  const word = m ? m[1]!.toLowerCase() : null;
  return {
    numbered: m && word ? `${CANONICAL[word] ?? word} ${m[2]!.toLowerCase()}` : null,
    normalized: t
      .toLowerCase()
      .replace(/\([^)]*\)/g, ' ')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim(),
  };
}
