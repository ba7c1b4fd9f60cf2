import { analyzeBatch, type BatchTask, type FileOutcome } from './batch.js';

/** Piscina's entry point: one batch of files per task, read and analyzed in this thread. */
export default function analyzeBatchTask(task: BatchTask): FileOutcome<unknown>[] {
  return analyzeBatch(task);
}
