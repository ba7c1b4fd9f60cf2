import { createHash } from 'node:crypto';
import { analyzeHistory, todayOf, type HistoryAnalysis } from '../history/analysis.js';
import { readProjectHistory } from '../history/project.js';
import type { Item } from '../model/item.js';
import type { SectionReport } from '../model/progress.js';
import { EventHub } from './events.js';
import { notFound } from './errors.js';
import type { ProjectState, ServedDocument } from './project-state.js';

/** An item as the API finds it: where it stands, and its API id (unique across the projects). */
export interface ItemRef {
  readonly id: string;
  readonly project: ProjectState;
  readonly document: ServedDocument;
  readonly item: Item;
  /** Titles from the outermost section down, joined with ` › `; '' before the first heading. */
  readonly section: string;
}

/**
 * Every served project, the live events about them, and what is worked out from them on
 * demand: items by API id, and each project's history (kept until its documents or HEAD move).
 */
export class Portfolio {
  readonly events = new EventHub();
  private readonly byName: Map<string, ProjectState>;
  private readonly histories = new Map<string, { version: number; head: number; analysis: Promise<HistoryAnalysis> }>();
  private headMoves = 0;

  constructor(readonly projects: readonly ProjectState[]) {
    this.byName = new Map(projects.map((project) => [project.name, project]));
  }

  project(name: string): ProjectState {
    const project = this.byName.get(name);
    if (project === undefined) throw notFound(`project '${name}'`);
    return project;
  }

  document(project: ProjectState, path: string): ServedDocument {
    const document = project.documents.get(path);
    if (document === undefined) throw notFound(`document '${path}' in project '${project.name}'`);
    return document;
  }

  /** Every item of a project (or of one document), in document order, with its API id. */
  items(project: ProjectState, path?: string): ItemRef[] {
    const documents = path === undefined ? [...project.documents.values()].sort((a, b) => compare(a.path, b.path)) : [this.document(project, path)];
    return documents.flatMap((document) => itemsOf(project, document));
  }

  /** The item with this API id, wherever it is. */
  item(id: string): ItemRef {
    const [prefix] = id.split('-', 1);
    for (const project of this.projects) {
      for (const document of project.documents.values()) {
        if (documentKey(project, document.path) !== prefix) continue;
        const found = itemsOf(project, document).find((ref) => ref.id === id);
        if (found) return found;
      }
    }
    throw notFound(`item '${id}'`);
  }

  /** The project's history, worked out once per state of its documents and HEAD. */
  history(project: ProjectState, now: Date): Promise<HistoryAnalysis> {
    const known = this.histories.get(project.name);
    if (known && known.version === project.version && known.head === this.headMoves) return known.analysis;
    const analysis = (async () => {
      const history = await readProjectHistory({ cwd: project.settings.root, paths: [], globs: project.settings.globs, analyze: project.settings.options, now });
      return analyzeHistory(history, { today: todayOf(now), seed: 1, sectionForecasts: true });
    })();
    this.histories.set(project.name, { version: project.version, head: this.headMoves, analysis });
    // A failed read is not kept: the next request tries again.
    analysis.catch(() => this.histories.delete(project.name));
    return analysis;
  }

  /** HEAD moved in some project: histories are worked out again. */
  headMoved(): void {
    this.headMoves++;
  }
}

/** API item ids: a short hash of project and document, then the item's own id (stable across edits elsewhere). */
function itemsOf(project: ProjectState, document: ServedDocument): ItemRef[] {
  const key = documentKey(project, document.path);
  const refs: ItemRef[] = [];
  const add = (items: readonly Item[], section: string) => {
    for (const item of items) refs.push({ id: `${key}-${item.id}`, project, document, item, section });
  };
  add(document.report.items, '');
  const visit = (report: SectionReport) => {
    add(report.items, report.section.path.join(' › '));
    report.sections.forEach(visit);
  };
  document.report.sections.forEach(visit);
  return refs.sort((a, b) => a.item.line - b.item.line || a.item.column - b.item.column);
}

function documentKey(project: ProjectState, path: string): string {
  return createHash('sha1').update(`${project.name}\u0000${path}`).digest('hex').slice(0, 8);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
