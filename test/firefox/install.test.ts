import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { manifestReport } from './addon-warnings';
import { ADDON_ID, EXTENSION_DIR } from './launch-firefox';
import { ExtensionApiPage } from './pages/extension-api';
import { openExtensionPage } from './pages/extension-page';
import { until } from './pages/until';
import { useFirefox } from './suite';

const suite = useFirefox(import.meta.filename);

const manifest = JSON.parse(readFileSync(`${EXTENSION_DIR}manifest.json`, 'utf8'));
const { version } = JSON.parse(
  readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
);

const major = (text: string) => Number.parseInt(text, 10);

describe('installing the Firefox build', () => {
  test('installs as a temporary add-on on a Firefox at or above the manifest’s minimum, with no manifest warning', async () => {
    const { firefox } = suite();
    const minimum = manifest.browser_specific_settings.gecko.strict_min_version;
    expect(major(firefox.version)).toBeGreaterThanOrEqual(major(minimum));
    expect(await manifestReport(firefox.chrome, ADDON_ID)).toEqual({ warnings: [], errors: [] });
    expect(await firefox.problemsSince(0)).toEqual([]);
  });

  test('the background answers a ping and rejects an unknown message', async () => {
    const { firefox } = suite();
    const mark = firefox.log.mark();
    const api = await ExtensionApiPage.open(firefox);
    expect(await api.sendMessage({ type: 'ping' })).toEqual({
      ok: true,
      data: { ok: true, version },
    });
    expect(await api.sendMessage({ type: 'no-such' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
    await api.page.close();
    expect(await firefox.problemsSince(mark)).toEqual([]);
  });
});

describe('the error collector is not blind', () => {
  test('catches console.error, an uncaught error and a CSP violation in an extension page', async () => {
    const { firefox } = suite();
    const page = await openExtensionPage(firefox, 'options.html');
    const mark = firefox.log.mark();
    await page.evaluate(() => {
      console.error('deliberate console error');
      setTimeout(() => {
        throw new Error('deliberate uncaught error');
      });
      // The extension CSP (script-src 'self') refuses inline scripts.
      const inline = document.createElement('script');
      inline.textContent = 'window.deliberateInline = true;';
      document.body.append(inline);
    });
    const problems = await until('the three deliberate problems to be logged', async () => {
      const found = (await firefox.problemsSince(mark)).map((entry) => entry.text).join('\n');
      return /deliberate console error/.test(found) &&
        /deliberate uncaught error/.test(found) &&
        /Content-Security-Policy|CSP/i.test(found)
        ? found
        : undefined;
    });
    expect(problems).toMatch(/console\.error: .*deliberate console error/);
    expect(problems).toMatch(/JavaScript error: .*deliberate uncaught error/);
    await page.close();
  });

  test('catches a manifest warning, shown on a copy of the build with an unknown key', async () => {
    const { firefox } = suite();
    const dir = mkdtempSync(join(tmpdir(), 'postbridge-warning-probe-'));
    const probeId = 'postbridge-warning-probe@postbridge.dev';
    try {
      cpSync(EXTENSION_DIR, dir, { recursive: true });
      const broken = structuredClone(manifest);
      broken.browser_specific_settings.gecko.id = probeId;
      broken.deliberately_unknown_key = true;
      writeFileSync(join(dir, 'manifest.json'), JSON.stringify(broken));
      const mark = firefox.log.mark();
      expect(await firefox.browser.installExtension(dir)).toBe(probeId);
      const report = await manifestReport(firefox.chrome, probeId);
      expect(report.warnings.join('\n')).toMatch(/deliberately_unknown_key/);
      const logged = (await firefox.problemsSince(mark)).map((entry) => entry.text).join('\n');
      expect(logged).toMatch(/Reading manifest.*deliberately_unknown_key/);
      await firefox.browser.uninstallExtension(probeId);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
