import { type CliResult, runJsonCommand } from '../cli/json-command';
import { runDryRun } from './run-dry-run';

/** `postbridge dry-run`: a scenario as JSON in, the run as JSON out (exit codes as `generate`). */
export function dryRunCommand(inputText: string, source = 'the input'): CliResult {
  return runJsonCommand('dry-run', inputText, source, runDryRun);
}
