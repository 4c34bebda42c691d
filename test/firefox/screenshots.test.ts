import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { expect, test } from 'vitest';
import { SCREENSHOTS } from './artifacts';
import { OFFER_FIXTURE, OFFER_KEY, OFFER_PATH, TOKENS } from './offer';
import { ExtensionApiPage } from './pages/extension-api';
import { PopupPage } from './pages/popup-page';
import { openWebTab } from './pages/web-tab';
import { useFirefox } from './suite';

const suite = useFirefox(import.meta.filename);

/** The body colours of components/theme.css, as test/e2e/popup.spec.ts checks them in Chromium. */
const BACKGROUND = { light: 'rgb(255, 255, 255)', dark: 'rgb(21, 25, 31)' } as const;

/**
 * An HTML page with Chromium's screenshot (test/e2e/popup.spec.ts) and Firefox's side by side, and
 * its own screenshot: the two browsers compared in one picture.
 */
async function sideBySide(name: string, width: number): Promise<string> {
  const { firefox } = suite();
  const cell = (title: string, file: string) =>
    existsSync(`${SCREENSHOTS}${file}`)
      ? `<figure><figcaption>${title}</figcaption><img src="${file}"></figure>`
      : `<figure><figcaption>${title}</figcaption><p>No ${file}: run npm run test:e2e first.</p></figure>`;
  const html = `<!doctype html><meta charset="utf-8"><style>
    body { margin: 0; display: flex; gap: 16px; padding: 8px; font: 14px sans-serif; background: #888; }
    figure { margin: 0; } img { display: block; border: 1px solid #000; }</style>
    ${cell('Chromium', `popup-${name}-first-screen.png`)}
    ${cell(`Firefox ${firefox.version}`, `firefox-popup-${name}-first-screen.png`)}`;
  const htmlFile = `${SCREENSHOTS}compare-popup-${name}.html`;
  writeFileSync(htmlFile, html);
  const page = await firefox.browser.newPage();
  await page.setViewport({ width: 2 * width + 48, height: 660 });
  await page.goto(pathToFileURL(htmlFile).href, { waitUntil: 'load' });
  const out = `${SCREENSHOTS}compare-popup-${name}.png`;
  await page.screenshot({ path: out, fullPage: true });
  await page.close();
  return out;
}

for (const theme of ['light', 'dark'] as const) {
  for (const width of [400, 800]) {
    test(`screenshot of the popup in Firefox, ${theme} theme, ${width} px wide, beside Chromium’s`, async () => {
      const { firefox, server } = suite();
      const mark = firefox.log.mark();
      const api = await ExtensionApiPage.open(firefox);
      const affise = await openWebTab(
        firefox,
        api,
        server.url(OFFER_PATH, { host: OFFER_FIXTURE.host, https: true }),
      );
      await api.waitForTabOffer(affise.tabId, OFFER_KEY);
      const popup = await PopupPage.open(firefox, { tabId: affise.tabId, theme });
      await popup.page.setViewport({ width, height: 600 });
      // The same state as Chromium's screenshots: one token mapped, one with a format finding.
      await popup.setEventToken('purchase', TOKENS.purchase);
      await popup.setEventToken('reg', 'REG45');
      const looks = await popup.page.evaluate(() => ({
        background: getComputedStyle(document.body).backgroundColor,
        overflow: document.documentElement.scrollWidth - window.innerWidth,
      }));
      expect(looks.background).toBe(BACKGROUND[theme]);
      // Nothing sticks out sideways at either width.
      expect(looks.overflow).toBeLessThanOrEqual(0);

      mkdirSync(SCREENSHOTS, { recursive: true });
      const name = `${theme}-${width}`;
      await popup.page.screenshot({
        path: `${SCREENSHOTS}firefox-popup-${name}.png`,
        fullPage: true,
      });
      await popup.page.evaluate(() => window.scrollTo(0, 0));
      await popup.page.screenshot({ path: `${SCREENSHOTS}firefox-popup-${name}-first-screen.png` });
      expect(existsSync(await sideBySide(name, width))).toBe(true);

      await popup.close();
      await affise.page.close();
      await api.page.close();
      expect(await firefox.problemsSince(mark)).toEqual([]);
    });
  }
}
