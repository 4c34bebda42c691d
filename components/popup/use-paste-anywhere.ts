import type { RefObject } from 'preact';
import { useEffect } from 'preact/hooks';

/** Where a paste already has a home: the user is typing into a field. */
function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement) return true;
  if (!(target instanceof HTMLInputElement)) return false;
  return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(
    target.type,
  );
}

/**
 * Calls `onText` with what the user pastes (Ctrl+V / ⌘V) while focus is on no text field and
 * `owner` is on screen (a hidden tab panel takes no paste). A paste event carries its text with
 * it, so this needs no clipboard permission; pastes into fields are left alone.
 */
export function usePasteAnywhere(
  onText: (text: string) => void,
  owner: RefObject<HTMLElement | null>,
): void {
  useEffect(() => {
    const onPaste = (event: ClipboardEvent) => {
      if (isTextField(document.activeElement) || isTextField(event.target)) return;
      if (!owner.current || owner.current.getClientRects().length === 0) return;
      const text = event.clipboardData?.getData('text/plain') ?? '';
      if (text.trim() === '') return;
      event.preventDefault();
      onText(text);
    };
    document.addEventListener('paste', onPaste);
    return () => document.removeEventListener('paste', onPaste);
  }, [onText, owner]);
}
