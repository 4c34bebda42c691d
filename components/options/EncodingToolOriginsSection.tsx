import { useEffect, useState } from 'preact/hooks';
import { ENCODING_TOOL_ORIGIN, ToolOriginSchema } from '@/lib/adjust/encoding-tool-origin';
import { errorMessage } from '@/lib/text/error-message';
import { encodingToolOrigins } from '@/utils/fill-target';

type Notice = { kind: 'error' | 'ok'; text: string } | null;

/**
 * Where "Fill Adjust Encoding tool" may write: Adjust's own origin always, and the origins added
 * here. A page elsewhere could read the filled postback and its secure code (issue 10 §6).
 */
export function EncodingToolOriginsSection() {
  const [origins, setOrigins] = useState<string[]>([]);
  const [draft, setDraft] = useState('');
  const [notice, setNotice] = useState<Notice>(null);

  useEffect(() => {
    encodingToolOrigins
      .getValue()
      .then(setOrigins)
      .catch((error: unknown) => setNotice({ kind: 'error', text: errorMessage(error) }));
  }, []);

  const save = async (next: string[], text: string) => {
    try {
      await encodingToolOrigins.setValue(next);
      setOrigins(next);
      setNotice({ kind: 'ok', text });
    } catch (error) {
      setNotice({ kind: 'error', text: errorMessage(error) });
    }
  };

  const add = (event: Event) => {
    event.preventDefault();
    const parsed = ToolOriginSchema.safeParse(draft.replace(/\/+$/, ''));
    if (!parsed.success) {
      setNotice({
        kind: 'error',
        text: `"${draft.trim()}": ${parsed.error.issues[0]?.message ?? 'not an https origin'}.`,
      });
      return;
    }
    const origin = parsed.data;
    setDraft('');
    void save(
      [...new Set([...origins, origin])],
      `Postbridge may now fill the Encoding tool on ${origin}.`,
    );
  };

  return (
    <section class="po-section" aria-labelledby="po-tool-title">
      <h2 id="po-tool-title">Where Postbridge fills the Encoding tool</h2>
      <p class="po-muted">
        Postbridge fills Adjust’s Encoding tool only on <code>{ENCODING_TOOL_ORIGIN}</code>, because
        a copy of the tool on another site could read your postback and its secure code. Add another
        site only if you trust it.
      </p>
      {origins.length > 0 && (
        <ul class="po-list" aria-label="Sites allowed to be filled">
          {origins.map((origin) => (
            <li key={origin} class="po-list-item">
              <span class="po-domain">{origin}</span>
              <button
                type="button"
                class="po-button po-button-quiet"
                onClick={() =>
                  void save(
                    origins.filter((o) => o !== origin),
                    `Removed ${origin}.`,
                  )
                }
              >
                Remove {origin}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="po-row" onSubmit={add}>
        <label for="po-tool-input">Site</label>
        <input
          id="po-tool-input"
          type="text"
          inputMode="url"
          autoComplete="off"
          spellcheck={false}
          placeholder="https://tools.mynetwork.com"
          value={draft}
          onInput={(event) => setDraft(event.currentTarget.value)}
        />
        <button type="submit" class="po-button">
          Add site
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
