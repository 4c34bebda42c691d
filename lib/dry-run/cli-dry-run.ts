import { hasErrors } from '../findings';
import { InputError } from '../input-error';
import { runDryRun } from './run-dry-run';

export interface DryRunCliResult {
  stdout: string;
  stderr: string;
  code: number;
}

/**
 * `postbridge dry-run`: a scenario as JSON in, the run as JSON out. Exit 0 without error
 * findings, 1 with any, 2 when the input is no JSON or does not match the scenario schema (stderr
 * names the field).
 */
export function dryRunCommand(inputText: string): DryRunCliResult {
  if (inputText.trim() === '') {
    return {
      stdout: '',
      stderr: 'postbridge dry-run: the input is empty: expected a scenario JSON object.\n',
      code: 2,
    };
  }
  let value: unknown;
  try {
    value = JSON.parse(inputText);
  } catch (error) {
    return {
      stdout: '',
      stderr: `postbridge dry-run: the input is not valid JSON: ${(error as Error).message}\n`,
      code: 2,
    };
  }
  try {
    const run = runDryRun(value);
    return {
      stdout: `${JSON.stringify(run, null, 2)}\n`,
      stderr: '',
      code: hasErrors(run.findings) ? 1 : 0,
    };
  } catch (error) {
    if (error instanceof InputError) {
      const more =
        error.issues.length > 1
          ? ` (and ${error.issues.length - 1} more: ${error.issues
              .slice(1, 4)
              .map((i) => i.path || '(top level)')
              .join(', ')})`
          : '';
      return { stdout: '', stderr: `postbridge dry-run: ${error.message}${more}\n`, code: 2 };
    }
    throw error;
  }
}
