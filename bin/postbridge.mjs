#!/usr/bin/env node
// The `postbridge` command: a thin Node shell around the engine's runCli, bundled to dist/cli.mjs.
// Its contract: exit 0, 1 or 2 only, one-line messages, never a stack trace.
import { existsSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';

function die(message) {
  process.stderr.write(`postbridge: ${String(message).replace(/\s+/g, ' ')}\n`);
  process.exit(2);
}
// Last resort: whatever escapes runCli (it should not) is one line and exit 2, not a trace.
process.on('uncaughtException', (error) => die(`internal error (${error?.message ?? error}).`));
process.on('unhandledRejection', (error) => die(`internal error (${error?.message ?? error}).`));

const bundle = fileURLToPath(new URL('../dist/cli.mjs', import.meta.url));
if (!existsSync(bundle)) {
  die(`${bundle} is missing. Run \`npm run build:cli\` in the Postbridge checkout first.`);
}

const { runCli, MAX_INPUT_CHARS } = await import(pathToFileURL(bundle).href);
// UTF-8 takes at most 4 bytes a character: reading one byte past this is already too much.
const maxBytes = MAX_INPUT_CHARS * 4 + 1;

/** Reads at most maxBytes, so a huge file or an endless pipe is refused instead of exhausting memory. */
async function readCapped(chunks) {
  const parts = [];
  let size = 0;
  for await (const chunk of chunks) {
    parts.push(chunk);
    size += chunk.length;
    if (size > maxBytes) break;
  }
  return Buffer.concat(parts).toString('utf8');
}

async function readFileCapped(file) {
  const handle = await open(file, 'r');
  try {
    return await readCapped(handle.createReadStream({ end: maxBytes }));
  } finally {
    await handle.close();
  }
}

const result = await runCli(process.argv.slice(2), {
  readText: (file) => (file === undefined ? readCapped(process.stdin) : readFileCapped(file)),
});
if (result.stdout) process.stdout.write(result.stdout);
if (result.stderr) process.stderr.write(result.stderr);
process.exitCode = result.code;
