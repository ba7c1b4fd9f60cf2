import { runReplayTask, type ReplayTask } from '../history/replay/task.js';
import type { Replayed } from '../history/replay/replayed.js';
import { analyzeBatch, type BatchTask, type FileOutcome } from './batch.js';

/** Piscina's entry point: a batch of files to read and analyze, or a history replay, in this thread. */
export default function runTask(task: BatchTask | ReplayTask): FileOutcome<unknown>[] | Replayed {
  return 'kind' in task && task.kind === 'replay' ? runReplayTask(task) : analyzeBatch(task as BatchTask);
}
