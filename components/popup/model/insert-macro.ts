/** Where the caret (or selection) was in a text field. */
export interface Caret {
  start: number;
  end: number;
}

/**
 * `macro` typed over the selection `at` of `value` (at the end when the field was never focused),
 * and where the caret goes afterwards, so the next macro follows this one.
 */
export function insertMacro(
  value: string,
  at: Caret | null,
  macro: string,
): { value: string; caret: Caret } {
  const from = at ?? { start: value.length, end: value.length };
  const start = Math.min(Math.max(from.start, 0), value.length);
  const end = Math.min(Math.max(from.end, start), value.length);
  const after = start + macro.length;
  return {
    value: value.slice(0, start) + macro + value.slice(end),
    caret: { start: after, end: after },
  };
}
