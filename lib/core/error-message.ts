/**
 * The message of anything thrown or rejected: an Error's message, or the value as text (a rejected
 * promise or a browser API may hand back a string or a plain object instead of an Error).
 */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
