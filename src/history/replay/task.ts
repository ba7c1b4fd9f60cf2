import type { AnalyzeOptions } from '../../pipeline/options.js';
import type { ItemSnapshot } from '../model.js';
import { ChainReplay } from './replay.js';
import type { Replayed, VersionPoint } from './replayed.js';

/**
 * Versions of one document to replay, with their contents packed into one buffer: a task a
 * worker thread can take (the buffer is transferred, not copied) or the main thread can run.
 */
export interface ReplayTask {
  readonly kind: 'replay';
  readonly versions: readonly VersionPoint[];
  /** Every distinct blob's bytes, one after the other. */
  readonly packed: Uint8Array;
  /** Per blob sha, its start and end in `packed`. */
  readonly spans: Readonly<Record<string, readonly [number, number]>>;
  /** Items of the version just before `versions[0]` (replayed earlier), or null for a first version. */
  readonly after: readonly ItemSnapshot[] | null;
  readonly options: AnalyzeOptions;
}

/** Packs the contents of the versions into a task. */
export function replayTask(versions: readonly VersionPoint[], contents: ReadonlyMap<string, Uint8Array>, after: readonly ItemSnapshot[] | null, options: AnalyzeOptions): ReplayTask {
  let size = 0;
  for (const bytes of contents.values()) size += bytes.length;
  const packed = new Uint8Array(size);
  const spans: Record<string, readonly [number, number]> = {};
  let at = 0;
  for (const [sha, bytes] of contents) {
    packed.set(bytes, at);
    spans[sha] = [at, at + bytes.length];
    at += bytes.length;
  }
  // Versions are sent as their points only: a commit's other changes are no business of the replay.
  const points = versions.map((v) => ({ commit: { sha: v.commit.sha, date: v.commit.date }, path: v.path, blob: v.blob }));
  return { kind: 'replay', versions: points, packed, spans, after, options };
}

/** Replays a task's versions (`onVersion` after each, when run in this thread). A version whose blob is missing from the task reads as deleted. */
export function runReplayTask(task: ReplayTask, onVersion?: () => void): Replayed {
  const replay = new ChainReplay(task.options);
  if (task.after !== null) replay.continueFrom(task.after);
  for (const version of task.versions) {
    const span = version.blob === null ? undefined : task.spans[version.blob];
    replay.add(version, span === undefined ? null : task.packed.subarray(span[0], span[1]));
    onVersion?.();
  }
  return replay.replayed();
}
