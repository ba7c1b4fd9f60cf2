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
 */
export const CATEGORY_TITLE = new RegExp(
  [
    String.raw`\bwhat(?:'s| is)?\s+(?:works?|left|next|remains|done|missing|broken)\b`,
    String.raw`\b(?:left|remaining)\s+to\s+(?:build|do)\b`,
    String.raw`\b(?:known\s+)?(?:issues?|bugs?|problems?|blockers?|risks?|concerns?|caveats?|limitations?)\b`,
    String.raw`\b(?:decisions?|choices|results|evaluation|lessons?|learnings?|achievements?|highlights?|wins)\b`,
    String.raw`\b(?:summary|overview|notes?|metrics?|kpis?|criteria|priorities|considerations?|items|changelog|change\s+log|status|progress)\b`,
    String.raw`^updates?\b|\b(?:recent|latest|weekly|daily|status|progress)\s+updates?\b|^(?:completed|remaining|finished|done|open|pending)\b`,
    String.raw`\b(?:tasks|todos?|to-?dos|upcoming|action\s+items|checklists?|definition\s+of\s+done|requirements|deliverables|acceptance\s+criteria|scope)\b`,
    String.raw`\b(?:next\s+steps?|recent|technical\s+debt|tech\s+debt|mitigations?|dependencies|resources|contacts?|legend|references?|appendix|timeline|roadmap|backlog|goals?|objectives?)\b`,
    String.raw`\b(?:short|medium|long|near|mid)[\s-]term\b|\b(?:this|next|last)\s+(?:week|month|sprint|quarter)\b|\btoday\b`,
    String.raw`\b(?:completed|finished|done|implemented|working|successful)\s+(?:features?|components?|tasks?|items?|work|stories|milestones?|phases?)\b`,
    String.raw`\b(?:under\s+evaluation|being\s+re-?evaluated|to\s+reverse|to\s+revisit)\b`,
    String.raw`\bwhat\s+(?:is|has\s+been|was|remains)\b|\b(?:legend|key)\b`,
    // de / fr / es
    String.raw`\b(?:offene\s+punkte|probleme|risiken|entscheidungen|übersicht|zusammenfassung|nächste\s+schritte|problèmes|risques|décisions|prochaines\s+étapes|problemas|riesgos|decisiones|próximos\s+pasos)\b`,
  ].join('|'),
  'iu',
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
