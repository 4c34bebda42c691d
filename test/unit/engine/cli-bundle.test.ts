import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

/**
 * The CLI bundled as scripts/build-cli.mjs bundles it, run in its own Node process: zod keeps its
 * configuration on globalThis, so in this process the test setup's configuration would hide a CLI
 * that forgot its own and printed bare "Invalid input".
 */
describe('the bundled CLI', () => {
  it('prints zod issues in English, which zod/mini does only once configured', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'postbridge-cli-'));
    try {
      const outfile = join(dir, 'cli.mjs');
      await build({
        entryPoints: [fileURLToPath(new URL('../../../lib/cli/run-cli.ts', import.meta.url))],
        outfile,
        bundle: true,
        format: 'esm',
        platform: 'node',
        logLevel: 'silent',
      });
      const script = `const { runCli } = await import(${JSON.stringify(pathToFileURL(outfile).href)});
const out = await runCli(['dry-run'], { readText: async () => '[]' });
process.stdout.write(JSON.stringify(out));`;
      const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
        encoding: 'utf8',
      });
      expect(run.stderr).toBe('');
      const out = JSON.parse(run.stdout);
      expect(out.code).toBe(2);
      expect(out.stderr).toMatch(
        /dry-run scenario: Invalid input: expected object, received array/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
