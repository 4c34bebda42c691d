import { useState } from 'preact/hooks';
import { errorMessage } from '@/lib/core/error-message';
import { formatDryRunMarkdown } from '@/lib/dry-run/format-dry-run-markdown';
import type { StoredDryRun } from '@/lib/messages/dry-run';
import { copyText } from '../popup/copy-text';
import { downloadText } from './download-text';

type Format = 'json' | 'markdown';

function exportText(stored: StoredDryRun, format: Format): string {
  return format === 'json'
    ? `${JSON.stringify({ scenario: stored.scenario, run: stored.run }, null, 2)}\n`
    : formatDryRunMarkdown(stored.run, `Postbridge dry-run: ${stored.label}`);
}

/** Export the run shown: copy or download, as JSON (scenario and run) or as Markdown. */
export function ExportBar({ stored }: { stored: StoredDryRun }) {
  const [status, setStatus] = useState<string>('');
  const base = `postbridge-dry-run-offer-${stored.scenario.offer.id}-${stored.createdAt.slice(0, 19).replace(/[:T]/g, '-')}`;
  const copy = async (format: Format) => {
    try {
      await copyText(exportText(stored, format));
      setStatus(format === 'json' ? 'JSON copied.' : 'Markdown copied.');
    } catch (error) {
      setStatus(errorMessage(error));
    }
  };
  const download = (format: Format) => {
    downloadText(
      exportText(stored, format),
      `${base}.${format === 'json' ? 'json' : 'md'}`,
      format === 'json' ? 'application/json' : 'text/markdown',
    );
    setStatus(`Saved ${base}.${format === 'json' ? 'json' : 'md'}.`);
  };
  return (
    <fieldset class="pbd-row pbd-export">
      <legend class="pb-visually-hidden">Export the run</legend>
      <button type="button" class="pb-button" onClick={() => copy('json')}>
        Copy JSON
      </button>
      <button type="button" class="pb-button" onClick={() => copy('markdown')}>
        Copy Markdown
      </button>
      <button type="button" class="pb-button" onClick={() => download('json')}>
        Download JSON
      </button>
      <button type="button" class="pb-button" onClick={() => download('markdown')}>
        Download Markdown
      </button>
      <span class="pb-muted" role="status" aria-live="polite">
        {status}
      </span>
    </fieldset>
  );
}
