import type { SyntaxNode } from '@lezer/common';
import { diagnostic } from '../model/diagnostic.js';
import type { Item, ItemState, Marker } from '../model/item.js';
import type { Extraction } from './context.js';
import { cellState, stateFromPercent } from './cell-state.js';
import { readMetricCells } from './table-metrics.js';
import type { PlainText } from './inline-text.js';
import { percentAt, ratioAt } from './percent.js';
import { addPlaceholders } from './placeholders-in-context.js';

/** What a column of a table holds, judged from its header. */
export type ColumnRole = 'name' | 'status' | 'progress' | 'target' | 'current' | 'notes' | 'owner' | 'due' | 'other';

/** A cell: its source range (trimmed) and plain text. */
export interface Cell {
  readonly from: number;
  readonly to: number;
  readonly text: string;
  readonly struck: boolean;
  readonly plain: PlainText;
}

const STATUS_HEADER = /^(?:status|state|stand|estado|statut|stato|статус|状态|狀態|ステータス|상태|trạng thái|الحالة|durum|result|done\??)$|\bstatus\b/iu;
const PROGRESS_HEADER = /progress|completion|\bcomplete\b|percent|fortschritt|avancement|progreso|progresso|прогресс|进度|進捗|tiến độ|التقدم|^%$|^% ?(?:done|complete)$|plans complete|\bdone ?%/iu;
const NOT_PROGRESS = /accuracy|coverage|score|\brate\b|confidence|share|weight|budget|velocity/iu;
const TARGET_HEADER = /\b(?:target|goal|ziel|objectif|objetivo|meta|цель|目标|sla|threshold|expected)\b/iu;
const CURRENT_HEADER = /\b(?:current|actual|now|ist|measured|achieved|aktuell|actuel|atual|текущ\p{L}*|当前|result)\b/iu;
const DATE_HEADER = /\b(?:date|due|eta|deadline|when|datum|fecha|echéance|completed on)\b/iu;
const NOTES_HEADER = /\b(?:notes?|reason|blockers?|comments?|remarks?|details?|bemerkung\p{L}*|notiz\p{L}*)\b/iu;
const OWNER_HEADER = /\b(?:owner|assignee|responsible|who|lead|verantwortlich)\b/iu;
const INDEX_HEADER = /^(?:#|no\.?|nr\.?|n°|id|#id|)$/iu;
const TOTAL_ROW = /^(?:total|overall|gesamt|insgesamt|summe|sum|global|all|tổng|合计|总计)\b/iu;

/** Reads a GFM table: a status table gives `row` items, a Current/Target table gives metrics. */
export function readTable(x: Extraction, table: SyntaxNode): void {
  x.section.bodyStarted = true;
  const header = table.getChild('TableHeader');
  if (!header) return;
  const heads = cells(x, header);
  const roles = heads.map((h, i) => roleOf(h.text, i));
  const nameColumn = heads.findIndex((h, i) => i === 0 ? !INDEX_HEADER.test(h.text) : true);
  if (nameColumn >= 0) roles[nameColumn] = 'name';
  const rows = table.getChildren('TableRow');
  const col = (role: ColumnRole) => roles.indexOf(role);
  const isMetrics = col('target') >= 0 && (col('current') >= 0 || col('status') >= 0) && col('progress') < 0;
  for (const row of rows) {
    const rowCells = cells(x, row);
    for (const cell of rowCells) if (x.source.slice(cell.from, cell.to).includes('[')) addPlaceholders(x, cell.plain);
    const name = rowCells[nameColumn];
    // `No stories in progress`, `NO ACTIVE BLOCKERS`, `None currently`: a row saying the table is empty.
    if (!name || name.text.length === 0 || /^(?:no|none|n\/a|nothing|keine|aucun|ninguno|nenhum)\b/iu.test(name.text)) continue;
    if (isMetrics) readMetricCells(x, row, name, rowCells, roles);
    else if (col('status') >= 0 || col('progress') >= 0) readRow(x, row, name, rowCells, roles, heads);
  }
}

function readRow(x: Extraction, row: SyntaxNode, name: Cell, rowCells: readonly Cell[], roles: readonly ColumnRole[], heads: readonly Cell[]): void {
  const statusCell = rowCells[roles.indexOf('status')];
  const progressCell = rowCells[roles.indexOf('progress')];
  const reading = statusCell ? cellState(statusCell.text, x.vocabulary) : null;
  const percent = progressCell ? readPercentCell(progressCell.text) : null;
  // A health word (`🟡 At Risk`) is no state, but the Progress cell still is evidence.
  let state: ItemState | null = reading?.state ?? (percent !== null ? stateFromPercent(percent) : null);
  if (name.struck) state = 'cancelled';
  if (state === null) {
    if (statusCell && statusCell.text.length > 0 && !reading?.health) unknownStatus(x, statusCell, row);
    return;
  }
  const where = x.span(row.from, row.to);
  if (TOTAL_ROW.test(name.text)) {
    x.section.claims.push({ ...where, percent, status: reading?.state ?? null, statusText: reading?.text ?? null, source: 'row', text: x.lines.lineText(where.line).trim() });
    return;
  }
  const display = name.text.replace(/^[\s\p{Extended_Pictographic}\uFE0F\u200D]+|[\s\p{Extended_Pictographic}\uFE0F\u200D]+$/gu, '') || name.text;
  const markerCell = statusCell && statusCell.text.length > 0 ? statusCell : progressCell && progressCell.text.length > 0 ? progressCell : null;
  const marker: Marker | null = markerCell ? x.marker(markerCell.from, markerCell.to) : null;
  const notes = rowCells[roles.indexOf('notes')];
  const owner = rowCells[roles.indexOf('owner')];
  const due = rowCells[roles.indexOf('due')];
  const item: Item = {
    ...where,
    id: x.nextId('row', display),
    kind: 'row',
    state,
    percent,
    text: display,
    marker,
    gfm: false,
    optional: false,
    legend: false,
    priority: x.priority,
    reason: state === 'blocked' && notes && notes.text.length > 0 ? notes.text : null,
    owner: owner && owner.text.length > 0 ? owner.text : null,
    due: due && due.text.length > 0 ? due.text : null,
    estimate: null,
    parent: null,
    ref: rowRef(heads, roles, rowCells, name),
  };
  x.addItem(item);
}

const NUMBERED_HEADER = /^(?:phase|milestone|sprint|stage|step|epic|iteration|release|week|fase|phase|meilenstein|étape|etapa|hito)s?$/iu;

/**
 * `| 13. Legal Compliance |` under a `Phase` header, or `| 2 | Sync |` under `# | Milestone`:
 * the row names `Phase 13` / `Milestone 2`, which is how it matches a section.
 */
function rowRef(heads: readonly Cell[], roles: readonly ColumnRole[], rowCells: readonly Cell[], name: Cell): string | null {
  const nameColumn = roles.indexOf('name');
  const header = heads[nameColumn]?.text.trim() ?? '';
  if (!NUMBERED_HEADER.test(header)) return null;
  const own = /^(\d+(?:\.\d+)*)[.):]?\s/.exec(name.text)?.[1];
  const index = nameColumn > 0 ? /^\d+(?:\.\d+)*$/.exec(rowCells[0]?.text.trim() ?? '')?.[0] : undefined;
  const n = own ?? index;
  return n ? `${header.replace(/s$/i, '')} ${n}: ${name.text.replace(/^\d+(?:\.\d+)*[.):]?\s*/, '')}` : null;
}

/** A Status value Headway cannot read: said once per value, so a team can add it to its vocabulary. */
function unknownStatus(x: Extraction, cell: Cell, row: SyntaxNode): void {
  const value = cell.text.trim();
  if (/^[—–\-?]+$/u.test(value) || x.problems.some((p) => p.ruleId === 'unknown-status' && p.actual === value)) return;
  const at = x.span(cell.from, cell.to);
  x.problems.push(diagnostic({
    ruleId: 'unknown-status', severity: 'info', file: x.path, line: at.line, column: at.column, actual: value,
    message: `Status "${value}" is not a state Headway knows, so this row is not counted; add it to "vocabulary" in headway.config.json`,
  }));
  void row;
}

/** `80%`, `~60 %`, `1/2`, `100` in a Progress column; `0/?` and `—` are unknown. */
function readPercentCell(text: string): number | null {
  const t = text.replace(/^[^\d~≈]*/u, '');
  const pm = percentAt(t, 0) ?? ratioAt(t, 0);
  if (pm) return pm.percent;
  const bare = /^(\d{1,3}(?:[.,]\d+)?)\s*$/.exec(t);
  return bare ? Number.parseFloat(bare[1]!.replace(',', '.')) : null;
}

function roleOf(header: string, index: number): ColumnRole {
  if (STATUS_HEADER.test(header)) return 'status';
  if (PROGRESS_HEADER.test(header) && !NOT_PROGRESS.test(header) && !DATE_HEADER.test(header)) return 'progress';
  if (DATE_HEADER.test(header)) return 'due';
  if (TARGET_HEADER.test(header)) return 'target';
  if (CURRENT_HEADER.test(header)) return 'current';
  if (NOTES_HEADER.test(header)) return 'notes';
  if (OWNER_HEADER.test(header)) return 'owner';
  return index === 0 ? 'name' : 'other';
}

/**
 * The cells of a header or row. Lezer has no node for an empty cell, so cells are the
 * stretches between `|` delimiters:   `| 1 |  | ✅ |` → "1", "", "✅".
 */
export function cells(x: Extraction, row: SyntaxNode): Cell[] {
  const bounds: number[] = [];
  for (const d of row.getChildren('TableDelimiter')) bounds.push(d.from);
  let end = row.to;
  while (end > row.from && /\s/.test(x.source[end - 1]!)) end--;
  const out: Cell[] = [];
  let start = row.from;
  const spans: [number, number][] = [];
  for (const b of bounds) {
    spans.push([start, b]);
    start = b + 1;
  }
  spans.push([start, end]);
  // A leading or trailing pipe leaves an empty stretch outside the table.
  if (bounds[0] === row.from) spans.shift();
  if (bounds.length > 0 && bounds[bounds.length - 1] === end - 1) spans.pop();
  for (const [from, to] of spans) {
    let a = from;
    let b = to;
    while (a < b && /\s/.test(x.source[a]!)) a++;
    while (b > a && /\s/.test(x.source[b - 1]!)) b--;
    const plain = x.plain(a, b, row);
    out.push({ from: a, to: b, text: plain.text, struck: plain.struck, plain });
  }
  return out;
}
