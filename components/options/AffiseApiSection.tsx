import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { hostnameOf, isAffiseHost } from '@/lib/affise/admin-host';
import { apiBaseProblem, apiBaseUrl } from '@/lib/affise/api-offer';
import { errorMessage } from '@/lib/text/error-message';
import { splitUrl } from '@/lib/url/split-url';
import { affiseApiSettings } from '@/utils/offer-store';
import { maskKey } from './mask-key';

type Notice = { kind: 'error' | 'ok'; text: string } | null;

/** `*.affise.com` is covered by the manifest; any other API host needs its own permission. */
function originPatternFor(apiBase: string): string | null {
  const parts = splitUrl(apiBase);
  if (!parts || isAffiseHost(parts.host)) return null;
  return `${parts.scheme}://${hostnameOf(parts.host)}/*`;
}

/**
 * The Affise API host and key, for "Load offer by id". The key is kept in storage.local only,
 * shown masked, and only ever sent to the API host as the `API-Key` header.
 */
export function AffiseApiSection({ onSaved }: { onSaved: () => void }) {
  const [apiHost, setApiHost] = useState('');
  const [savedKey, setSavedKey] = useState('');
  const [keyDraft, setKeyDraft] = useState('');
  const [notice, setNotice] = useState<Notice>(null);

  useEffect(() => {
    void affiseApiSettings.getValue().then((settings) => {
      setApiHost(settings.apiHost);
      setSavedKey(settings.apiKey);
    });
  }, []);

  const save = (event: Event) => {
    event.preventDefault();
    const apiBase = apiBaseUrl(apiHost);
    if (!apiBase) {
      setNotice({ kind: 'error', text: apiBaseProblem(apiHost) ?? 'Check the API host.' });
      return;
    }
    const apiKey = keyDraft.trim() || savedKey;
    if (apiKey === '') {
      setNotice({
        kind: 'error',
        text: 'Enter the API key (Affise: Settings → Security → API key).',
      });
      return;
    }
    const pattern = originPatternFor(apiBase);
    // Requested before any await: the browser only shows the prompt during the click.
    const permission = pattern
      ? browser.permissions.request({ origins: [pattern] })
      : Promise.resolve(true);
    void (async () => {
      try {
        const granted = await permission;
        await affiseApiSettings.setValue({ apiHost: apiHost.trim(), apiKey });
        setSavedKey(apiKey);
        setKeyDraft('');
        onSaved();
        setNotice(
          granted
            ? { kind: 'ok', text: `Saved. Postbridge will call ${apiBase}.` }
            : {
                kind: 'error',
                text: `Saved, but access to ${apiBase} was not granted, so loading offers will fail until you save again and allow it.`,
              },
        );
      } catch (error) {
        setNotice({
          kind: 'error',
          text: `Could not save: ${errorMessage(error)}`,
        });
      }
    })();
  };

  const forgetKey = async () => {
    await affiseApiSettings.setValue({ apiHost: apiHost.trim(), apiKey: '' });
    setSavedKey('');
    onSaved();
    setNotice({ kind: 'ok', text: 'The API key was removed from this browser.' });
  };

  return (
    <section class="po-section" aria-labelledby="po-api-title">
      <h2 id="po-api-title">Affise API</h2>
      <p class="po-muted">
        Optional: with the network’s API key Postbridge can load an offer by its id when the admin
        page is not at hand. The key stays in this browser’s local extension storage.
      </p>
      <form class="po-form" onSubmit={save}>
        <div class="po-field">
          <label for="po-api-host">API host</label>
          <input
            id="po-api-host"
            type="text"
            inputMode="url"
            autoComplete="off"
            spellcheck={false}
            placeholder="api-mynetwork.affise.com"
            value={apiHost}
            onInput={(event) => setApiHost(event.currentTarget.value)}
          />
        </div>
        <div class="po-field">
          <label for="po-api-key">API key</label>
          <input
            id="po-api-key"
            type="password"
            autoComplete="off"
            spellcheck={false}
            placeholder={savedKey ? 'Leave empty to keep the saved key' : 'Paste the API key'}
            aria-describedby="po-api-key-state"
            value={keyDraft}
            onInput={(event) => setKeyDraft(event.currentTarget.value)}
          />
          <span id="po-api-key-state" class="po-muted" data-testid="api-key-state">
            {savedKey ? `Saved key: ${maskKey(savedKey)}` : 'No key saved.'}
          </span>
        </div>
        <div class="po-row">
          <button type="submit" class="po-button">
            Save API settings
          </button>
          {savedKey && (
            <button
              type="button"
              class="po-button po-button-quiet"
              onClick={() => void forgetKey()}
            >
              Remove API key
            </button>
          )}
        </div>
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
