import './team-setup.css';
import { useState } from 'preact/hooks';
import { downloadText } from '@/components/dry-run/download-text';
import { errorMessage } from '@/lib/core/error-message';
import type { ImportSetupResponse } from '@/lib/messages/teach';
import { TEACH_MESSAGES } from '@/lib/messages/teach';
import { sendRequest } from '@/utils/send-request';

type Preview = Extract<ImportSetupResponse, { ok: true }>;

function ChangeList({ preview }: { preview: Preview }) {
  if (preview.changes.length === 0) {
    return <p data-import-nothing>Nothing would change: this setup is already here.</p>;
  }
  return (
    <ul class="po-list" aria-label="What the import changes" data-import-changes>
      {preview.changes.map((change) => (
        <li key={`${change.area} ${change.key}`} class="po-list-item">
          {change.kind === 'add' ? 'Add' : 'Replace'} {change.area}: {change.key}
        </li>
      ))}
    </ul>
  );
}

/** What importing `json` would change (`apply: false`) or changed. */
function importSetup(json: string, apply: boolean) {
  return sendRequest(TEACH_MESSAGES, { type: 'importSetup', json, apply });
}

/** Export, and import in two steps: a preview of every change, then the merge. */
function useTeamSetup(onImported: () => void) {
  const [json, setJson] = useState<string | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null);

  const exportSetup = async () => {
    try {
      const { json: text } = await sendRequest(TEACH_MESSAGES, { type: 'exportSetup' });
      downloadText(text, 'postbridge-setup.json', 'application/json');
      setNotice({
        ok: true,
        text: 'Saved postbridge-setup.json. It holds no API key; share it with your team.',
      });
    } catch (error) {
      setNotice({ ok: false, text: errorMessage(error) });
    }
  };

  const choose = async (file: File | undefined) => {
    setPreview(null);
    if (!file) return;
    const text = await file.text();
    try {
      const result = await importSetup(text, false);
      if (!result.ok) {
        setNotice({ ok: false, text: result.message });
        return;
      }
      setJson(text);
      setPreview(result);
      setNotice(null);
    } catch (error) {
      setNotice({ ok: false, text: errorMessage(error) });
    }
  };

  const apply = async () => {
    if (json === null) return;
    try {
      const result = await importSetup(json, true);
      if (!result.ok) {
        setNotice({ ok: false, text: result.message });
        return;
      }
      setPreview(null);
      setJson(null);
      setNotice({
        ok: true,
        text: `Imported ${result.changes.length} change(s); everything set up here was kept.`,
      });
      onImported();
    } catch (error) {
      setNotice({ ok: false, text: errorMessage(error) });
    }
  };

  return { preview, setPreview, notice, exportSetup, choose, apply };
}

/**
 * "Team setup": export what this browser was set up with as one JSON file (admin domains, taught
 * fields, remembered event tokens, link choices; never the API key), and import such a file:
 * first a preview of every change, then the merge, which keeps everything set up here.
 */
export function TeamSetupSection({ onImported }: { onImported: () => void }) {
  const { preview, setPreview, notice, exportSetup, choose, apply } = useTeamSetup(onImported);
  return (
    <section class="po-section" aria-labelledby="po-setup-title" data-section="team-setup">
      <h2 id="po-setup-title">Team setup</h2>
      <p class="po-muted">
        One file with the admin domains, taught fields, remembered event tokens and link choices, so
        a whole team works the same way. The Affise API key is never in it.
      </p>
      <div class="po-row">
        <button type="button" class="po-button" data-action="export-setup" onClick={exportSetup}>
          Export setup
        </button>
        <label class="po-button">
          Import setup…
          <input
            type="file"
            accept="application/json,.json"
            data-action="import-setup"
            class="po-visually-hidden"
            onChange={(event) => void choose(event.currentTarget.files?.[0])}
          />
        </label>
      </div>
      {preview && (
        <div class="po-notice" data-import-preview>
          <p>Importing this file would:</p>
          <ChangeList preview={preview} />
          {preview.problems.map((problem) => (
            <p key={problem} class="po-notice po-notice-warn">
              {problem}
            </p>
          ))}
          <div class="po-row">
            <button type="button" class="po-button" data-action="confirm-import" onClick={apply}>
              Import
            </button>
            <button
              type="button"
              class="po-button po-button-quiet"
              onClick={() => setPreview(null)}
            >
              Cancel
            </button>
          </div>
        </div>
      )}
      {notice && (
        <p class={notice.ok ? 'po-notice po-notice-ok' : 'po-notice po-notice-error'} role="status">
          {notice.text}
        </p>
      )}
    </section>
  );
}
