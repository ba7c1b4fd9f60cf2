/** What a `Key: value` line is about. */
export type FieldKind = 'status' | 'progress' | 'overall' | 'target' | 'priority' | 'phase' | 'updated' | 'started' | 'sprint' | 'reason' | 'owner' | 'completed';

/**
 * Field keys by kind, lower-cased. A key matches when the written key equals one of these or
 * starts with one followed by a space (`Target MVP`, `Target Completion Date`).
 */
export const FIELD_KEYS: Readonly<Record<FieldKind, readonly string[]>> = {
  status: [
    'status', 'state', 'current status', 'project status', 'overall status', 'estado', 'statut', 'stato',
    'статус', 'состояние', '状态', '狀態', 'ステータス', '상태', 'trạng thái', 'الحالة', 'durum',
  ],
  progress: [
    'progress', 'completion', 'percent complete', 'progress %', '% complete', 'fortschritt', 'avancement', 'progression',
    'progreso', 'progresso', 'avanzamento', 'voortgang', 'прогресс', '进度', '完成度', '進捗', '진행률',
    'tiến độ', 'التقدم', 'ilerleme', 'postęp',
  ],
  /** The whole document's progress, wherever it is written: `**Overall Progress**: 5% Complete`. */
  overall: [
    'overall progress', 'overall', 'overall completion', 'total progress', 'total completion',
    'project progress', 'completion status', 'gesamtfortschritt', 'projektfortschritt', 'avancement global',
    'progreso general', 'progresso geral', 'tiến độ tổng thể', '总体进度', '整体进度',
  ],
  target: [
    'target', 'target date', 'due', 'due date', 'deadline', 'eta', 'expected completion', 'target completion',
    'estimated completion', 'zieldatum', 'fälligkeitsdatum', 'fällig', 'termin', 'échéance', 'fecha límite',
    'prazo', 'scadenza', 'срок', '截止日期', '期限', 'hạn chót',
  ],
  priority: ['priority', 'severity', 'prio', 'priorität', 'priorité', 'prioridad', 'prioridade', '优先级', 'ưu tiên'],
  phase: ['current phase', 'phase', 'current milestone', 'aktuelle phase', 'phase actuelle', 'fase actual', 'fase atual'],
  updated: [
    'last updated', 'last update', 'updated', 'last modified', 'last reviewed', 'zuletzt aktualisiert',
    'aktualisiert', 'letzte aktualisierung', 'dernière mise à jour', 'mis à jour', 'última actualización',
    'última atualização', 'ultimo aggiornamento', 'обновлено', '最后更新', '更新日期', 'cập nhật',
    'cập nhật lần cuối', 'ngày cập nhật', 'son güncelleme',
  ],
  started: ['started', 'start date', 'project start', 'kickoff', 'begonnen', 'startdatum', 'début', 'inicio', 'início'],
  sprint: ['current sprint', 'sprint', 'aktueller sprint', 'sprint actuel', 'sprint actual', 'sprint hiện tại', '当前冲刺'],
  reason: ['reason', 'blocker', 'blocked by', 'waiting on', 'waiting for', 'grund', 'raison', 'motivo'],
  /** `Completed: 2025-11-25` — a completion date (only with a date as its value). */
  completed: [
    'completed', 'completed on', 'completion date', 'date completed', 'done', 'done on', 'finished', 'finished on',
    'closed', 'closed on', 'resolved', 'resolved on', 'fixed', 'fixed on', 'shipped', 'shipped on', 'erledigt',
    'erledigt am', 'abgeschlossen', 'abgeschlossen am', 'fertig', 'terminé', 'terminé le', 'completado', 'completado el',
  ],
  owner: ['owner', 'assignee', 'assigned to', 'responsible', 'lead', 'verantwortlich', 'responsable'],
};
