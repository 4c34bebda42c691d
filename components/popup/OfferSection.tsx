import type { ComponentChildren } from 'preact';
import type { MissingField, Offer } from '@/lib/affise/offer';
import type { Finding } from '@/lib/findings';
import type { OfferOrigin } from './use-current-offer';

const ORIGIN_LABEL: Record<OfferOrigin, string> = {
  tab: 'read in this tab',
  stored: 'the offer you worked on last (stored)',
  none: 'typed by hand',
};

export interface OfferSectionProps {
  offer: Offer | null;
  origin: OfferOrigin;
  title: string;
  missing: readonly MissingField[];
  readFindings: readonly Finding[];
  reading: boolean;
  error: string | null;
  canRead: boolean;
  onRead: () => void;
  onTypeByHand: () => void;
  children: ComponentChildren;
}

/** The current offer, where it came from, what is still missing, and its fields (children). */
export function OfferSection(props: OfferSectionProps) {
  const { offer } = props;
  return (
    <section class="pb-section" aria-labelledby="pb-offer-title" data-section="offer">
      <h2>
        <span id="pb-offer-title" class="pb-grow">
          Offer
        </span>
        {offer && (
          <button type="button" class="pb-button pb-small" onClick={props.onTypeByHand}>
            Type another offer by hand
          </button>
        )}
        <button
          type="button"
          class="pb-button pb-primary pb-small"
          onClick={props.onRead}
          disabled={props.reading || !props.canRead}
          aria-busy={props.reading}
        >
          {props.reading ? 'Reading…' : 'Read this page'}
        </button>
      </h2>
      <p class="pb-muted" data-offer-origin={props.origin}>
        {offer ? (
          <>
            Offer <strong>{offer.offerId}</strong>
            {props.title ? ` · ${props.title}` : ''} on {offer.adminHost} —{' '}
            {ORIGIN_LABEL[props.origin]}.
          </>
        ) : (
          <>
            No Affise offer read in this tab: paste the fields below, or open Offer edit in Affise
            and press “Read this page”.
          </>
        )}
      </p>
      {props.error && (
        <p class="pb-notice pb-warning" role="alert">
          {props.error}
        </p>
      )}
      {props.readFindings.length > 0 && (
        <ul class="pb-findings">
          {props.readFindings.map((finding, index) => (
            <li key={`${index}-${finding.code}`} class={`pb-finding pb-${finding.severity}`}>
              {finding.message}
            </li>
          ))}
        </ul>
      )}
      {props.missing.length > 0 && (
        <div class="pb-notice pb-info" data-missing>
          <strong>Still missing:</strong>
          <ul class="pb-missing">
            {props.missing.map((item) => (
              <li key={item.field} data-missing-field={item.field}>
                {item.hint}
              </li>
            ))}
          </ul>
        </div>
      )}
      {props.children}
    </section>
  );
}
