import { useState } from 'preact/hooks';
import type { z } from 'zod/mini';
import type { ApiError } from '@/lib/affise/api-offer';
import { type Offer, OfferIdSchema } from '@/lib/affise/offer';
import { errorMessage } from '@/lib/core/error-message';
import type { Finding } from '@/lib/core/findings';
import type { OfferState } from '@/lib/messages/offer';
import { OFFER_MESSAGES } from '@/lib/messages/offer';
import { sendRequest } from '@/utils/send-request';
import { LabelledInput } from './LabelledInput';

type Outcome =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'loaded'; state: OfferState }
  | { kind: 'failed'; title: string; message: string };

const ERROR_TITLES: Record<ApiError['code'], string> = {
  'not-configured': 'The API is not set up',
  unauthorized: 'The API key was refused (401)',
  'not-found': 'No such offer (404)',
  network: 'The API could not be reached',
  'bad-response': 'The API answered with something that is not an offer',
  'http-error': 'The API answered with an error',
  'redirect-refused': 'The API tried to redirect the request',
};

const FIELD_LABELS: Record<string, string> = {
  title: 'Title',
  trackingUrl: 'Tracking URL',
  postbackUrl: 'S2S postback',
  secureCode: 'Secure postback code',
};

function OfferSummary({ offer, findings }: { offer: Offer; findings: Finding[] }) {
  const { goals, ...rest } = offer.fields;
  return (
    <div class="po-result" data-testid="loaded-offer">
      <h3>
        Offer {offer.offerId} · {offer.network}
      </h3>
      <dl class="po-dl">
        {Object.entries(rest).map(([name, field]) =>
          field ? (
            <div key={name} data-field={name}>
              <dt>
                {FIELD_LABELS[name] ?? name}{' '}
                <span class={`po-badge po-source-${field.source}`}>{field.source}</span>
              </dt>
              <dd>
                <code>{name === 'secureCode' ? `${field.value.slice(0, 4)}…` : field.value}</code>
              </dd>
            </div>
          ) : null,
        )}
        {goals && (
          <div data-field="goals">
            <dt>
              Goals <span class={`po-badge po-source-${goals.source}`}>{goals.source}</span>
            </dt>
            <dd>
              <ul>
                {goals.value.map((goal) => (
                  <li key={goal.value}>
                    <code>{goal.value}</code> {goal.title}
                    {goal.revenue !== undefined &&
                      ` · revenue ${goal.revenue}${goal.currency ? ` ${goal.currency}` : ''}`}
                    {goal.payout !== undefined &&
                      ` · payout ${goal.payout}${goal.currency ? ` ${goal.currency}` : ''}`}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        )}
      </dl>
      {findings.length > 0 && (
        <ul class="po-findings">
          {findings.map((finding) => (
            <li
              key={`${finding.code}-${finding.path}`}
              class={`po-finding po-finding-${finding.severity}`}
            >
              {finding.message}
            </li>
          ))}
        </ul>
      )}
      <p class="po-muted">
        Stored: open the popup on any page and pick this offer, or open its Affise page.
      </p>
    </div>
  );
}

const NOT_AN_ID: Outcome = {
  kind: 'failed',
  title: 'Not an offer id',
  message: 'Enter the numeric offer id shown in the Affise offers list (for example 12).',
};

/** Asks the background to load the offer; every way it can fail becomes a titled message. */
async function loadOffer(offerId: z.infer<typeof OfferIdSchema>): Promise<Outcome> {
  try {
    const answer = await sendRequest(OFFER_MESSAGES, { type: 'loadOfferFromApi', offerId });
    return answer.ok
      ? { kind: 'loaded', state: answer }
      : { kind: 'failed', title: ERROR_TITLES[answer.error.code], message: answer.error.message };
  } catch (error) {
    return {
      kind: 'failed',
      title: 'Postbridge could not ask the API',
      message: errorMessage(error),
    };
  }
}

/** "Load offer by id" through the Affise API, with a clear message for each way it can fail. */
export function LoadOfferSection() {
  const [offerId, setOfferId] = useState('');
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });

  const load = async (event: Event) => {
    event.preventDefault();
    const id = OfferIdSchema.safeParse(offerId.trim());
    if (!id.success) {
      setOutcome(NOT_AN_ID);
      return;
    }
    setOutcome({ kind: 'busy' });
    setOutcome(await loadOffer(id.data));
  };

  return (
    <section class="po-section" aria-labelledby="po-load-title">
      <h2 id="po-load-title">Load offer by id</h2>
      <form class="po-row" onSubmit={load}>
        <LabelledInput
          id="po-offer-id"
          label="Offer id"
          inputMode="numeric"
          value={offerId}
          onInput={setOfferId}
        />
        <button type="submit" class="po-button" disabled={outcome.kind === 'busy'}>
          {outcome.kind === 'busy' ? 'Loading…' : 'Load offer'}
        </button>
      </form>
      <div aria-live="polite">
        {outcome.kind === 'failed' && (
          <div class="po-notice po-notice-error" role="alert" data-testid="load-error">
            <strong>{outcome.title}.</strong> {outcome.message}
          </div>
        )}
        {outcome.kind === 'loaded' && outcome.state.offer && (
          <OfferSummary offer={outcome.state.offer} findings={outcome.state.findings} />
        )}
      </div>
    </section>
  );
}
