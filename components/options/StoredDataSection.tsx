import { useEffect, useState } from 'preact/hooks';
import { errorMessage } from '@/lib/core/error-message';
import { clearSetAside, listSetAside, type SetAsideRecord } from '@/utils/set-aside';
import { type StorageNotice, storageNotices } from '@/utils/storage-notices';

/** Saves `text` as a file through a temporary link: the options page needs no downloads permission. */
function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function RemovedList({ notices }: { notices: StorageNotice[] }) {
  if (notices.length === 0) return null;
  return (
    <ul class="po-list" aria-label="What Postbridge could not keep">
      {notices.map((notice) => (
        <li key={`${notice.at}-${notice.message}`} class="po-list-item">
          {notice.message}
        </li>
      ))}
    </ul>
  );
}

function SetAsideRecords({ records, onClear }: { records: SetAsideRecord[]; onClear: () => void }) {
  if (records.length === 0) return null;
  return (
    <>
      <p class="po-muted">
        {records.length === 1 ? 'One stored entry' : `${records.length} stored entries`} could not
        be read and {records.length === 1 ? 'was' : 'were'} set aside, unchanged. Export them to
        keep a copy, then clear them.
      </p>
      <ul class="po-list" aria-label="Set-aside entries">
        {records.map((record) => (
          <li key={`${record.at}-${record.item}-${record.path.join('/')}`} class="po-list-item">
            <span class="po-domain">{record.path.join(' → ') || record.item}</span>
            <details>
              <summary>Details</summary>
              <code>{record.item}</code>: {record.reason}
            </details>
          </li>
        ))}
      </ul>
      <div class="po-row">
        <button
          type="button"
          class="po-button"
          onClick={() =>
            download('postbridge-set-aside.json', `${JSON.stringify(records, null, 2)}\n`)
          }
        >
          Export set-aside data
        </button>
        <button type="button" class="po-button po-button-quiet" onClick={onClear}>
          Clear set-aside data
        </button>
      </div>
    </>
  );
}

/**
 * What Postbridge could not keep (issue 10 §4, §5): stored entries that failed their checks, kept
 * here as they were so they can be exported, and what was removed to stay within the quota.
 */
export function StoredDataSection() {
  const [records, setRecords] = useState<SetAsideRecord[]>([]);
  const [notices, setNotices] = useState<StorageNotice[]>([]);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    Promise.all([listSetAside(), storageNotices.getValue()])
      .then(([aside, told]) => {
        setRecords(aside);
        setNotices(told);
      })
      .catch((error: unknown) => setProblem(errorMessage(error)));
  }, []);

  if (records.length === 0 && notices.length === 0 && problem === null) return null;
  return (
    <section class="po-section" aria-labelledby="po-stored-title" data-testid="stored-data">
      <h2 id="po-stored-title">Set-aside data</h2>
      <RemovedList notices={notices} />
      <SetAsideRecords
        records={records}
        onClear={() => {
          clearSetAside()
            .then(() => setRecords([]))
            .catch((error: unknown) => setProblem(errorMessage(error)));
        }}
      />
      {problem && (
        <p class="po-notice po-notice-error" role="alert">
          {problem}
        </p>
      )}
    </section>
  );
}
