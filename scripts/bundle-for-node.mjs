// The one way the project's scripts bundle TypeScript to run under Node (the CLI, the fuzz run,
// the benchmarks): one ESM file for the Node version package.json's engines names.
import { build } from 'esbuild';

/**
 * Bundles `entry` into `outfile`. `options` adds to or overrides esbuild's settings (what stays
 * external, JSX, `define`).
 * @param {string} entry
 * @param {string} outfile
 * @param {import('esbuild').BuildOptions} [options]
 */
export function bundleForNode(entry, outfile, options = {}) {
  return build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
    ...options,
  });
}
