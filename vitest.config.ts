import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// The same `@/` alias WXT gives the extension code, so tests can import either way.
const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  test: {
    projects: [
      {
        // The engine, in plain Node: no browser globals, no WXT.
        resolve: { alias: { '@/': root } },
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['test/configure-zod.setup.ts', 'test/fast-check.setup.ts'],
        },
      },
      {
        // Browser glue against WXT's in-memory fake browser (`browser`, `chrome`, storage).
        plugins: [WxtVitest()],
        test: {
          name: 'wxt',
          include: ['test/wxt/**/*.test.ts'],
          environment: 'node',
          restoreMocks: true,
          setupFiles: ['test/configure-zod.setup.ts', 'test/fast-check.setup.ts'],
        },
      },
    ],
  },
});
