import { useMemo, useState } from 'preact/hooks';
import { errorMessage } from '@/lib/core/error-message';
import { LINK_PARAM_NAMES } from '@/lib/dry-run/scenario';
import {
  buildTrackingLink,
  TrackingLinkInputSchema,
  type TrackingLinkOptions,
} from '@/lib/dry-run/tracking-link';
import { copyText } from '../popup/copy-text';
import { Group, TextField } from './fields';
import { RunFindings } from './RunFindings';
import { issueMap } from './scenario-issues';
import { TrackingLinkFields, withEntry } from './TrackingLinkFields';

type TrackingLink = ReturnType<typeof buildTrackingLink>;

/** Affise's "Get tracking link", offline: the link to send the affiliate, with copy. */
export function AffiliateLinkBuilder({ initial }: { initial: TrackingLinkOptions }) {
  const [input, setInput] = useState<TrackingLinkOptions>(initial);
  const [copied, setCopied] = useState('');
  const parsed = useMemo(() => TrackingLinkInputSchema.safeParse(input), [input]);
  const issues = issueMap(parsed.success ? null : parsed.error);
  const link = parsed.success ? buildTrackingLink(parsed.data, '') : null;
  const set = (patch: Partial<TrackingLinkOptions>) => {
    setCopied('');
    setInput({ ...input, ...patch });
  };
  return (
    <Group legend="Affiliate link">
      <TrackingLinkFields
        value={input}
        issues={issues}
        onChange={set}
        afterPid={
          <TextField
            label="Offer id"
            value={input.offerId}
            error={issues.get('offerId')}
            onChange={(offerId) => set({ offerId })}
          />
        }
      />
      <OtherLinkParams
        params={input.params}
        onChange={(name, v) => set({ params: withEntry(input.params, name, v) })}
      />
      {link ? (
        <BuiltLink link={link} copied={copied} onCopied={setCopied} />
      ) : (
        <p class="pbd-field-error">Fix the fields above to get the link.</p>
      )}
    </Group>
  );
}

/** The link parameters beyond pid, subs and offer, folded away: most links need none. */
function OtherLinkParams({
  params,
  onChange,
}: {
  params: TrackingLinkOptions['params'];
  onChange: (name: string, value: string) => void;
}) {
  return (
    <details class="pbd-details">
      <summary>Other link parameters</summary>
      <div class="pbd-grid">
        {LINK_PARAM_NAMES.map((name) => (
          <TextField
            key={name}
            label={name}
            value={params[name] ?? ''}
            onChange={(v) => onChange(name, v)}
          />
        ))}
      </div>
    </details>
  );
}

/** The built link, its copy button with the copy's outcome, and what the builder found. */
function BuiltLink({
  link,
  copied,
  onCopied,
}: {
  link: TrackingLink;
  /** The last copy's outcome, cleared on every edit. */
  copied: string;
  onCopied: (message: string) => void;
}) {
  const copy = async () => {
    try {
      await copyText(link.url);
      onCopied('Tracking link copied.');
    } catch (error) {
      onCopied(errorMessage(error));
    }
  };
  return (
    <>
      <div class="pbd-field">
        <label for="pbd-affiliate-link">
          Tracking link{link.shortlink ? ' (long form; the shortlink is opaque)' : ''}
        </label>
        <output id="pbd-affiliate-link" class="pbd-url" data-testid="affiliate-link">
          {link.url}
        </output>
      </div>
      <div class="pbd-row">
        <button type="button" class="pb-button pb-primary" onClick={copy}>
          Copy tracking link
        </button>
        <span class="pb-muted" role="status" aria-live="polite">
          {copied}
        </span>
      </div>
      <RunFindings findings={link.findings} compact />
    </>
  );
}
