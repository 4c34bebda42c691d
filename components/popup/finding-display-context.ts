import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { PlainContext } from './model/plain-messages';

export interface FindingDisplay {
  /** The user has copied or filled: steps left open now count as errors. */
  attempted: boolean;
  plain: PlainContext;
}

/** How findings are worded and rated anywhere in the Build tab (FindingList reads it). */
export const FindingDisplayContext = createContext<FindingDisplay>({
  attempted: false,
  plain: { trackingUrl: '', postbackUrl: '' },
});

export const useFindingDisplay = () => useContext(FindingDisplayContext);
