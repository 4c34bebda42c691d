import { useEffect, useRef, useState } from 'preact/hooks';
import { CopyButton } from './CopyButton';
import type { TargetedFinding } from './model/finding-targets';
import type { GuardedCopy } from './use-guarded-copy';

/** Scrolls to a finding shown next to its field and focuses it so it is read out. */
function showFinding(id: string) {
  const element = document.getElementById(id);
  element?.closest('details')?.setAttribute('open', '');
  element?.scrollIntoView({ block: 'center' });
  element?.focus();
}

/** "There are 2 errors — copy anyway?" with each error and a way to go to it. */
export function CopyGate({
  copy,
  errors,
  plain,
}: {
  copy: GuardedCopy;
  errors: readonly TargetedFinding[];
  plain: (finding: TargetedFinding) => string;
}) {
  const gate = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (copy.pending) gate.current?.focus();
  }, [copy.pending]);
  if (!copy.pending) return null;
  return (
    <div
      class="pb-notice pb-error"
      ref={gate}
      tabIndex={-1}
      role="alertdialog"
      aria-labelledby="pb-gate-title"
      aria-describedby="pb-gate-text"
      data-copy-gate
    >
      <h3 id="pb-gate-title">
        {errors.length === 1 ? 'There is 1 error' : `There are ${errors.length} errors`} — copy
        anyway?
      </h3>
      <p id="pb-gate-text">The link would not work as intended until these are fixed:</p>
      <ul>
        {errors.map((error) => (
          <li key={error.id}>
            {error.target.kind === 'goal' ? `Goal ${error.target.goal}: ` : ''}
            {plain(error)}{' '}
            <button type="button" class="pb-button pb-link" onClick={() => showFinding(error.id)}>
              Show
            </button>
          </li>
        ))}
      </ul>
      <div class="pb-row">
        <button type="button" class="pb-button" data-copy-anyway onClick={copy.copyAnyway}>
          Copy anyway
        </button>
        <button type="button" class="pb-button" onClick={copy.cancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}

export interface FinalLinkProps {
  link: string | null;
  copy: GuardedCopy;
}

/** The final Adjust link and its Copy button: the one thing most visits come for. */
export function FinalLink({ link, copy }: FinalLinkProps) {
  const [whole, setWhole] = useState(false);
  return (
    <section class="pb-section pb-final" aria-labelledby="pb-final-title" data-section="output">
      <div class="pb-output" data-output="link">
        <div class="pb-output-head">
          <h2 id="pb-final-title" class="pb-grow">
            Final Adjust link
          </h2>
          {link !== null && link.length > 300 && (
            <button
              type="button"
              class="pb-button pb-link pb-small"
              aria-expanded={whole}
              onClick={() => setWhole(!whole)}
            >
              {whole ? 'Show less' : 'Show whole link'}
            </button>
          )}
          <CopyButton
            what="final link"
            primary
            copied={copy.copied === 'link'}
            disabled={link === null}
            onCopy={() => copy.request({ key: 'link', what: 'final link', text: link ?? '' })}
          />
        </div>
        {link === null ? (
          <p class="pb-muted" data-no-link>
            No link yet: the Adjust link and the postback above must both be usable.
          </p>
        ) : (
          <code class="pb-code" id="pb-out-link" data-output-text>
            <span class={whole ? undefined : 'pb-clamp'}>{link}</span>
          </code>
        )}
      </div>
      <p role="status" class="pb-copied" aria-live="polite">
        {copy.copiedWhat ? `Copied ${copy.copiedWhat} to the clipboard.` : ''}
      </p>
      {copy.failure && (
        <p class="pb-notice pb-error" role="alert">
          {copy.failure}
        </p>
      )}
    </section>
  );
}
