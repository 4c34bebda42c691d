import { lazyModule } from './use-lazy-module';

/**
 * The quick-fix catalogue, right after the first render: most findings that offer a fix sit in
 * parts that load later anyway (the offer fields, the callbacks). Until it is there, findings show
 * without buttons; each still says what to do in words.
 */
export const useQuickFixes = lazyModule('quick fixes', () => import('./quick-fixes'));
