import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  type BrowserContext,
  test as base,
  chromium,
  type Page,
  type Worker,
} from '@playwright/test';
import type { Browser } from 'wxt/browser';
import { type FixtureServer, MAPPED_HOST_SUFFIXES, startFixtureServer } from './fixture-server';

export { expect } from '@playwright/test';
export type { FixtureServer, RecordedRequest, RouteResponse } from './fixture-server';

/**
 * The extension API as code passed to `page.evaluate` in an extension page (or to
 * `serviceWorker.evaluate`) sees it. Declare it where needed with
 * `declare const chrome: ExtensionApi;` rather than globally, so app code keeps using `browser`.
 */
export type ExtensionApi = typeof Browser;

/** POSTBRIDGE_EXTENSION_DIR (ending in /) tests a build elsewhere, e.g. one not shared with a parallel `npm run build`. */
export const EXTENSION_DIR =
  process.env.POSTBRIDGE_EXTENSION_DIR ??
  fileURLToPath(new URL('../../.output/chrome-mv3/', import.meta.url));

/** Fixed by the manifest `key` in wxt.config.ts (Chrome only). */
export const EXTENSION_ID = 'mgfidhkjpngabanekpjmonfodllnbamk';

const CHROMIUM = process.env.POSTBRIDGE_CHROMIUM ?? '/usr/lib/chromium/chromium';

export interface ExtensionPage {
  page: Page;
  /** Console errors and uncaught exceptions, in the order they happened. */
  consoleErrors: string[];
}

/** Starts recording console errors and uncaught exceptions of `page`. */
export function collectConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  return errors;
}

/**
 * Chromium with the built extension loaded, in a fresh profile of its own: the `context` fixture,
 * and tests that need a second profile (export on one, import on another).
 */
export async function launchExtension(
  options: { helpAdjustHttpsPort?: number } = {},
): Promise<BrowserContext> {
  if (!existsSync(`${EXTENSION_DIR}manifest.json`)) {
    throw new Error(`No built extension in ${EXTENSION_DIR}. Run \`npm run build\` first.`);
  }
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `No Chromium at ${CHROMIUM}. Install it (apt-get install -y chromium) or set POSTBRIDGE_CHROMIUM.`,
    );
  }
  // Real-looking Affise/Adjust host names resolve to the fixture server; the port stays the
  // one in the URL, and content-script match patterns ignore ports. help.adjust.com on the default
  // HTTPS port goes to the fixture server's HTTPS port, so the address the extension opens itself
  // (Adjust's Encoding tool) reaches the fixture unchanged.
  const hostRules = [
    ...(options.helpAdjustHttpsPort === undefined
      ? []
      : [`MAP help.adjust.com:443 127.0.0.1:${options.helpAdjustHttpsPort}`]),
    ...MAPPED_HOST_SUFFIXES.map((suffix) => `MAP *.${suffix} 127.0.0.1`),
  ].join(', ');
  const context = await chromium.launchPersistentContext('', {
    headless: true,
    executablePath: CHROMIUM,
    // Playwright disables extensions by default.
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      `--host-resolver-rules=${hostRules}`,
      // Only for the fixture server's self-signed certificate on the mapped host names.
      '--ignore-certificate-errors',
    ],
  });
  return context;
}

interface Fixtures {
  fixtureServer: FixtureServer;
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  /** Opens `chrome-extension://<id>/<path>` (e.g. `popup.html`) in a new tab. */
  openExtensionPage: (path: string) => Promise<ExtensionPage>;
}

export const test = base.extend<Fixtures>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright requires a destructuring pattern here.
  fixtureServer: async ({}, use) => {
    const server = await startFixtureServer();
    await use(server);
    await server.close();
  },

  context: async ({ fixtureServer }, use) => {
    const context = await launchExtension({ helpAdjustHttpsPort: fixtureServer.httpsPort });
    await use(context);
    await context.close();
  },

  serviceWorker: async ({ context }, use) => {
    const worker =
      context
        .serviceWorkers()
        .find((candidate) => candidate.url().startsWith('chrome-extension:')) ??
      (await context.waitForEvent('serviceworker'));
    await use(worker);
  },

  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },

  openExtensionPage: async ({ context, extensionId }, use) => {
    await use(async (path) => {
      const page = await context.newPage();
      const consoleErrors = collectConsoleErrors(page);
      await page.goto(`chrome-extension://${extensionId}/${path.replace(/^\//, '')}`);
      await page.waitForLoadState('load');
      return { page, consoleErrors };
    });
  },
});
