import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('../..', import.meta.url));

// The Firefox suite: each file launches one headless Firefox ESR with the built .output/firefox-mv3
// installed as a temporary add-on. One file at a time: the machine has 2 cores.
export default defineConfig({
  root,
  resolve: { alias: { '@/': root } },
  test: {
    name: 'firefox',
    include: ['test/firefox/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    setupFiles: ['test/configure-zod.setup.ts'],
    globalSetup: ['test/firefox/global-setup.ts'],
  },
});
