import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { HostnameSchema, isAffiseHost, matchPatternFor } from '@/lib/affise/admin-host';
import { errorMessage } from '@/lib/text/error-message';
import { sendRequest } from '@/utils/messaging';
import { adminDomains } from '@/utils/offer-store';

type Notice = { kind: 'error' | 'ok'; text: string } | null;

/**
 * Custom Affise admin domains. The host permission is requested when the user adds (or grants)
 * a domain — inside the click, as browsers require — and the background then runs the reader there.
 */
export function AdminDomainsSection() {
  const [domains, setDomains] = useState<string[]>([]);
  const [granted, setGranted] = useState<Record<string, boolean>>({});
  const [draft, setDraft] = useState('');
  const [notice, setNotice] = useState<Notice>(null);

  const refresh = useCallback(async () => {
    const list = await adminDomains.getValue();
    const states = await Promise.all(
      list.map(async (domain) => [
        domain,
        await browser.permissions.contains({ origins: [matchPatternFor(domain)] }),
      ]),
    );
    setDomains(list);
    setGranted(Object.fromEntries(states));
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const sync = async () => {
    const result = await sendRequest({ type: 'syncAdminDomains' });
    await refresh();
    return result;
  };

  const add = (event: Event) => {
    event.preventDefault();
    const parsed = HostnameSchema.safeParse(draft);
    if (!parsed.success) {
      setNotice({
        kind: 'error',
        text: `"${draft.trim()}": ${parsed.error.issues[0]?.message ?? 'not a host name'}.`,
      });
      return;
    }
    const domain = parsed.data;
    if (isAffiseHost(domain)) {
      setNotice({
        kind: 'ok',
        text: `${domain} is an affise.com host: Postbridge already reads it.`,
      });
      return;
    }
    // Requested before any await: the browser only shows the prompt during the click.
    const request = browser.permissions.request({ origins: [matchPatternFor(domain)] });
    void (async () => {
      try {
        const ok = await request;
        await adminDomains.setValue([...new Set([...domains, domain])]);
        await sync();
        setDraft('');
        setNotice(
          ok
            ? {
                kind: 'ok',
                text: `Added ${domain}. Reload its open tabs to start reading offers there.`,
              }
            : {
                kind: 'error',
                text: `Added ${domain}, but access was not granted: press "Grant access" to allow reading it.`,
              },
        );
      } catch (error) {
        setNotice({ kind: 'error', text: `Could not add ${domain}: ${errorMessage(error)}` });
      }
    })();
  };

  const grant = (domain: string) => {
    const request = browser.permissions.request({ origins: [matchPatternFor(domain)] });
    void (async () => {
      try {
        const ok = await request;
        await sync();
        setNotice(
          ok
            ? { kind: 'ok', text: `Postbridge can now read ${domain}.` }
            : { kind: 'error', text: `Access to ${domain} was not granted.` },
        );
      } catch (error) {
        setNotice({
          kind: 'error',
          text: `Could not ask for access to ${domain}: ${errorMessage(error)}`,
        });
      }
    })();
  };

  const remove = async (domain: string) => {
    try {
      await adminDomains.setValue(domains.filter((d) => d !== domain));
      await browser.permissions.remove({ origins: [matchPatternFor(domain)] });
      await sync();
      setNotice({ kind: 'ok', text: `Removed ${domain}.` });
    } catch (error) {
      setNotice({ kind: 'error', text: `Could not remove ${domain}: ${errorMessage(error)}` });
    }
  };

  return (
    <section class="po-section" aria-labelledby="po-domains-title">
      <h2 id="po-domains-title">Custom admin domains</h2>
      <p class="po-muted">
        Postbridge reads offers on <code>*.affise.com</code>. If your network opens its admin panel
        on its own domain, add it here; your browser will ask for access to that domain only.
      </p>
      {domains.length === 0 ? (
        <p class="po-muted" data-testid="no-domains">
          No custom domains yet.
        </p>
      ) : (
        <ul class="po-list" aria-label="Custom admin domains">
          {domains.map((domain) => (
            <li key={domain} class="po-list-item" data-domain={domain}>
              <span class="po-domain">{domain}</span>
              <span class={granted[domain] ? 'po-badge po-badge-ok' : 'po-badge po-badge-warn'}>
                {granted[domain] ? 'Access granted' : 'Access not granted'}
              </span>
              {!granted[domain] && (
                <button type="button" class="po-button" onClick={() => grant(domain)}>
                  Grant access to {domain}
                </button>
              )}
              <button
                type="button"
                class="po-button po-button-quiet"
                onClick={() => void remove(domain)}
              >
                Remove {domain}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="po-row" onSubmit={add}>
        <label for="po-domain-input">Admin domain</label>
        <input
          id="po-domain-input"
          type="text"
          inputMode="url"
          autoComplete="off"
          spellcheck={false}
          placeholder="admin.mynetwork.com"
          value={draft}
          onInput={(event) => setDraft(event.currentTarget.value)}
        />
        <button type="submit" class="po-button">
          Add domain
        </button>
      </form>
      {notice && (
        <p
          class={notice.kind === 'error' ? 'po-notice po-notice-error' : 'po-notice po-notice-ok'}
          role={notice.kind === 'error' ? 'alert' : 'status'}
        >
          {notice.text}
        </p>
      )}
    </section>
  );
}
