import { useEffect, useState } from 'preact/hooks';
import type { Offer } from '@/lib/affise/offer';

type TeachModule = typeof import('./TeachSection');

/**
 * "Fields on this page" loads after the popup's first render: it is needed only when a page is
 * not read as expected, and the popup's first load stays within its budget (README, Benchmarks).
 */
export function LazyTeachSection(props: { tabId: number | null; offer: Offer | null }) {
  const [module, setModule] = useState<TeachModule | null>(null);
  useEffect(() => {
    // A failed load leaves the section out; the rest of the popup works without it.
    import('./TeachSection').then(setModule, () => undefined);
  }, []);
  if (!module) return null;
  const { TeachSection } = module;
  return <TeachSection {...props} />;
}
