/**
 * Titles that name a piece of work whatever else they say: `Phase 2: Auth`, `Sprint 3`,
 * `Milestone 5.1`, `TD2: …`, `4.3 Serialization`, `v1.2`. Such a heading is never a category.
 */
export const WORK_TITLE =
  /^(?:(?:phase|milestone|sprint|stage|step|epic|story|task|iteration|release|version|week|part|module|fase|phasen?|etappe|meilenstein|étape|jalon|hito|etapa|этап|спринт|阶段|里程碑|giai đoạn|المرحلة)\s*[#]?\s*[\p{N}IVX]+\b|[A-Z]{1,4}-?\d+[a-z]?\s*[:.)\-–—]|\d+(?:\.\d+)*[.)]?\s|v\d+(?:\.\d+)*\b)/iu;

/**
 * Titles that name a category of the document rather than a piece of work: `What Works`,
 * `Known Issues`, `Decisions to Reverse`, `Low Risk Items`, `Immediate Priorities (This Week)`.
 * A status icon on such a heading describes its contents; the heading is not an item.
 * Single category words are looked up in a set (headings are many; one alternation of every
 * pattern tried at every position was a measurable share of a whole run).
 */
export function isCategoryTitle(title: string): boolean {
  const lower = title.toLowerCase();
  for (const word of lower.split(NOT_WORD)) if (CATEGORY_WORDS.has(word)) return true;
  return CATEGORY_PHRASES.test(lower);
}

const NOT_WORD = /[^\p{L}\p{N}'-]+/u;

const CATEGORY_WORDS = new Set(
  `issue issues bug bugs problem problems blocker blockers risk risks concern concerns caveat caveats limitation
  limitations decision decisions choices results evaluation lesson lessons learning learnings achievement
  achievements highlight highlights wins summary overview note notes metric metrics kpi kpis criteria priorities
  consideration considerations items changelog status progress tasks todo todos to-do to-dos upcoming checklist
  checklists requirements deliverables scope recent mitigation mitigations dependencies resources contact contacts
  legend key reference references appendix timeline roadmap backlog goal goals objective objectives today
  probleme risiken entscheidungen übersicht zusammenfassung problèmes risques décisions problemas riesgos decisiones`.split(/\s+/),
);

const CATEGORY_PHRASES = new RegExp(
  [
    String.raw`\bwhat(?:'s| is| has been| was| remains)?\s+(?:works?|left|next|remains|done|missing|broken|in progress|completed)\b`,
    String.raw`\bwhat\s+(?:is|has\s+been|was|remains)\b`,
    String.raw`\b(?:left|remaining)\s+to\s+(?:build|do)\b|\bnext\s+steps?\b|\b(?:technical|tech)\s+debt\b`,
    String.raw`^updates?\b|\b(?:recent|latest|weekly|daily|status|progress)\s+updates?\b|^(?:completed|remaining|finished|done|open|pending)\b`,
    String.raw`\b(?:action\s+items|definition\s+of\s+done|acceptance\s+criteria|change\s+log)\b`,
    String.raw`\b(?:short|medium|long|near|mid)[\s-]term\b|\b(?:this|next|last)\s+(?:week|month|sprint|quarter)\b`,
    String.raw`\b(?:completed|finished|done|implemented|working|successful)\s+(?:features?|components?|tasks?|items?|work|stories|milestones?|phases?)\b`,
    String.raw`\b(?:under\s+evaluation|being\s+re-?evaluated|to\s+reverse|to\s+revisit)\b`,
    String.raw`offene\s+punkte|nächste\s+schritte|prochaines\s+étapes|próximos\s+pasos|übersicht|zusammenfassung`, // German compounds: `Fortschrittsübersicht`
  ].join('|'),
);

/** Severity in a heading: `Critical Issues 🔴`, `High Priority`, `Low Risk Items`, `P1`. */
export const PRIORITY_WORDS: ReadonlyArray<readonly [RegExp, 'critical' | 'high' | 'medium' | 'low']> = [
  [/\b(?:critical|urgent|showstopper|kritisch|critique|crítico|критич)/iu, 'critical'],
  [/\b(?:high|major|important|hoch|haute?|élevée?|alta|alto|высок)/iu, 'high'],
  [/\b(?:medium|moderate|normal|mittel|moyenne?|media|medio|средн)/iu, 'medium'],
  [/\b(?:low|minor|trivial|nice[\s-]to[\s-]have|niedrig|basse?|faible|baja|bajo|низк)/iu, 'low'],
];

/** Words that make a heading about severity, so 🔴 🟡 🟢 in it rank rather than report state. */
export const PRIORITY_CONTEXT = /\b(?:priority|priorities|severity|issues?|bugs?|risks?|blockers?|problems?|prio|p[0-4]|priorität|priorité|prioridad|probleme|risiken|problèmes|risques)\b/iu;

/** Severity icons, ranked. */
export const PRIORITY_ICONS: Readonly<Record<string, 'critical' | 'high' | 'medium' | 'low'>> = {
  '🔴': 'critical',
  '🟠': 'high',
  '🟡': 'medium',
  '🟢': 'low',
};

/** A section whose fields describe the whole document: `Project Status Overview`, `Summary`. */
export const OVERVIEW_TITLE =
  /\b(?:overview|summary|status|project\s+info(?:rmation)?|at\s+a\s+glance|dashboard|(?:gesamt|projekt)?fortschritt|übersicht|zusammenfassung|aperçu|résumé|resumen|resumo|visão\s+geral|概要|概览|tổng\s+quan|نظرة\s+عامة)\b/iu;

/**
 * A section whose `Name: value` lines are metrics: `Success Metrics`, `Metrics & KPIs`,
 * `Performance Targets`, `Success Metrics Tracking`. The metric word must be the heading's
 * head noun — `Target File Remediation` and `Team Performance` are not metrics sections.
 */
export const METRICS_TITLE =
  /\b(?:metrics?|kpis?|measurements?|benchmarks?|targets?|performance\s+indicators|slas?|slos?|kennzahlen|métriques|métricas|метрики|指标)\b(?:\s*(?:&|and|und|et|y|\/)\s*[\p{L}]+)?(?:\s+(?:tracking|overview|summary|dashboard|status|report))?(?:\s*\([^)]*\))?\s*$/iu;
