#!/usr/bin/env node
// The `postbridge` command: a thin Node shell around the engine's runCli, bundled to dist/cli.mjs.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';

const bundle = fileURLToPath(new URL('../dist/cli.mjs', import.meta.url));
if (!existsSync(bundle)) {
  process.stderr.write(
    `postbridge: ${bundle} is missing. Run \`npm run build:cli\` in the Postbridge checkout first.\n`,
  );
  process.exit(1);
}

async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

const { runCli } = await import(pathToFileURL(bundle).href);
const result = await runCli(process.argv.slice(2), {
  readText: (file) => (file === undefined ? readStdin() : readFile(file, 'utf8')),
});
if (result.stdout) process.stdout.write(result.stdout);
if (result.stderr) process.stderr.write(result.stderr);
process.exitCode = result.code;
