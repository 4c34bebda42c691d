import { expect, test } from 'vitest';
import { DryRunPage } from './pages/dry-run-page';
import { headings, openExtensionPage } from './pages/extension-page';
import { PopupPage } from './pages/popup-page';
import { useFirefox } from './suite';

const suite = useFirefox(import.meta.filename);

test('the popup renders without errors', async () => {
  const { firefox } = suite();
  const mark = firefox.log.mark();
  const popup = await PopupPage.open(firefox);
  expect(await headings(popup.page)).toEqual(expect.arrayContaining(['Postbridge']));
  await popup.close();
  expect(await firefox.problemsSince(mark)).toEqual([]);
});

test('the options page renders its heading and sections without errors', async () => {
  const { firefox } = suite();
  const mark = firefox.log.mark();
  const page = await openExtensionPage(firefox, 'options.html');
  const shown = await headings(page);
  expect(shown[0]).toBe('Postbridge options');
  expect(shown.length).toBeGreaterThan(1);
  await page.close();
  expect(await firefox.problemsSince(mark)).toEqual([]);
});

test('the dry-run page renders the sample scenario and runs it without errors', async () => {
  const { firefox } = suite();
  const mark = firefox.log.mark();
  const dryRun = await DryRunPage.open(firefox);
  const result = await dryRun.run();
  expect(result.kinds[0]).toBe('click');
  expect(result.kinds.filter((kind) => kind === 'adjust-callback')).toHaveLength(3);
  expect(result.hops).toHaveLength(12);
  await dryRun.page.close();
  expect(await firefox.problemsSince(mark)).toEqual([]);
});
