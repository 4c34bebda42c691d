import { appendFileSync, mkdirSync } from 'node:fs';
import { basename } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { type FixtureServer, startFixtureServer } from '../e2e/fixture-server';
import { ARTIFACTS, NOISE_FILE } from './artifacts';
import { type FirefoxSession, launchFirefox } from './launch-firefox';

export interface Suite {
  firefox: FirefoxSession;
  server: FixtureServer;
}

/**
 * One headless Firefox with the add-on, and one fixture server, per test file. Returns a getter:
 * the values exist only once `beforeAll` has run. Firefox's own noise is written out at the end.
 */
export function useFirefox(file: string): () => Suite {
  let suite: Suite | undefined;
  beforeAll(async () => {
    const server = await startFixtureServer();
    try {
      suite = { firefox: await launchFirefox(), server };
    } catch (error) {
      await server.close();
      throw error;
    }
  });
  afterAll(async () => {
    if (!suite) return;
    await suite.firefox.problemsSince(suite.firefox.log.entries.length);
    const lines = suite.firefox.log
      .noise()
      .map(({ entry, why }) => `[${basename(file)}] ${why}\n    ${entry.text.split('\n')[0]}`);
    mkdirSync(ARTIFACTS, { recursive: true });
    if (lines.length > 0) appendFileSync(NOISE_FILE, `${lines.join('\n')}\n`);
    await suite.firefox.close();
    await suite.server.close();
  });
  return () => {
    if (!suite) throw new Error('The Firefox suite is not set up (beforeAll failed).');
    return suite;
  };
}
