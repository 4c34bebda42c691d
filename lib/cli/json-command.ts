import { type Finding, hasErrors } from '../core/findings';
import { InputError } from '../core/input-error';

/** The largest JSON document a command reads (2 MB): past it, work and output are refused, not grown. */
export const MAX_INPUT_CHARS = 2_000_000;

/**
 * One line for a failure that is Postbridge's fault, not the input's: never a stack trace (the
 * contract is exit 2 with one line), but enough to report it.
 */
export function internalFailure(error: unknown): string {
  const reason = (error instanceof Error ? `${error.name}: ${error.message}` : String(error))
    .replace(/\s+/g, ' ')
    .slice(0, 300);
  return `internal error (${reason}). This is a Postbridge bug: please report it with the input that caused it.`;
}

export interface CliResult {
  stdout: string;
  stderr: string;
  code: number;
}

/**
 * Runs a command that reads one JSON document and prints one. Exit 0 without error findings, 1
 * with any, 2 when the text is no JSON or does not match the command's schema; stderr then names
 * the field (and how many more are wrong).
 */
export function runJsonCommand(
  name: string,
  text: string,
  source: string,
  run: (value: unknown) => { findings: readonly Finding[] },
): CliResult {
  const fail = (message: string): CliResult => ({
    stdout: '',
    stderr: `postbridge ${name}: ${message}\n`,
    code: 2,
  });
  if (text.length > MAX_INPUT_CHARS) {
    return fail(
      `${source} holds ${text.length.toLocaleString('en')} characters; the limit is ${MAX_INPUT_CHARS.toLocaleString('en')}. Split the input into smaller documents.`,
    );
  }
  if (text.trim() === '') return fail(`${source} is empty: expected a JSON object.`);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return fail(`${source} is not valid JSON: ${(error as Error).message}`);
  }
  try {
    const result = run(value);
    return {
      stdout: `${JSON.stringify(result, null, 2)}\n`,
      stderr: '',
      code: hasErrors(result.findings) ? 1 : 0,
    };
  } catch (error) {
    if (!(error instanceof InputError)) return fail(internalFailure(error));
    const others = error.issues.slice(1);
    const more =
      others.length > 0
        ? ` (and ${others.length} more: ${others
            .slice(0, 3)
            .map((i) => i.path || '(top level)')
            .join(', ')})`
        : '';
    return fail(`${error.message}${more}`);
  }
}
