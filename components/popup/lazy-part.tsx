import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * A part of the popup that is not on the first screen (the macro palette, a fill's verdict) as a
 * component that loads its code on first render, keeping the JavaScript loaded at open small.
 */
export function lazyPart<P extends object>(
  what: string,
  load: () => Promise<FunctionComponent<P>>,
): FunctionComponent<P> {
  let loaded: FunctionComponent<P> | null = null;
  return function LazyPart(props: P) {
    const [part, setPart] = useState<FunctionComponent<P> | null>(() => loaded);
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      if (part) return;
      load()
        .then((component) => {
          loaded = component;
          setPart(() => component);
        })
        .catch(() => setFailed(true));
    }, [part]);
    if (failed) {
      return (
        <p class="pb-notice pb-error" role="alert">
          {what} could not be loaded: close and open the popup again.
        </p>
      );
    }
    const Part = part;
    return Part ? <Part {...props} /> : null;
  };
}
