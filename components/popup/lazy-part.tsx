import type { FunctionComponent } from 'preact';
import { lazyLoader } from './use-lazy-module';

/**
 * A part of the popup that is not on the first screen (the macro palette, a fill's verdict) as a
 * component that loads its code on first render (./use-lazy-module.ts), keeping the JavaScript
 * loaded at open small. A part that cannot load says so, since the user asked for it.
 */
export function lazyPart<P extends object>(
  what: string,
  load: () => Promise<FunctionComponent<P>>,
): FunctionComponent<P> {
  const usePart = lazyLoader(what, load);
  return function LazyPart(props: P) {
    const part = usePart();
    if (part.state === 'failed') {
      return (
        <p class="pb-notice pb-error" role="alert">
          {what} could not be loaded: close and open the popup again.
        </p>
      );
    }
    if (part.state === 'loading') return null;
    const Part = part.module;
    return <Part {...props} />;
  };
}
