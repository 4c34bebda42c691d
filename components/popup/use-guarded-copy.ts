import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { copyText } from './copy-text';
import type { TargetedFinding } from './model/finding-targets';

export interface CopyRequest {
  /** Which button asked (`link`, `all`, a callback parameter). */
  key: string;
  /** What it copies, in words: "final link". */
  what: string;
  text: string;
}

export interface GuardedCopy {
  /** The key of the button whose text is on the clipboard (for four seconds). */
  copied: string | null;
  copiedWhat: string | null;
  /** A copy waiting for "Copy anyway" while the link has errors. */
  pending: CopyRequest | null;
  failure: string | null;
  request: (request: CopyRequest) => void;
  copyAnyway: () => void;
  cancel: () => void;
}

/**
 * Copying with a guard: while the engine reports errors, the first copy shows them and waits for
 * "Copy anyway"; the same errors do not ask twice. `onAttempt` runs on every copy click (steps left
 * open become errors from then on).
 */
export function useGuardedCopy(
  errors: readonly TargetedFinding[],
  onAttempt: () => void,
): GuardedCopy {
  const [copied, setCopied] = useState<CopyRequest | null>(null);
  const [pending, setPending] = useState<CopyRequest | null>(null);
  const [acknowledged, setAcknowledged] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const signature = errors.map((e) => `${e.code}@${e.path}`).join('|');

  useEffect(() => () => clearTimeout(timer.current), []);
  // Fixing the last error closes the question.
  useEffect(() => {
    if (errors.length === 0) setPending(null);
  }, [errors.length]);

  const copy = useCallback(async (request: CopyRequest) => {
    setPending(null);
    try {
      await copyText(request.text);
      setFailure(null);
      setCopied(request);
      clearTimeout(timer.current);
      timer.current = setTimeout(() => setCopied(null), 4000);
    } catch {
      setFailure('The browser did not allow copying: select the link and press Ctrl+C (⌘C).');
    }
  }, []);

  const request = (next: CopyRequest) => {
    onAttempt();
    if (errors.length > 0 && acknowledged !== signature) setPending(next);
    else void copy(next);
  };
  const copyAnyway = () => {
    setAcknowledged(signature);
    if (pending) void copy(pending);
  };
  return {
    copied: copied?.key ?? null,
    copiedWhat: copied?.what ?? null,
    pending,
    failure,
    request,
    copyAnyway,
    cancel: () => setPending(null),
  };
}
