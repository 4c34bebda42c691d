import './team-setup.css';
import { useEffect, useState } from 'preact/hooks';
import { errorMessage } from '@/lib/core/error-message';
import type { TaughtList, TaughtRow } from '@/lib/messages/teach';
import { TEACH_MESSAGES } from '@/lib/messages/teach';
import { sendRequest } from '@/utils/send-request';

function when(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString();
}

function TaughtHost({
  host,
  rows,
  onRemove,
  onReteach,
}: {
  host: string;
  rows: TaughtRow[];
  onRemove: (host: string, row: TaughtRow) => void;
  onReteach: (host: string, row: TaughtRow) => void;
}) {
  return (
    <div data-taught-host={host}>
      <h3>{host}</h3>
      <ul class="po-list" aria-label={`Fields taught on ${host}`}>
        {rows.map((row) => (
          <li key={row.field} class="po-list-item" data-taught-field={row.field}>
            <span>{row.name}</span>
            <span class="po-muted">taught {when(row.taughtAt)}</span>
            {row.managed ? (
              <span class="po-badge po-badge-ok">Set by your company</span>
            ) : (
              <>
                <button type="button" class="po-button" onClick={() => onReteach(host, row)}>
                  Re-teach
                </button>
                <button
                  type="button"
                  class="po-button po-button-quiet"
                  onClick={() => onRemove(host, row)}
                >
                  Remove
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The taught list, reloaded when `version` changes, with Remove and Re-teach and their outcome. */
function useTaughtList(version: number) {
  const [list, setList] = useState<TaughtList | null>(null);
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null);
  useEffect(() => {
    void version;
    sendRequest(TEACH_MESSAGES, { type: 'listTaught' })
      .then(setList)
      .catch((error: unknown) => setNotice({ ok: false, text: errorMessage(error) }));
  }, [version]);

  const remove = async (host: string, row: TaughtRow) => {
    try {
      setList(await sendRequest(TEACH_MESSAGES, { type: 'forgetTaught', host, field: row.field }));
      setNotice({
        ok: true,
        text: `Removed “${row.name}” on ${host}: Postbridge uses its built-in labels there again.`,
      });
    } catch (error) {
      setNotice({ ok: false, text: errorMessage(error) });
    }
  };
  const reteach = async (host: string, row: TaughtRow) => {
    try {
      const outcome = await sendRequest(TEACH_MESSAGES, {
        type: 'reteach',
        host,
        field: row.field,
      });
      setNotice({ ok: outcome.ok, text: outcome.message });
    } catch (error) {
      setNotice({ ok: false, text: errorMessage(error) });
    }
  };

  return { list, notice, remove, reteach };
}

/**
 * "Taught fields": every field users showed Postbridge ("Show me where it is"), per site, with
 * Remove and Re-teach. Fields and admin domains set by the company (managed storage) are marked so
 * and cannot be changed here.
 */
export function TaughtFieldsSection({ version }: { version: number }) {
  const { list, notice, remove, reteach } = useTaughtList(version);
  return (
    <section class="po-section" aria-labelledby="po-taught-title" data-section="taught-fields">
      <h2 id="po-taught-title">Taught fields</h2>
      <p class="po-muted">
        Where you showed Postbridge a field with “Show me where it is”. On these sites Postbridge
        looks there before its built-in labels.
      </p>
      {list && list.hosts.length === 0 && (
        <p class="po-muted" data-testid="nothing-taught">
          Nothing taught yet.
        </p>
      )}
      {list?.hosts.map(({ host, rows }) => (
        <TaughtHost key={host} host={host} rows={rows} onRemove={remove} onReteach={reteach} />
      ))}
      {list && list.managedDomains.length > 0 && (
        <p data-managed-domains>
          Admin domains set by your company (not editable here): {list.managedDomains.join(', ')}.
        </p>
      )}
      {list?.problems.map((problem) => (
        <p key={problem} class="po-notice po-notice-warn">
          {problem}
        </p>
      ))}
      {notice && (
        <p class={notice.ok ? 'po-notice po-notice-ok' : 'po-notice po-notice-error'} role="status">
          {notice.text}
        </p>
      )}
    </section>
  );
}
