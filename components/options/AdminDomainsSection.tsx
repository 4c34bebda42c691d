import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { HostnameSchema, isAffiseHost, matchPatternFor } from '@/lib/affise/admin-host';
import { errorMessage } from '@/lib/core/error-message';
import { OFFER_MESSAGES } from '@/lib/messages/offer';
import { adminDomains } from '@/utils/offer-store';
import { sendRequest } from '@/utils/send-request';
import { EntryListSection } from './EntryListSection';
import { draftProblem, errorNotice, type Notice, okNotice } from './notice';

type Granted = Record<string, boolean>;

/** The stored domains and, for each, whether the browser granted access to it. */
async function readDomains(): Promise<{ domains: string[]; granted: Granted }> {
  const domains = await adminDomains.getValue();
  const states = await Promise.all(
    domains.map(async (domain) => [
      domain,
      await browser.permissions.contains({ origins: [matchPatternFor(domain)] }),
    ]),
  );
  return { domains, granted: Object.fromEntries(states) };
}

/** Must be called before any await: the browser only shows the prompt during the click. */
const requestAccess = (domain: string) =>
  browser.permissions.request({ origins: [matchPatternFor(domain)] });

const addedNotice = (domain: string, ok: boolean) =>
  ok
    ? okNotice(`Added ${domain}. Reload its open tabs to start reading offers there.`)
    : errorNotice(
        `Added ${domain}, but access was not granted: press "Grant access" to allow reading it.`,
      );

const grantedNotice = (domain: string, ok: boolean) =>
  ok
    ? okNotice(`Postbridge can now read ${domain}.`)
    : errorNotice(`Access to ${domain} was not granted.`);

/** The typed domain, or the notice saying why it is not added. */
function parseDomain(draft: string): { domain: string } | { notice: Notice } {
  const parsed = HostnameSchema.safeParse(draft);
  if (!parsed.success) {
    return { notice: errorNotice(draftProblem(draft, parsed.error.issues, 'not a host name')) };
  }
  if (isAffiseHost(parsed.data)) {
    return {
      notice: okNotice(`${parsed.data} is an affise.com host: Postbridge already reads it.`),
    };
  }
  return { domain: parsed.data };
}

/** The stored domains, their access, and the three changes the user can make to them. */
function useAdminDomains() {
  const [domains, setDomains] = useState<string[]>([]);
  const [granted, setGranted] = useState<Granted>({});
  const [notice, setNotice] = useState<Notice>(null);

  const refresh = useCallback(async () => {
    const read = await readDomains();
    setDomains(read.domains);
    setGranted(read.granted);
  }, []);
  useEffect(() => {
    void refresh();
  }, [refresh]);

  const sync = async () => {
    await sendRequest(OFFER_MESSAGES, { type: 'syncAdminDomains' });
    await refresh();
  };
  const settle = (work: () => Promise<Notice>, failure: string) => {
    work().then(setNotice, (error: unknown) =>
      setNotice(errorNotice(`${failure}: ${errorMessage(error)}`)),
    );
  };

  const add = (domain: string, onAdded: () => void) => {
    const request = requestAccess(domain);
    settle(async () => {
      const ok = await request;
      await adminDomains.setValue([...new Set([...domains, domain])]);
      await sync();
      onAdded();
      return addedNotice(domain, ok);
    }, `Could not add ${domain}`);
  };
  const grant = (domain: string) => {
    const request = requestAccess(domain);
    settle(async () => {
      const ok = await request;
      await sync();
      return grantedNotice(domain, ok);
    }, `Could not ask for access to ${domain}`);
  };
  const remove = (domain: string) => {
    settle(async () => {
      await adminDomains.setValue(domains.filter((d) => d !== domain));
      await browser.permissions.remove({ origins: [matchPatternFor(domain)] });
      await sync();
      return okNotice(`Removed ${domain}.`);
    }, `Could not remove ${domain}`);
  };
  return { domains, granted, notice, setNotice, add, grant, remove };
}

function DomainItem({
  domain,
  granted,
  onGrant,
  onRemove,
}: {
  domain: string;
  granted: boolean;
  onGrant: () => void;
  onRemove: () => void;
}) {
  return (
    <li class="po-list-item" data-domain={domain}>
      <span class="po-domain">{domain}</span>
      <span class={granted ? 'po-badge po-badge-ok' : 'po-badge po-badge-warn'}>
        {granted ? 'Access granted' : 'Access not granted'}
      </span>
      {!granted && (
        <button type="button" class="po-button" onClick={onGrant}>
          Grant access to {domain}
        </button>
      )}
      <button type="button" class="po-button po-button-quiet" onClick={onRemove}>
        Remove {domain}
      </button>
    </li>
  );
}

/**
 * Custom Affise admin domains. The host permission is requested when the user adds (or grants)
 * a domain — inside the click, as browsers require — and the background then runs the reader there.
 */
export function AdminDomainsSection() {
  const { domains, granted, notice, setNotice, add, grant, remove } = useAdminDomains();
  const submit = (draft: string, clearDraft: () => void) => {
    const parsed = parseDomain(draft);
    if ('notice' in parsed) setNotice(parsed.notice);
    else add(parsed.domain, clearDraft);
  };
  return (
    <EntryListSection
      name="domains"
      title="Custom admin domains"
      intro={
        <>
          Postbridge reads offers on <code>*.affise.com</code>. If your network opens its admin
          panel on its own domain, add it here; your browser will ask for access to that domain
          only.
        </>
      }
      field={{ label: 'Admin domain', placeholder: 'admin.mynetwork.com', button: 'Add domain' }}
      notice={notice}
      onAdd={submit}
    >
      {domains.length === 0 ? (
        <p class="po-muted" data-testid="no-domains">
          No custom domains yet.
        </p>
      ) : (
        <ul class="po-list" aria-label="Custom admin domains">
          {domains.map((domain) => (
            <DomainItem
              key={domain}
              domain={domain}
              granted={granted[domain] === true}
              onGrant={() => grant(domain)}
              onRemove={() => remove(domain)}
            />
          ))}
        </ul>
      )}
    </EntryListSection>
  );
}
