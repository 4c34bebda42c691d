import { useEffect, useState } from 'preact/hooks';
import type { DryRunViewProps } from '@/components/dry-run/DryRunView';
import type { Offer } from '@/lib/affise/offer';
import { errorMessage } from '@/lib/core/error-message';
import type { GenerateInput, GenerateResult } from '@/lib/link/schemas';
import type { EffectiveOffer } from './model/effective-offer';

type DryRunModule = typeof import('@/components/dry-run/DryRunView');

export interface DryRunTabProps {
  offer: Offer | null;
  effective: EffectiveOffer;
  input: GenerateInput;
  result: GenerateResult;
  /** The popup's draft key for the offer: the edited scenario is stored under it. */
  draftKey: string;
}

/** What the dry run starts from: the offer as the popup shows it (typed values win). */
export function dryRunProps({ offer, effective, input, result }: DryRunTabProps): DryRunViewProps {
  const typedAnything = [effective.trackingUrl, effective.postbackUrl, effective.title].some(
    (f) => f.value !== '',
  );
  if (!offer && !typedAnything && effective.goals.value.length === 0)
    return { offer: null, mapping: null };
  const read = new Map(effective.readGoals.map((goal) => [goal.value, goal]));
  return {
    offer: {
      id: offer?.offerId ?? null,
      network: offer?.network ?? null,
      title: effective.title.value || null,
      trackingUrl: effective.trackingUrl.value || null,
      postbackUrl: effective.postbackUrl.value || null,
      secureCode: effective.secureCode.value || null,
      goals: effective.goals.value.map((goal) => ({ ...read.get(goal.value), ...goal })),
    },
    mapping: {
      install: input.install ?? null,
      events: input.events ?? [],
      linkKind: input.linkKind,
      link: result.link,
    },
  };
}

/**
 * The dry run is most of the popup's code and only needed on this tab, so it loads on first use
 * and keeps the popup's first render small.
 */
export function DryRunTab(props: DryRunTabProps) {
  const [module, setModule] = useState<DryRunModule | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    import('@/components/dry-run/DryRunView')
      .then(setModule)
      .catch((failure: unknown) => setError(errorMessage(failure)));
  }, []);
  if (error) {
    return (
      <p class="pb-notice pb-error" role="alert">
        The dry run could not be loaded: {error}
      </p>
    );
  }
  if (!module) {
    return (
      <p class="pb-muted" role="status">
        Loading the dry run…
      </p>
    );
  }
  const { DryRunView } = module;
  return <DryRunView {...dryRunProps(props)} draftKey={props.draftKey} inPopup />;
}
