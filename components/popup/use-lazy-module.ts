import { useEffect, useState } from 'preact/hooks';

/**
 * A module the popup needs soon but not for its first screen, loaded right after the first render
 * and kept for the popup's life: the JavaScript loaded at open stays within its budget (README,
 * Benchmarks). Null until it is there; if it cannot load, it stays null and the caller shows what
 * it can without it (the reason goes to the console).
 */
export function lazyModule<M>(what: string, load: () => Promise<M>): () => M | null {
  let loaded: M | null = null;
  return function useLazyModule(): M | null {
    const [module, setModule] = useState<M | null>(loaded);
    useEffect(() => {
      if (module) return;
      load().then(
        (m) => {
          loaded = m;
          setModule(() => m);
        },
        (error: unknown) => console.warn(`[postbridge] ${what} could not load`, error),
      );
    }, [module]);
    return module;
  };
}
