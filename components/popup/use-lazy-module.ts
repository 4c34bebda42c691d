import { useEffect, useState } from 'preact/hooks';

/** Where a lazily loaded module stands for the component that asked for it. */
export type LazyState<M> =
  | { state: 'loading' }
  | { state: 'loaded'; module: M }
  | { state: 'failed' };

/**
 * A module the popup needs soon but not for its first screen, loaded once on first use and kept
 * for the popup's life: the JavaScript loaded at open stays within its budget (README,
 * Benchmarks). Every component asking for it shares the one load; a failed load is told to the
 * console and to each asker, who shows what it can without it.
 */
export function lazyLoader<M>(what: string, load: () => Promise<M>): () => LazyState<M> {
  let settled: LazyState<M> = { state: 'loading' };
  let pending: Promise<LazyState<M>> | null = null;
  const start = () => {
    pending ??= load().then(
      (module): LazyState<M> => {
        settled = { state: 'loaded', module };
        return settled;
      },
      (error: unknown): LazyState<M> => {
        console.warn(`[postbridge] ${what} could not load`, error);
        settled = { state: 'failed' };
        return settled;
      },
    );
    return pending;
  };
  return function useLazyState(): LazyState<M> {
    const [state, setState] = useState<LazyState<M>>(settled);
    useEffect(() => {
      if (state.state !== 'loading') return;
      let current = true;
      void start().then((next) => {
        if (current) setState(next);
      });
      return () => {
        current = false;
      };
    }, [state]);
    return state;
  };
}

/** A lazily loaded module as a hook: null until it is there, and null for good if it fails. */
export function lazyModule<M>(what: string, load: () => Promise<M>): () => M | null {
  const useLazyState = lazyLoader(what, load);
  return function useLazyModule(): M | null {
    const loaded = useLazyState();
    return loaded.state === 'loaded' ? loaded.module : null;
  };
}
