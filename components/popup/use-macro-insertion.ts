import { useCallback, useEffect, useRef } from 'preact/hooks';
import { type Caret, insertMacro } from './model/insert-macro';

/**
 * The macro palette types into the postback where the user's caret was, and keeps the caret after
 * the inserted macro so the next one follows it.
 */
export function useMacroInsertion(value: string, onChange: (value: string) => void) {
  const fieldRef = useRef<HTMLTextAreaElement>(null);
  const caret = useRef<Caret | null>(null);

  const onCaret = useCallback((start: number, end: number) => {
    caret.current = { start, end };
  }, []);

  const insert = useCallback(
    (macro: string) => {
      const next = insertMacro(value, caret.current, macro);
      caret.current = next.caret;
      onChange(next.value);
    },
    [value, onChange],
  );

  // After the new value is rendered, the caret goes back where the insertion ended.
  useEffect(() => {
    const area = fieldRef.current;
    const at = caret.current;
    if (area && at && document.activeElement === area) area.setSelectionRange(at.start, at.end);
  }, [value]);

  return { fieldRef, onCaret, insert };
}
