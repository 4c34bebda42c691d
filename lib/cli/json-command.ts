import { type Finding, hasErrors } from '../findings';
import { InputError } from '../input-error';

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
    if (!(error instanceof InputError)) throw error;
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
