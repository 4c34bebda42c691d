import { type LinkKind, LinkKindSchema } from '@/lib/link/schemas';
import { FindingList } from './FindingList';
import type { TargetedFinding } from './model/finding-targets';
import type { QuickFix, QuickFixAction } from './quick-fixes';

const DETECTED_LABEL = {
  standard: 'standard (install_callback, event_callback_…)',
  branded: 'branded (adj_install_callback, adj_event_callback_…)',
  unknown: 'not detected yet: paste an Adjust link',
} as const;

export interface LinkKindFieldProps {
  value: LinkKind;
  detected: 'standard' | 'branded' | 'unknown';
  onChange: (kind: LinkKind) => void;
  findings: readonly TargetedFinding[];
  fixesFor: (finding: TargetedFinding) => QuickFix[];
  onFix: (action: QuickFixAction) => void;
}

/** Standard or branded: decides whether callback parameters carry the adj_ prefix. */
export function LinkKindField({
  value,
  detected,
  onChange,
  findings,
  fixesFor,
  onFix,
}: LinkKindFieldProps) {
  return (
    <div class="pb-field" data-field="linkKind">
      <div class="pb-row">
        <label class="pb-label" for="pb-link-kind">
          Link kind
        </label>
        <select
          id="pb-link-kind"
          class="pb-select"
          value={value}
          aria-describedby="pb-link-kind-detected"
          onChange={(event) => {
            const kind = LinkKindSchema.safeParse((event.currentTarget as HTMLSelectElement).value);
            if (kind.success) onChange(kind.data);
          }}
        >
          <option value="auto">Detect from the link</option>
          <option value="standard">Standard</option>
          <option value="branded">Branded (adj_ prefix)</option>
        </select>
        <span class="pb-muted" id="pb-link-kind-detected" data-detected-kind={detected}>
          Detected: {DETECTED_LABEL[detected]}
        </span>
      </div>
      <FindingList findings={findings} fixesFor={fixesFor} onFix={onFix} />
    </div>
  );
}
