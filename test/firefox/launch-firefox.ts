import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser } from 'puppeteer-core';
import { BrowserConsole } from './browser-console';
import { ChromeWindow } from './chrome-window';
import { findFirefox } from './firefox-binary';
import { FirefoxLog, type LogEntry } from './firefox-log';

/** browser_specific_settings.gecko.id in wxt.config.ts. */
export const ADDON_ID = 'postbridge@postbridge.dev';
/** Fixed through `extensions.webextensions.uuids`, so extension pages have a known origin. */
export const ADDON_UUID = '5c0b1f6e-8d2a-4e7b-9f13-0a4c6d8e2b71';
export const ADDON_ORIGIN = `moz-extension://${ADDON_UUID}`;

/** POSTBRIDGE_FIREFOX_EXTENSION_DIR tests a build elsewhere (e.g. one not shared with a parallel build). */
export const EXTENSION_DIR =
  process.env.POSTBRIDGE_FIREFOX_EXTENSION_DIR ??
  fileURLToPath(new URL('../../.output/firefox-mv3/', import.meta.url));

/** A network's own admin domain (options → Custom admin domains); `.example` is reserved. */
export const CUSTOM_ADMIN_DOMAIN = 'admin.rocketnetwork.example';

/**
 * Host names Firefox resolves to 127.0.0.1 (`network.dns.localDomains` takes exact names, no
 * wildcards): the fixture pages' hosts, and every host of the dry-run sample's chain, so a request
 * that leaked would land on the fixture server instead of the Internet.
 */
export const MAPPED_HOSTS = [
  'rocketcompany.affise.com',
  'offers-rocketcompany.affise.com',
  'api-rocketcompany.affise.com',
  'rocketcompany.g2afse.com',
  'help.adjust.com',
  'app.adjust.com',
  's2s.adjust.com',
  CUSTOM_ADMIN_DOMAIN,
] as const;

export interface FirefoxSession {
  browser: Browser;
  /** e.g. `153.8.0`. */
  version: string;
  chrome: ChromeWindow;
  log: FirefoxLog;
  /** `moz-extension://<uuid>/<path>`. */
  extensionUrl(path: string): string;
  /** Errors and add-on warnings logged after `mark` (from `log.mark()`) that are not Firefox's own. */
  problemsSince(mark?: number): Promise<LogEntry[]>;
  close(): Promise<void>;
}

/** Launches headless Firefox with the prefs the suite needs, without installing anything. */
async function launch(log: FirefoxLog): Promise<Browser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    // Only for the fixture server's self-signed certificate on the mapped host names.
    acceptInsecureCerts: true,
    // Without it Firefox refuses to navigate a tab to moz-extension:// and to evaluate in chrome scope.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
      'network.dns.localDomains': MAPPED_HOSTS.join(','),
      'devtools.console.stdout.content': true,
      // The fixture server speaks HTTP on one port and HTTPS on another; no upgrade between them.
      'dom.security.https_first': false,
    },
  });
  const child = browser.process();
  for (const stream of [child?.stdout, child?.stderr]) {
    stream?.setEncoding('utf8');
    stream?.on('data', (chunk: string) => log.addOutput(chunk));
  }
  return browser;
}

/**
 * Headless Firefox with the built add-on installed as a temporary add-on, the way "Load Temporary
 * Add-on…" in about:debugging installs it.
 */
export async function launchFirefox(): Promise<FirefoxSession> {
  if (!existsSync(`${EXTENSION_DIR}manifest.json`)) {
    throw new Error(`No Firefox build in ${EXTENSION_DIR}. Run \`npm run build\` first.`);
  }
  const log = new FirefoxLog();
  const browser = await launch(log);
  try {
    const chrome = await ChromeWindow.of(browser);
    const browserConsole = await BrowserConsole.listen(chrome);
    const installed = await browser.installExtension(EXTENSION_DIR);
    if (installed !== ADDON_ID)
      throw new Error(`Installed add-on has id ${installed}, not ${ADDON_ID}`);
    return {
      browser,
      version: (await browser.version()).replace(/^firefox\//, ''),
      chrome,
      log,
      extensionUrl: (path) => `${ADDON_ORIGIN}/${path.replace(/^\//, '')}`,
      async problemsSince(mark = 0) {
        await browserConsole.drainInto(log, { id: ADDON_ID, origin: ADDON_ORIGIN });
        return log.problemsSince(mark);
      },
      close: () => browser.close(),
    };
  } catch (error) {
    await browser.close();
    throw error;
  }
}
