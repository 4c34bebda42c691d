import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { MissingField, Offer } from '@/lib/affise/offer';
import type { Finding } from '@/lib/core/findings';
import type { CurrentOffer, OfferOrigin, PlainError } from './use-current-offer';

const ORIGIN_LABEL: Record<OfferOrigin, string> = {
  tab: 'read in this tab',
  stored: 'the offer you worked on last',
  none: 'typed by hand',
};

export interface OfferSummaryProps {
  current: CurrentOffer;
  title: string;
  missing: readonly MissingField[];
  /** Errors and warnings about the offer's fields, counted in the summary line. */
  fieldFindings: { errors: number; warnings: number };
  /** The tab is not an Affise offer page (said when no offer is shown). */
  offerlessTab: boolean;
  /** Small buttons at the end of the line ("Read this page", "Type another offer by hand"). */
  actions: ComponentChildren;
  children: ComponentChildren;
}

function OfferLine({ offer, origin, title }: { offer: Offer; origin: OfferOrigin; title: string }) {
  return (
    <p class="pb-offer-line" data-offer-origin={origin}>
      Offer <strong>{offer.offerId}</strong>
      {title ? ` · ${title}` : ''} · {offer.adminHost}{' '}
      <span class="pb-muted">({ORIGIN_LABEL[origin]})</span>
    </p>
  );
}

function issuesText({ errors, warnings }: OfferSummaryProps['fieldFindings']): string {
  const parts = [
    errors > 0 ? `${errors} error${errors === 1 ? '' : 's'}` : '',
    warnings > 0 ? `${warnings} warning${warnings === 1 ? '' : 's'}` : '',
  ].filter(Boolean);
  return parts.length === 0 ? '' : ` · ${parts.join(', ')}`;
}

function ReadFindings({ findings }: { findings: readonly Finding[] }) {
  if (findings.length === 0) return null;
  return (
    <ul class="pb-findings">
      {findings.map((finding, index) => (
        <li key={`${index}-${finding.code}`} class={`pb-finding pb-${finding.severity}`}>
          {finding.message}
        </li>
      ))}
    </ul>
  );
}

function ReadError({ error }: { error: PlainError }) {
  return (
    <div class="pb-notice pb-warning" role="alert" data-read-error>
      <p data-plain>{error.message}</p>
      {error.detail && (
        <details class="pb-details">
          <summary>Details</summary>
          <p>{error.detail}</p>
        </details>
      )}
    </div>
  );
}

function MissingList({ missing }: { missing: readonly MissingField[] }) {
  if (missing.length === 0) return null;
  return (
    <div class="pb-notice pb-info" data-missing>
      <strong>Still missing:</strong>
      <ul class="pb-missing">
        {missing.map((item) => (
          <li key={item.field} data-missing-field={item.field}>
            {item.hint}
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * The offer in one line, and its fields (children) folded under it once read: open while
 * something is missing or wrong, or when nothing was read; the user can open and close it.
 */
export function OfferSummary(props: OfferSummaryProps) {
  const { current, missing } = props;
  const { offer } = current;
  const [userOpen, setUserOpen] = useState<boolean | null>(null);
  const needed = !offer || missing.length > 0 || props.fieldFindings.errors > 0;
  // Once opened because something needed typing, it stays open: fixing the last error must not
  // fold the field away under the cursor. Only after loading: an offer still loading is no reason.
  const [latched, setLatched] = useState(false);
  useEffect(() => {
    if (current.loaded && needed) setLatched(true);
  }, [current.loaded, needed]);
  const open = userOpen ?? (latched || needed);
  return (
    <section class="pb-section pb-offer" aria-labelledby="pb-offer-title" data-section="offer">
      <h2 id="pb-offer-title" class="pb-visually-hidden">
        Offer
      </h2>
      <div class="pb-row pb-offer-head">
        {offer ? (
          <OfferLine offer={offer} origin={current.origin} title={props.title} />
        ) : (
          <p class="pb-offer-line" data-offer-origin="none">
            {props.offerlessTab
              ? 'This tab is not an Affise offer page: open the offer in Affise, or type its fields below.'
              : 'No offer yet: type or paste its fields below.'}
          </p>
        )}
        {props.actions}
      </div>
      {current.error && <ReadError error={current.error} />}
      <ReadFindings findings={current.readFindings} />
      <MissingList missing={missing} />
      <details
        class="pb-offer-fields"
        open={open}
        onToggle={(event) => {
          const now = (event.currentTarget as HTMLDetailsElement).open;
          if (now !== open) setUserOpen(now);
        }}
      >
        <summary data-offer-fields-toggle>
          Offer fields: link, postback, secure code, link kind{issuesText(props.fieldFindings)}
        </summary>
        {props.children}
      </details>
    </section>
  );
}
