import './teach.css';
import { useEffect, useState } from 'preact/hooks';
import type { Offer } from '@/lib/affise/offer';
import type { TeachState } from '@/lib/messages/teach';
import { TEACH_MESSAGES } from '@/lib/messages/teach';
import {
  type ReaderField,
  type TeachableField,
  type TeachSite,
  teachableField,
} from '@/lib/teach/teachable-fields';
import { sendRequest } from '@/utils/send-request';
import { copyText } from './copy-text';
import { PageReportButton } from './PageReportButton';
import { ShowMeWhereButton, TeachMessage, useTeach } from './ShowMeWhere';
import { fieldsOfSite, missingReaderFields } from './teach-fields';

const nameOf = (field: TeachableField) => teachableField(field)?.name ?? field;

/** Refetched when the offer changes: a read after teaching brings new found/lost markers. */
function useTeachState(tabId: number | null, offer: Offer | null): TeachState | null {
  const [state, setState] = useState<TeachState | null>(null);
  useEffect(() => {
    if (tabId === null) return;
    sendRequest(TEACH_MESSAGES, { type: 'getTeachState', tabId })
      .then(setState)
      .catch(() => setState(null));
  }, [tabId, offer]);
  return state;
}

/** Values read where the user showed Postbridge, and taught places that are gone. */
function TaughtMarkers({
  found,
  lost,
  onTeach,
}: {
  found: readonly ReaderField[];
  lost: readonly ReaderField[];
  onTeach: (field: TeachableField) => void;
}) {
  return (
    <>
      {found.length > 0 && (
        <p class="pb-taught-found" data-taught-found>
          <span class="pb-badge pb-taught">taught</span> Read where you showed Postbridge:{' '}
          {found.map((f) => nameOf(`affise.${f}`)).join(', ')}.
        </p>
      )}
      {lost.map((f) => (
        <p key={f} class="pb-finding pb-warning" data-taught-lost={f}>
          The place you showed for “{nameOf(`affise.${f}`)}” is gone from this page.{' '}
          <ShowMeWhereButton field={`affise.${f}`} onTeach={onTeach} />
        </p>
      ))}
    </>
  );
}

/**
 * "Fields on this page": which values were read where the user showed Postbridge (marked), which
 * taught places are gone, what could not be found, and "Show me where it is" for any field, so a
 * page Postbridge does not know never leaves the user stuck. Also the "Page report" button.
 */
export function TeachSection({ tabId, offer }: { tabId: number | null; offer: Offer | null }) {
  const state = useTeachState(tabId, offer);
  const { message, teach } = useTeach(tabId);
  const site = state?.site ?? 'affise';
  // When the tab's address is not visible, either kind of page may be open: offer both.
  const sites: TeachSite[] = state?.host ? [site] : ['affise', 'adjust'];
  const missing = site === 'affise' ? missingReaderFields(offer) : [];
  const [chosen, setChosen] = useState<TeachableField | ''>('');
  const field = chosen || missing[0] || fieldsOfSite(site)[0]?.key || 'affise.trackingUrl';
  if (tabId === null) return null;
  return (
    <section class="pb-section" aria-labelledby="pb-teach-title" data-section="teach">
      <h2 id="pb-teach-title">Fields on this page</h2>
      <TaughtMarkers found={state?.found ?? []} lost={state?.lost ?? []} onTeach={teach} />
      {site === 'affise' && missing.length > 0 && (
        <p class="pb-muted">
          Not found on this page: {missing.map(nameOf).join(', ')}. If the page shows them, show
          Postbridge where (once per site).
        </p>
      )}
      <div class="pb-row">
        <label for="pb-teach-field">A value missing or wrong?</label>
        <select
          id="pb-teach-field"
          value={field}
          onChange={(event) => setChosen(event.currentTarget.value as TeachableField)}
        >
          {sites.map((each) => (
            <optgroup
              key={each}
              label={each === 'affise' ? 'Affise offer page' : 'Adjust Encoding tool'}
            >
              {fieldsOfSite(each).map((info) => (
                <option key={info.key} value={info.key}>
                  {info.name}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
        <ShowMeWhereButton field={field} onTeach={teach} />
      </div>
      <TeachMessage message={message} />
      <PageReportButton
        tabId={tabId}
        reason={
          missing.length > 0 ? `not found: ${missing.map(nameOf).join(', ')}` : 'asked by the user'
        }
        copy={copyText}
      />
    </section>
  );
}
