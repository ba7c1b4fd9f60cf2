import type { Claim } from '../model/document.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { itemFraction } from '../compute/progress.js';
import type { Item } from '../model/item.js';
import type { MetricReport, Progress, ResolvedClaim } from '../model/progress.js';
import type { ClaimJson, FindingJson, ItemJson, MetricJson, ProgressJson } from './json-types.js';

/**
 * Domain → JSON pieces shared by the status and explain outputs. Each builds a fresh object
 * with every field named, so a field added to the model never leaks into the contract by accident.
 */

/** An item with its fraction. */
export function itemJson(item: Item, countOptional: boolean): ItemJson {
  return {
    id: item.id,
    kind: item.kind,
    state: item.state,
    fraction: itemFraction(item, countOptional),
    percent: item.percent,
    text: item.text,
    line: item.line,
    column: item.column,
    marker: item.marker?.text ?? null,
    gfm: item.gfm,
    optional: item.optional,
    priority: item.priority,
    reason: item.reason,
    owner: item.owner,
    due: item.due,
    estimate: item.estimate,
    parent: item.parent,
  };
}

/** Counts and fraction. */
export function progressJson(progress: Progress): ProgressJson {
  const { states, tasks } = progress;
  return {
    fraction: progress.fraction,
    done: progress.done,
    total: progress.total,
    states: {
      done: states.done,
      'in-progress': states['in-progress'],
      open: states.open,
      blocked: states.blocked,
      cancelled: states.cancelled,
      deferred: states.deferred,
    },
    tasks: { done: tasks.done, total: tasks.total },
  };
}

/** One claim as written; `about` is null for claims not resolved to a section. */
export function claimJson(claim: Claim | ResolvedClaim): ClaimJson {
  return {
    percent: claim.percent,
    status: claim.status,
    statusText: claim.statusText,
    source: claim.source,
    about: 'about' in claim ? claim.about : null,
    text: claim.text,
    line: claim.line,
    column: claim.column,
  };
}

/** A metric and its decided status. */
export function metricJson({ metric, status }: MetricReport): MetricJson {
  const { current, target } = metric;
  return {
    name: metric.name,
    line: metric.line,
    text: metric.text,
    current: current === null ? null : { value: current.value, unit: current.unit },
    target: target === null ? null : { op: target.op, value: target.value, unit: target.unit },
    reported: metric.reported,
    status,
  };
}

/** A finding; a diagnostic without a file is given the document's path. */
export function findingJson(finding: Diagnostic, path: string): FindingJson {
  return {
    ruleId: finding.ruleId,
    severity: finding.severity,
    message: finding.message,
    file: finding.file ?? path,
    line: finding.line,
    column: finding.column,
    endLine: finding.endLine,
    endColumn: finding.endColumn,
    actual: finding.actual,
    expected: finding.expected,
    url: finding.url,
  };
}
