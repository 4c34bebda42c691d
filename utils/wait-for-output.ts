/** How long the page may take to react to the first change before its output counts as unchanged. */
const CHANGE_TIMEOUT_MS = 3000;
/**
 * How long the output must stay the same to count as done: longer than a typical input debounce
 * (the controlled fixture waits 150 ms; React batches within a frame).
 */
const QUIET_MS = 400;
const POLL_MS = 50;

export interface OutputWait {
  text: string;
  /** False when nothing changed within CHANGE_TIMEOUT_MS (the output may already have been right). */
  changed: boolean;
}

/**
 * Waits until `read()` differs from `before` and then stays the same for QUIET_MS. Polls, because
 * a textarea's value changes without any DOM mutation an observer could see.
 */
export function waitForOutput(read: () => string, before: string): Promise<OutputWait> {
  return new Promise((resolve) => {
    const start = Date.now();
    let last = read();
    let changed = last !== before;
    let lastChangeAt = start;
    const tick = () => {
      const now = Date.now();
      const current = read();
      if (current !== last) {
        last = current;
        changed = true;
        lastChangeAt = now;
      }
      if (changed && now - lastChangeAt >= QUIET_MS) return resolve({ text: last, changed: true });
      if (!changed && now - start >= CHANGE_TIMEOUT_MS)
        return resolve({ text: last, changed: false });
      setTimeout(tick, POLL_MS);
    };
    setTimeout(tick, POLL_MS);
  });
}

/** Resolves true once `test()` holds, false after `timeoutMs`. */
export function waitUntil(test: () => boolean, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const start = Date.now();
    const tick = () => {
      if (test()) return resolve(true);
      if (Date.now() - start >= timeoutMs) return resolve(false);
      setTimeout(tick, POLL_MS);
    };
    tick();
  });
}
