import { configureZod } from '../core/configure-zod';
import { errorMessage } from '../core/error-message';
import { type Finding, hasErrors } from '../core/findings';
import { runDryRun } from '../dry-run/run-dry-run';
import { buildLink } from '../link/build-link';
import { inspectLink } from '../link/inspect-link';
import { LinkKindSchema, MAX_LINK_CHARS } from '../link/schemas';
import { type CliResult, internalFailure, runJsonCommand } from './json-command';

export type { CliResult } from './json-command';
export { MAX_INPUT_CHARS } from './json-command';

// zod/mini has no messages of its own; the CLI prints them (lib/core/configure-zod.ts).
configureZod();

/** Commands that read one JSON document (stdin or --input FILE) and print one. */
const JSON_COMMANDS = new Map<string, (value: unknown) => { findings: readonly Finding[] }>([
  ['generate', buildLink],
  ['dry-run', runDryRun],
]);

/**
 * The `postbridge` command, free of Node APIs: arguments and input come in, text and an exit code
 * go out, so the same code is tested in-process and run by bin/postbridge.mjs.
 * Exit codes: 0 no error findings, 1 error findings, 2 unusable input or usage.
 */
export interface CliIo {
  /** Reads a file, or standard input when no file is given. */
  readText(file?: string): Promise<string>;
}

export const USAGE = `Usage:
  postbridge generate [--input FILE]        build the Adjust link from JSON (stdin by default)
  postbridge inspect <adjust link> [--link-kind auto|standard|branded]
                   [--admin-hosts admin.mynetwork.com,…]
                                            decode a link's callbacks and check them
  postbridge dry-run [--input FILE]         emulate click → Adjust → Affise → affiliates, offline
  postbridge --help

generate input:
  {"adjustLink": "https://app.adjust.com/abc123?campaign={offer_id}",
   "postbackUrl": "https://offers-network.affise.com/postback?clickid={clickid}",
   "install": {"goal": "1"} | null, "events": [{"goal": "2", "token": "r8oaj2"}],
   "linkKind": "auto" | "standard" | "branded", "mergeSharedTokens": false,
   "sharedMacros": {"city": "affise"}, "adminHosts": ["admin.mynetwork.com"]}

Exit codes: 0 no error findings, 1 error findings, 2 unusable input.`;

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
const usageError = (message: string): CliResult => ({
  stdout: '',
  stderr: `postbridge: ${message}\n\n${USAGE}\n`,
  code: 2,
});

function takeOption(
  args: string[],
  name: string,
): { value: string | undefined; rest: string[]; error?: string } {
  const index = args.indexOf(name);
  if (index === -1) return { value: undefined, rest: args };
  const value = args[index + 1];
  if (value === undefined || value.startsWith('--'))
    return { value: undefined, rest: args, error: `${name} needs a value` };
  return { value, rest: [...args.slice(0, index), ...args.slice(index + 2)] };
}

function inspect(args: string[]): CliResult {
  const kind = takeOption(args, '--link-kind');
  if (kind.error) return usageError(kind.error);
  const linkKind = LinkKindSchema.safeParse(kind.value ?? 'auto');
  if (!linkKind.success)
    return usageError(`--link-kind must be auto, standard or branded, not "${kind.value}"`);
  const hosts = takeOption(kind.rest, '--admin-hosts');
  if (hosts.error) return usageError(hosts.error);
  const adminHosts = (hosts.value ?? '').split(',').filter((h) => h.trim() !== '');
  const [link, ...extra] = hosts.rest;
  if (link === undefined)
    return usageError('inspect needs the Adjust link as its argument (quote it: links contain &)');
  if (extra.length > 0)
    return usageError(`unexpected argument "${extra[0]}"; quote the link, it contains &`);
  if (link.length > MAX_LINK_CHARS) {
    return {
      stdout: '',
      stderr: `postbridge inspect: the link is ${link.length.toLocaleString('en')} characters long; an Adjust link is at most ${MAX_LINK_CHARS.toLocaleString('en')}. Check that you pasted one link.\n`,
      code: 2,
    };
  }
  const result = inspectLink(link, { linkKind: linkKind.data, adminHosts });
  return { stdout: json(result), stderr: '', code: hasErrors(result.findings) ? 1 : 0 };
}

/**
 * Never throws: a failure that is Postbridge's own fault is exit 2 with one line, so scripts see
 * only 0, 1 or 2 and never a stack trace.
 */
export async function runCli(args: readonly string[], io: CliIo): Promise<CliResult> {
  try {
    return await runCommand(args, io);
  } catch (error) {
    return { stdout: '', stderr: `postbridge: ${internalFailure(error)}\n`, code: 2 };
  }
}

async function runCommand(args: readonly string[], io: CliIo): Promise<CliResult> {
  const [command, ...rest] = args;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    return { stdout: `${USAGE}\n`, stderr: '', code: command === undefined ? 2 : 0 };
  }
  if (command === 'inspect') return inspect(rest);
  const run = JSON_COMMANDS.get(command);
  if (!run) return usageError(`unknown command "${command}"`);
  const input = takeOption(rest, '--input');
  if (input.error) return usageError(input.error);
  if (input.rest.length > 0) return usageError(`unexpected argument "${input.rest[0]}"`);
  let text: string;
  try {
    text = await io.readText(input.value);
  } catch (error) {
    return {
      stdout: '',
      stderr: `postbridge ${command}: cannot read ${input.value ?? 'standard input'}: ${errorMessage(error)}\n`,
      code: 2,
    };
  }
  const source = input.value ?? 'standard input';
  return runJsonCommand(command, text, source, run);
}
