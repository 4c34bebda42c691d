import { useEffect, useRef, useState } from 'preact/hooks';
import type { GenerateResult } from '@/lib/schemas';
import { CopyButton } from './CopyButton';
import { copyAllText } from './copy-all-text';
import { copyText } from './copy-text';
import { FindingList } from './FindingList';
import type { TargetedFinding } from './model/finding-targets';
import type { MappedGoal } from './model/generate-input';
import type { QuickFix, QuickFixAction } from './quick-fixes';

export interface OutputSectionProps {
  result: GenerateResult;
  goals: readonly MappedGoal[];
  offerTitle: string;
  /** Every finding, for the error summary; `general` ones are also listed here in full. */
  findings: readonly TargetedFinding[];
  fixesFor: (finding: TargetedFinding) => QuickFix[];
  onFix: (action: QuickFixAction) => void;
}

interface CopyRequest {
  key: string;
  what: string;
  text: string;
}

/** Scrolls to a finding shown next to its field and focuses it so it is read out. */
function showFinding(id: string) {
  const element = document.getElementById(id);
  element?.scrollIntoView({ block: 'center' });
  element?.focus();
}

/**
 * The callbacks and the final link, each with a copy button. While the engine reports errors, the
 * first copy shows them and asks for confirmation; the user can still copy deliberately.
 */
export function OutputSection({
  result,
  goals,
  offerTitle,
  findings,
  fixesFor,
  onFix,
}: OutputSectionProps) {
  const [copied, setCopied] = useState<string | null>(null);
  const [pending, setPending] = useState<CopyRequest | null>(null);
  const [acknowledged, setAcknowledged] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const gateRef = useRef<HTMLDivElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const errors = findings.filter((f) => f.severity === 'error');
  const signature = errors.map((e) => `${e.code}@${e.path}`).join('|');
  const general = findings.filter((f) => f.target.kind === 'general');

  useEffect(() => () => clearTimeout(timer.current), []);
  useEffect(() => {
    if (pending) gateRef.current?.focus();
  }, [pending]);
  // A changed set of errors has not been seen yet; a fixed one closes the question.
  useEffect(() => {
    if (errors.length === 0) setPending(null);
  }, [errors.length]);

  const copy = async (request: CopyRequest) => {
    setPending(null);
    try {
      await copyText(request.text);
      setFailure(null);
      setCopied(request.key);
      clearTimeout(timer.current);
      timer.current = setTimeout(() => setCopied(null), 4000);
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    }
  };
  const requestCopy = (request: CopyRequest) => {
    if (errors.length > 0 && acknowledged !== signature) {
      setPending(request);
      return;
    }
    void copy(request);
  };
  const copiedRequest = (key: string) => copied === key;

  const install = result.callbacks.filter((c) => c.activity === 'install');
  const events = result.callbacks.filter((c) => c.activity === 'event');
  const lastCopiedWhat =
    copied === null
      ? null
      : copied === 'all'
        ? 'link and mapping'
        : copied === 'link'
          ? 'final link'
          : copied;

  return (
    <section class="pb-section" aria-labelledby="pb-output-title" data-section="output">
      <h2>
        <span id="pb-output-title" class="pb-grow">
          Result
        </span>
        <CopyButton
          what="all"
          primary
          copied={copiedRequest('all')}
          disabled={result.link === null}
          onCopy={() =>
            requestCopy({
              key: 'all',
              what: 'link and mapping',
              text: copyAllText(result, goals, offerTitle),
            })
          }
        >
          Copy all
        </CopyButton>
      </h2>
      <p role="status" class="pb-copied" aria-live="polite">
        {lastCopiedWhat ? `Copied ${lastCopiedWhat} to the clipboard.` : ''}
      </p>
      {failure && (
        <p class="pb-notice pb-error" role="alert">
          {failure}
        </p>
      )}

      {pending && (
        <div
          class="pb-notice pb-error"
          ref={gateRef}
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
                {error.message}{' '}
                <button
                  type="button"
                  class="pb-button pb-link"
                  onClick={() => showFinding(error.id)}
                >
                  Show
                </button>
              </li>
            ))}
          </ul>
          <div class="pb-row">
            <button
              type="button"
              class="pb-button"
              data-copy-anyway
              onClick={() => {
                setAcknowledged(signature);
                void copy(pending);
              }}
            >
              Copy anyway
            </button>
            <button type="button" class="pb-button" onClick={() => setPending(null)}>
              Cancel
            </button>
          </div>
        </div>
      )}

      <FindingList findings={general} fixesFor={fixesFor} onFix={onFix} />

      {result.link === null ? (
        <p class="pb-notice pb-warning" data-no-link>
          No link yet: the Adjust link and the postback must both be usable. The errors next to them
          say what to fix.
        </p>
      ) : (
        <>
          {install.map((callback) => (
            <Output
              key={callback.param}
              title={`Install callback (${callback.param}, goal ${callback.goal})`}
              text={callback.url}
              copyKey={callback.param}
              copied={copiedRequest(callback.param)}
              onCopy={() =>
                requestCopy({ key: callback.param, what: callback.param, text: callback.url })
              }
            />
          ))}
          {events.map((callback) => (
            <Output
              key={callback.param}
              title={`Event callback ${callback.param} (goal ${callback.goal})`}
              text={callback.url}
              copyKey={callback.param}
              copied={copiedRequest(callback.param)}
              onCopy={() =>
                requestCopy({ key: callback.param, what: callback.param, text: callback.url })
              }
            />
          ))}
          <Output
            title="Final Adjust link"
            text={result.link}
            copyKey="link"
            copied={copiedRequest('link')}
            onCopy={() => requestCopy({ key: 'link', what: 'final link', text: result.link ?? '' })}
          />
        </>
      )}
    </section>
  );
}

interface OutputProps {
  title: string;
  text: string;
  copyKey: string;
  copied: boolean;
  onCopy: () => void;
}

function Output({ title, text, copyKey, copied, onCopy }: OutputProps) {
  const id = `pb-out-${copyKey}`;
  return (
    <div class="pb-output" data-output={copyKey}>
      <div class="pb-output-head">
        <span class="pb-label pb-grow" id={`${id}-title`}>
          {title}
        </span>
        <CopyButton what={title} copied={copied} onCopy={onCopy} />
      </div>
      <code class="pb-code" id={id} data-output-text>
        {text}
      </code>
    </div>
  );
}
