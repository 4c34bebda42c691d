import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { hostnameOf, isAffiseHost } from '@/lib/affise/admin-host';
import { apiBaseProblem, apiBaseUrl } from '@/lib/affise/api-offer';
import { errorMessage } from '@/lib/core/error-message';
import { splitUrl } from '@/lib/url/split-url';
import { affiseApiSettings } from '@/utils/offer-store';
import { LabelledInput } from './LabelledInput';
import { maskKey } from './mask-key';
import { errorNotice, type Notice, NoticeLine, okNotice } from './notice';

/** `*.affise.com` is covered by the manifest; any other API host needs its own permission. */
function originPatternFor(apiBase: string): string | null {
  const parts = splitUrl(apiBase);
  if (!parts || isAffiseHost(parts.host)) return null;
  return `${parts.scheme}://${hostnameOf(parts.host)}/*`;
}

/**
 * Asks for the API host's access, then saves the settings; resolves to whether access was granted.
 * The request goes out before any await: the browser only shows the prompt during the click.
 */
function saveSettings(apiHost: string, apiBase: string, apiKey: string): Promise<boolean> {
  const pattern = originPatternFor(apiBase);
  const permission = pattern
    ? browser.permissions.request({ origins: [pattern] })
    : Promise.resolve(true);
  return permission.then(async (granted) => {
    await affiseApiSettings.setValue({ apiHost: apiHost.trim(), apiKey });
    return granted;
  });
}

/** The API base and key to save, or the notice saying what is missing. */
function checkSettings(
  apiHost: string,
  keyDraft: string,
  savedKey: string,
): { apiBase: string; apiKey: string } | { notice: Notice } {
  const apiBase = apiBaseUrl(apiHost);
  if (!apiBase) return { notice: errorNotice(apiBaseProblem(apiHost) ?? 'Check the API host.') };
  const apiKey = keyDraft.trim() || savedKey;
  if (apiKey === '') {
    return { notice: errorNotice('Enter the API key (Affise: Settings → Security → API key).') };
  }
  return { apiBase, apiKey };
}

const savedNotice = (apiBase: string, granted: boolean) =>
  granted
    ? okNotice(`Saved. Postbridge will call ${apiBase}.`)
    : errorNotice(
        `Saved, but access to ${apiBase} was not granted, so loading offers will fail until you save again and allow it.`,
      );

function ApiHostField({ value, onInput }: { value: string; onInput: (value: string) => void }) {
  return (
    <div class="po-field">
      <LabelledInput
        id="po-api-host"
        label="API host"
        inputMode="url"
        placeholder="api-mynetwork.affise.com"
        value={value}
        onInput={onInput}
      />
    </div>
  );
}

function ApiKeyField({
  value,
  savedKey,
  onInput,
}: {
  value: string;
  savedKey: string;
  onInput: (value: string) => void;
}) {
  return (
    <div class="po-field">
      <LabelledInput
        id="po-api-key"
        label="API key"
        secret
        placeholder={savedKey ? 'Leave empty to keep the saved key' : 'Paste the API key'}
        describedBy="po-api-key-state"
        value={value}
        onInput={onInput}
      />
      <span id="po-api-key-state" class="po-muted" data-testid="api-key-state">
        {savedKey ? `Saved key: ${maskKey(savedKey)}` : 'No key saved.'}
      </span>
    </div>
  );
}

function FormButtons({ savedKey, onForget }: { savedKey: string; onForget: () => void }) {
  return (
    <div class="po-row">
      <button type="submit" class="po-button">
        Save API settings
      </button>
      {savedKey && (
        <button type="button" class="po-button po-button-quiet" onClick={onForget}>
          Remove API key
        </button>
      )}
    </div>
  );
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
    const checked = checkSettings(apiHost, keyDraft, savedKey);
    if ('notice' in checked) {
      setNotice(checked.notice);
      return;
    }
    const { apiBase, apiKey } = checked;
    saveSettings(apiHost, apiBase, apiKey)
      .then((granted) => {
        setSavedKey(apiKey);
        setKeyDraft('');
        onSaved();
        setNotice(savedNotice(apiBase, granted));
      })
      .catch((error: unknown) => setNotice(errorNotice(`Could not save: ${errorMessage(error)}`)));
  };

  const forgetKey = async () => {
    await affiseApiSettings.setValue({ apiHost: apiHost.trim(), apiKey: '' });
    setSavedKey('');
    onSaved();
    setNotice(okNotice('The API key was removed from this browser.'));
  };

  return (
    <section class="po-section" aria-labelledby="po-api-title">
      <h2 id="po-api-title">Affise API</h2>
      <p class="po-muted">
        Optional: with the network’s API key Postbridge can load an offer by its id when the admin
        page is not at hand. The key stays in this browser’s local extension storage.
      </p>
      <form class="po-form" onSubmit={save}>
        <ApiHostField value={apiHost} onInput={setApiHost} />
        <ApiKeyField value={keyDraft} savedKey={savedKey} onInput={setKeyDraft} />
        <FormButtons savedKey={savedKey} onForget={() => void forgetKey()} />
      </form>
      <NoticeLine notice={notice} />
    </section>
  );
}
