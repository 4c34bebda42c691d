import { useEffect, useState } from 'preact/hooks';

type QuickFixModule = typeof import('./quick-fixes');

let loaded: QuickFixModule | null = null;

/**
 * The quick-fix catalogue, loaded right after the first render: most findings that offer a fix sit
 * in parts that load later anyway (the offer fields, the callbacks), and the popup's first load
 * stays within its budget (README, Benchmarks). Until it is there, findings show without buttons;
 * if it cannot load, they stay that way (each still says what to do in words).
 */
export function useQuickFixes(): QuickFixModule | null {
  const [module, setModule] = useState<QuickFixModule | null>(loaded);
  useEffect(() => {
    if (module) return;
    import('./quick-fixes').then(
      (m) => {
        loaded = m;
        setModule(m);
      },
      (error: unknown) => console.warn('[postbridge] quick fixes could not load', error),
    );
  }, [module]);
  return module;
}
