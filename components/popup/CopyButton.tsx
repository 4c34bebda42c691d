import type { ComponentChildren } from 'preact';

export interface CopyButtonProps {
  /** What is copied, for people using a screen reader ("Copy final link"). */
  what: string;
  copied: boolean;
  disabled?: boolean;
  primary?: boolean;
  onCopy: () => void;
  children?: ComponentChildren;
}

/** A copy button that says "Copied" once the text is on the clipboard. */
export function CopyButton({ what, copied, disabled, primary, onCopy, children }: CopyButtonProps) {
  return (
    <button
      type="button"
      class={`pb-button${primary ? ' pb-primary' : ''}`}
      disabled={disabled}
      data-copy={what}
      onClick={onCopy}
    >
      {copied ? (
        <span class="pb-copied-label">Copied ✓</span>
      ) : (
        (children ?? (
          <>
            Copy<span class="pb-visually-hidden"> {what}</span>
          </>
        ))
      )}
    </button>
  );
}
