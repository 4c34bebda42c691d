import type { Offer } from '@/lib/affise/offer';
import { lazyModule } from './use-lazy-module';

/**
 * "Fields on this page" loads after the popup's first render: it is needed only when a page is
 * not read as expected. A failed load leaves the section out; the rest of the popup works.
 */
const useTeachSection = lazyModule('“Fields on this page”', () => import('./TeachSection'));

export function LazyTeachSection(props: { tabId: number | null; offer: Offer | null }) {
  const module = useTeachSection();
  if (!module) return null;
  const { TeachSection } = module;
  return <TeachSection {...props} />;
}
