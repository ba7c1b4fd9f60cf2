import type { Portfolio } from './portfolio.js';
import type { ProjectState } from './project-state.js';

/** Re-reads changed files and tells live clients what changed. */
export async function refresh(portfolio: Portfolio, project: ProjectState, paths: readonly string[]): Promise<void> {
  const changed = await project.refresh(paths);
  for (const path of changed) {
    const document = project.documents.get(path);
    if (document === undefined) portfolio.events.publish('removed', { project: project.name, path });
    else portfolio.events.publish('document', { project: project.name, path, hash: document.hash, version: project.version, progress: document.json.progress, findings: document.json.findings.length });
  }
}
