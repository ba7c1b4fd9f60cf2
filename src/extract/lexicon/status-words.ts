import type { ItemState } from '../../model/item.js';

/**
 * Status words by state, in the languages progress documents are written in. Only phrases that
 * are unmistakable as a status when they stand at the start or end of a line with a separator
 * (`Done:`, `— In Progress`, `(Not Started)`); words that are just as often ordinary prose
 * (`next`, `new`, `active`, `current`, `future`) are deliberately absent.
 * Matching ignores case and treats spaces, hyphens and underscores alike (`NOT-YET-BUILT`).
 */
export const STATUS_WORDS: Readonly<Record<ItemState, readonly string[]>> = {
  done: [
    'done', 'complete', 'completed', 'finished', 'resolved', 'fixed', 'shipped', 'delivered',
    'implemented', 'merged', 'closed', 'achieved', 'accomplished', 'released', 'deployed', 'verified',
    'fully implemented', 'successfully implemented',
    // de
    'erledigt', 'abgeschlossen', 'fertig', 'fertiggestellt', 'umgesetzt', 'implementiert',
    'erfolgreich implementiert', 'behoben', 'vollständig',
    // fr
    'terminé', 'terminée', 'achevé', 'achevée', 'complété', 'complétée', 'réalisé', 'réalisée',
    // es / pt / it / nl
    'completado', 'completada', 'terminado', 'terminada', 'finalizado', 'finalizada', 'resuelto',
    'concluído', 'concluída', 'concluido', 'completato', 'completata', 'voltooid', 'gereed',
    // ru / zh / ja / ko / vi / ar / tr / pl
    'готово', 'выполнено', 'завершено', 'сделано', '已完成', '完成', '已解决', '完了', '완료',
    'hoàn thành', 'đã hoàn thành', 'đã xong', 'مكتمل', 'منجز', 'tamamlandı', 'ukończone', 'zrobione',
  ],
  'in-progress': [
    'in progress', 'wip', 'work in progress', 'ongoing', 'started', 'underway', 'under way',
    'in development', 'in review', 'under review', 'in testing', 'partial', 'partially', 'partially done', 'partially resolved',
    'being addressed', 'under investigation', 'investigating', 'fix in progress', 'being fixed',
    'partially complete', 'partially completed', 'partially implemented', 'doing', 'nearly done',
    'almost done', 'mostly done', 'executing', 'in flight', 'being implemented',
    // de
    'in arbeit', 'in bearbeitung', 'läuft', 'begonnen', 'teilweise', 'teilweise umgesetzt',
    'in entwicklung',
    // fr / es / pt / it / nl
    'en cours', 'en progreso', 'en curso', 'en proceso', 'en desarrollo', 'em andamento',
    'em progresso', 'em desenvolvimento', 'in corso', 'in uitvoering', 'bezig',
    // ru / zh / ja / ko / vi / ar / tr / pl
    'в работе', 'в процессе', '进行中', '進行中', '处理中', '対応中', '作業中', '진행 중', '진행중',
    'đang thực hiện', 'đang làm', 'đang tiến hành', 'đang phát triển', 'قيد التنفيذ', 'جاري العمل',
    'devam ediyor', 'w trakcie',
  ],
  open: [
    'todo', 'to do', 'not started', 'not yet started', 'not started yet', 'not yet built',
    'not yet implemented', 'not implemented', 'not done', 'planned', 'pending', 'open', 'upcoming',
    'backlog', 'queued', 'proposed', 'scheduled', 'to be done', 'to be addressed', 'not yet',
    // de
    'offen', 'geplant', 'ausstehend', 'nicht begonnen', 'nicht gestartet', 'noch offen',
    // fr / es / pt / it / nl
    'à faire', 'prévu', 'prévue', 'planifié', 'planifiée', 'non commencé', 'pas commencé',
    'pendiente', 'planificado', 'por hacer', 'no iniciado', 'sin empezar', 'pendente', 'planejado',
    'a fazer', 'não iniciado', 'da fare', 'pianificato', 'te doen', 'gepland',
    // ru / zh / ja / ko / vi / ar / tr / pl
    'запланировано', 'не начато', '待办', '未开始', '计划中', '待处理', '未着手', '예정', '미착수',
    'chưa bắt đầu', 'chưa làm', 'chưa thực hiện', 'kế hoạch', 'dự kiến', 'مخطط', 'لم يبدأ',
    'planlandı', 'zaplanowane',
  ],
  blocked: [
    'blocked', 'on hold', 'waiting', 'stalled', 'stuck', 'paused', 'halted',
    'blockiert', 'wartend', 'pausiert', 'bloqué', 'bloquée', 'en attente', 'bloqueado', 'bloqueada',
    'bloccato', 'geblokkeerd', 'заблокировано', '阻塞', '受阻', '已阻塞', 'ブロック', '保留', '차단',
    '보류', 'bị chặn', 'tạm dừng', 'محظور', 'متوقف', 'engellendi', 'zablokowane',
  ],
  cancelled: [
    'cancelled', 'canceled', 'dropped', "won't do", 'wont do', "won't fix", 'wontfix', 'abandoned',
    'obsolete', 'rejected', 'descoped', 'out of scope', 'not planned', 'eliminated', 'removed', 'superseded',
    'abgebrochen', 'verworfen', 'gestrichen', 'annulé', 'annulée', 'abandonné', 'cancelado',
    'cancelada', 'descartado', 'annullato', 'geannuleerd', 'отменено', '已取消', '取消', '中止',
    '취소', 'đã hủy', 'ملغى', 'iptal edildi', 'anulowane',
  ],
  deferred: [
    'deferred', 'postponed', 'later', 'parked', 'someday', 'icebox',
    'zurückgestellt', 'verschoben', 'reporté', 'reportée', 'pospuesto', 'aplazado', 'adiado',
    'rinviato', 'uitgesteld', 'отложено', '延期', '推迟', '先送り', '연기', 'tạm hoãn', 'hoãn lại',
    'مؤجل', 'ertelendi', 'odłożone',
  ],
};

/**
 * Health words: a Status cell saying `On Track` or `At Risk` reports how work is going, not
 * which state it is in — so they yield no state (PRODUCT.md, "Reading state").
 */
export const HEALTH_WORDS: readonly string[] = [
  'on track', 'at risk', 'off track', 'needs improvement', 'needs attention', 'healthy', 'behind',
  'behind schedule', 'ahead of schedule', 'good', 'fair', 'poor', 'critical', 'warning', 'ok',
];

/**
 * Status icons by state. `❌` pairs with `✅` as "not done" far more often than it means
 * dropped (`❌ NOT-YET-BUILT`, a Status cell's `❌`), so alone it reads as open; with cancel
 * wording (`❌ Dropped`) or a strike-through the words decide.
 */
export const STATUS_ICONS: Readonly<Record<ItemState, readonly string[]>> = {
  done: ['✅', '✔', '☑', '✓'],
  'in-progress': ['🔄', '🚧', '🟡', '🔨', '🛠', '🔃', '◐'],
  open: ['⏳', '⌛', '📋', '🔜', '⚪', '⬜', '🔲', '☐', '⭕', '❌', '✖', '✗', '✘'],
  blocked: ['⏸', '⛔', '🛑', '🚫'],
  cancelled: [],
  deferred: ['⏭', '💤', '🧊'],
};

/** Words that make a percent a completion figure: `60% complete`, `80 % abgeschlossen`. */
export const COMPLETION_WORDS: readonly string[] = [
  'complete', 'completed', 'completion', 'done', 'finished', 'implemented', 'progress',
  'fertig', 'abgeschlossen', 'erledigt', 'umgesetzt', 'terminé', 'complété', 'réalisé',
  'completado', 'completo', 'concluído', 'completato', 'voltooid', 'готово', 'выполнено', '完成',
  'hoàn thành', 'مكتمل',
];
