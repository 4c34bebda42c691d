/**
 * A queue that runs async tasks one after another, in the order they were queued: a task starts
 * only when the previous one has settled, and a failed task does not block the ones after it (its
 * rejection goes to its own caller). Used where two overlapping read-modify-writes would lose one
 * (stored offers, content-script registration, the popup's draft writes).
 */
export function createSerialQueue(): <T>(task: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };
}
