import type { BlockedItem, DailyReportData, MilestoneHistory, MilestoneProgress, WeeklyReportData } from '../format/reports/index.js';
import { reportedSections } from '../format/reports/milestones.js';
import type { ItemState } from '../model/item.js';
import type { DocumentAnalysis, HistoryAnalysis } from './analysis.js';
import type { ItemEvent, Snapshot } from './model.js';
import { addDays, dayOf, inSection, weekStart } from './series/index.js';

/** How repository-relative paths are shown in a report. */
export type DisplayPath = (path: string) => string;

/** The documents as they stand at the last point (deleted ones left out), paths as shown. */
export function latestSnapshots(analysis: HistoryAnalysis, display: DisplayPath): Snapshot[] {
  return analysis.documents.flatMap((document) => {
    const last = document.snapshots[document.snapshots.length - 1];
    return last === undefined || last.blob === '' ? [] : [{ ...last, path: display(last.path) }];
  });
}

/**
 * What history knows of each milestone a status report lists: the day work on it began (its
 * first item started or done, or added so), the day it was finished (its last done, when it is complete),
 * and its forecast otherwise.
 */
export function milestoneHistories(analysis: HistoryAnalysis, display: DisplayPath, forecastOf: (document: DocumentAnalysis, key: string) => MilestoneHistory['forecast']): MilestoneHistory[] {
  return analysis.documents.flatMap((document) => {
    const last = document.snapshots[document.snapshots.length - 1];
    if (last === undefined || last.blob === '') return [];
    return reportedSections(last).map((section): MilestoneHistory => {
      const events = document.events.filter((event) => inSection(event.section, section.key));
      // Work began with the first item started or done — or written down already started or done.
      const began = events.find((event) => event.kind === 'started' || event.kind === 'done' || (event.kind === 'appeared' && (event.to === 'done' || event.to === 'in-progress')));
      const complete = section.counts.total > 0 && section.counts.done === section.counts.total;
      const finished = complete ? events.filter((event) => event.kind === 'done').at(-1) : undefined;
      return {
        path: display(document.path),
        section: section.key,
        started: began === undefined ? null : dayOf(began.date),
        completed: finished === undefined ? null : dayOf(finished.date),
        forecast: complete ? null : forecastOf(document, section.key),
      };
    });
  });
}

/**
 * One ISO week (`2026-W11`): each milestone's progress at the week's end beside its start,
 * the week's events, the items blocked at its end (with the day they became so) and, last,
 * all documents together.
 */
export function weeklyData(analysis: HistoryAnalysis, week: string, display: DisplayPath): Omit<WeeklyReportData, 'forecast'> {
  const monday = weekStart(week);
  const sunday = addDays(monday, 6);
  const milestones: MilestoneProgress[] = [];
  const overall = { done: 0, total: 0, beforeDone: 0, beforeTotal: 0 };
  const events: ItemEvent[] = [];
  const blocked: BlockedItem[] = [];
  const named = analysis.documents.length > 1;
  for (const document of analysis.documents) {
    const end = stateAt(document.snapshots, sunday);
    const start = stateAt(document.snapshots, addDays(monday, -1));
    if (end === null) continue;
    overall.done += end.counts.done;
    overall.total += end.counts.total;
    overall.beforeDone += start?.counts.done ?? 0;
    overall.beforeTotal += start?.counts.total ?? 0;
    for (const section of reportedSections(end)) {
      const before = start?.sections.find((s) => s.key === section.key);
      milestones.push({
        title: named ? `${section.title} (${display(document.path)})` : section.title,
        done: section.counts.done,
        total: section.counts.total,
        before: { done: before?.counts.done ?? 0, total: before?.counts.total ?? 0 },
      });
    }
    for (const event of document.events) {
      const day = dayOf(event.date);
      if (day >= monday && day <= sunday) events.push({ ...event, path: display(document.path) });
    }
    blocked.push(...blockedAt(document, sunday, display));
  }
  const everything: MilestoneProgress = { title: 'Overall', done: overall.done, total: overall.total, before: { done: overall.beforeDone, total: overall.beforeTotal } };
  events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { week, milestones, overall: everything, events, blocked };
}

/** The day's item events across documents, oldest first. */
export function dailyData(analysis: HistoryAnalysis, date: string, display: DisplayPath): DailyReportData {
  const events = analysis.documents.flatMap((document) => document.events.filter((event) => dayOf(event.date) === date).map((event) => ({ ...event, path: display(document.path) })));
  events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { date, events };
}

/** The document's last snapshot on or before `day` (null before it existed or once deleted). */
function stateAt(snapshots: readonly Snapshot[], day: string): Snapshot | null {
  let found: Snapshot | null = null;
  const days = monotoneDays();
  for (const snapshot of snapshots) {
    if (days(snapshot.date) > day) break;
    found = snapshot;
  }
  return found === null || found.blob === '' ? null : found;
}

/**
 * Items blocked at the end of `day`, from the events up to it: an item is blocked from an
 * event that makes it so until one that makes it anything else. The reason is the item's
 * own, when it is still blocked at the last point.
 */
function blockedAt(document: DocumentAnalysis, day: string, display: DisplayPath): BlockedItem[] {
  const state = new Map<string, { event: ItemEvent; since: string; to: ItemState | null }>();
  const days = monotoneDays();
  for (const event of document.events) {
    const at = days(event.date);
    if (at > day) break;
    const known = state.get(event.item);
    const since = event.to === 'blocked' && known?.to !== 'blocked' ? at : (known?.since ?? at);
    state.set(event.item, { event, since, to: event.to });
  }
  const last = document.snapshots[document.snapshots.length - 1];
  const reasons = new Map((last?.items ?? []).map((item) => [item.id, item.reason]));
  return [...state.values()]
    .filter((entry) => entry.to === 'blocked')
    .map(({ event, since }) => ({ text: event.text, path: display(document.path), section: event.section, since, reason: reasons.get(event.item) ?? null }));
}

/**
 * Days of commits taken in commit order, never going back (as the series count them): a
 * commit dated before its predecessor counts on its predecessor's day.
 */
function monotoneDays(): (date: string) => string {
  let latest = '';
  return (date) => {
    const day = dayOf(date);
    if (day > latest) latest = day;
    return latest;
  };
}
