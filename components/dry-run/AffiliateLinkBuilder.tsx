import { useMemo, useState } from 'preact/hooks';
import { LINK_PARAM_NAMES } from '@/lib/dry-run/scenario';
import {
  buildTrackingLink,
  TrackingLinkInputSchema,
  type TrackingLinkOptions,
} from '@/lib/dry-run/tracking-link';
import { copyText } from '../popup/copy-text';
import { CheckboxField, Group, TextField } from './fields';
import { RunFindings } from './RunFindings';
import { issueMap } from './scenario-issues';

const SUBS = ['sub1', 'sub2', 'sub3', 'sub4', 'sub5', 'sub6', 'sub7', 'sub8'] as const;

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
  const setIn = (field: 'subs' | 'params', name: string, value: string) => {
    const rest = Object.fromEntries(Object.entries(input[field]).filter(([key]) => key !== name));
    set({ [field]: value === '' ? rest : { ...rest, [name]: value } });
  };
  return (
    <Group legend="Affiliate link">
      <div class="pbd-row">
        <TextField
          label="Tracking domain"
          value={input.domain}
          error={issues.get('domain')}
          onChange={(domain) => set({ domain })}
        />
        <TextField
          label="Affiliate id (pid)"
          value={input.pid}
          error={issues.get('pid')}
          onChange={(pid) => set({ pid })}
        />
        <TextField
          label="Offer id"
          value={input.offerId}
          error={issues.get('offerId')}
          onChange={(offerId) => set({ offerId })}
        />
        <CheckboxField
          label="Use SSL"
          checked={input.useSsl}
          onChange={(useSsl) => set({ useSsl })}
        />
        <CheckboxField
          label="Use Shortlink"
          checked={input.shortlink}
          onChange={(shortlink) => set({ shortlink })}
        />
      </div>
      <div class="pbd-grid">
        {SUBS.map((sub) => (
          <TextField
            key={sub}
            label={sub}
            value={input.subs[sub] ?? ''}
            error={issues.get(`subs.${sub}`)}
            onChange={(v) => setIn('subs', sub, v)}
          />
        ))}
      </div>
      <details class="pbd-details">
        <summary>Other link parameters</summary>
        <div class="pbd-grid">
          {LINK_PARAM_NAMES.map((name) => (
            <TextField
              key={name}
              label={name}
              value={input.params[name] ?? ''}
              onChange={(v) => setIn('params', name, v)}
            />
          ))}
        </div>
      </details>
      {link ? (
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
            <button
              type="button"
              class="pb-button pb-primary"
              onClick={async () => {
                try {
                  await copyText(link.url);
                  setCopied('Tracking link copied.');
                } catch (error) {
                  setCopied(error instanceof Error ? error.message : String(error));
                }
              }}
            >
              Copy tracking link
            </button>
            <span class="pb-muted" role="status" aria-live="polite">
              {copied}
            </span>
          </div>
          <RunFindings findings={link.findings} compact />
        </>
      ) : (
        <p class="pbd-field-error">Fix the fields above to get the link.</p>
      )}
    </Group>
  );
}
