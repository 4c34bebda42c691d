import type { GenerateResult } from '@/lib/link/schemas';
import { CopyButton } from './CopyButton';
import { copyAllText } from './copy-all-text';
import { FindingList } from './FindingList';
import type { TargetedFinding } from './model/finding-targets';
import type { MappedGoal } from './model/generate-input';
import type { QuickFix, QuickFixAction } from './quick-fixes';
import type { GuardedCopy } from './use-guarded-copy';

export interface MoreOutputProps {
  result: GenerateResult;
  goals: readonly MappedGoal[];
  offerTitle: string;
  /** Findings about the link as a whole (no field or goal of their own). */
  general: readonly TargetedFinding[];
  fixesFor: (finding: TargetedFinding) => QuickFix[];
  onFix: (action: QuickFixAction) => void;
  copy: GuardedCopy;
}

/** Below the first screen: findings about the whole link, each callback, and "Copy all". */
export function MoreOutput({ result, goals, offerTitle, general, copy, ...fix }: MoreOutputProps) {
  return (
    <section class="pb-section" aria-labelledby="pb-more-title" data-section="more">
      <h2 id="pb-more-title">Callbacks and mapping</h2>
      <FindingList findings={general} fixesFor={fix.fixesFor} onFix={fix.onFix} />
      {result.link !== null && <CallbackList callbacks={result.callbacks} copy={copy} />}
      {result.link !== null && <CallbackTestLinks test={result.callbackTest} copy={copy} />}
      <div class="pb-row">
        <CopyButton
          what="all"
          copied={copy.copied === 'all'}
          disabled={result.link === null}
          onCopy={() =>
            copy.request({
              key: 'all',
              what: 'link and mapping',
              text: copyAllText(result, goals, offerTitle),
            })
          }
        >
          Copy all
        </CopyButton>
        <span class="pb-muted pb-grow" id="pb-copy-all-what">
          Copies a text for a ticket or an e-mail: the offer, the final link, which goal reports the
          install or which event token, and each callback decoded.
        </span>
      </div>
    </section>
  );
}

function CallbackList({
  callbacks,
  copy,
}: {
  callbacks: GenerateResult['callbacks'];
  copy: GuardedCopy;
}) {
  if (callbacks.length === 0) return null;
  return (
    <details class="pb-details" data-callbacks>
      <summary>
        {callbacks.length === 1 ? '1 callback' : `${callbacks.length} callbacks`}, decoded as Adjust
        will call them
      </summary>
      {callbacks.map((callback) => {
        const title =
          callback.activity === 'install'
            ? `Install callback (${callback.param}, goal ${callback.goal})`
            : `Event callback ${callback.param} (goal ${callback.goal})`;
        return (
          <div class="pb-output" data-output={callback.param} key={callback.param}>
            <div class="pb-output-head">
              <span class="pb-label pb-grow">{title}</span>
              <CopyButton
                what={title}
                copied={copy.copied === callback.param}
                onCopy={() =>
                  copy.request({ key: callback.param, what: callback.param, text: callback.url })
                }
              />
            </div>
            <code class="pb-code" data-output-text>
              {callback.url}
            </code>
          </div>
        );
      })}
    </details>
  );
}

/** Adjust's cbtest links: fire Adjust's simulated callback for each built one. */
function CallbackTestLinks({
  test,
  copy,
}: {
  test: GenerateResult['callbackTest'];
  copy: GuardedCopy;
}) {
  if (!test || test.links.length === 0) return null;
  return (
    <details class="pb-details" data-callback-test>
      <summary>Test the callbacks with Adjust's cbtest link</summary>
      <p class="pb-muted">{test.note}</p>
      {test.links.map((link) => {
        const key = `cbtest-${link.param}`;
        const title = `Test link for ${link.param} (goal ${link.goal})`;
        return (
          <div class="pb-output" data-output={key} key={key}>
            <div class="pb-output-head">
              <span class="pb-label pb-grow">{title}</span>
              <CopyButton
                what={title}
                copied={copy.copied === key}
                onCopy={() => copy.request({ key, what: 'test link', text: link.url })}
              />
            </div>
            <code class="pb-code" data-output-text>
              {link.url}
            </code>
          </div>
        );
      })}
    </details>
  );
}
