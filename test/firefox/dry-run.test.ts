import { expect, test } from 'vitest';
import { ADDON_ID, MAPPED_HOSTS } from './launch-firefox';
import { DryRunPage } from './pages/dry-run-page';
import { ExtensionApiPage } from './pages/extension-api';
import { RequestWatch, type SeenRequest } from './request-watch';
import { useFirefox } from './suite';

const suite = useFirefox(import.meta.filename);

const hostOf = (request: SeenRequest) => new URL(request.url).hostname;

test('a dry run sends no request: none from the add-on, none to any host of the chain', async () => {
  const { firefox, server } = suite();
  const watch = await RequestWatch.start(firefox.chrome);
  const api = await ExtensionApiPage.open(firefox);

  // The watch is not blind: a request the add-on makes, to a host of the chain, is seen by
  // Firefox's observer and lands on the fixture server (the chain's hosts resolve to it).
  server.route('/control', { status: 204 });
  const control = server.url('/control', { host: 'app.adjust.com', https: true });
  await api.fetchFromExtension(control);
  const seen = await watch.take();
  expect(seen).toContainEqual({ url: control, addonId: ADDON_ID });
  expect(server.requests.map((request) => request.path)).toContain('/control');

  const answered = server.requests.length;
  const mark = firefox.log.mark();
  const dryRun = await DryRunPage.open(firefox);
  const result = await dryRun.run();
  // The emulated chain: the click, Adjust's callbacks, Affise's postbacks, the affiliates'.
  expect(result.hops).toHaveLength(12);
  expect(result.hops[0]).toContain('https://rocketcompany.g2afse.com/click?pid=7&offer_id=12');
  const during = await watch.take();
  expect(during.filter((request) => request.addonId === ADDON_ID)).toEqual([]);
  expect(during.filter((request) => MAPPED_HOSTS.some((host) => hostOf(request) === host))).toEqual(
    [],
  );
  expect(server.requests.slice(answered)).toEqual([]);
  await dryRun.page.close();
  await api.page.close();
  expect(await firefox.problemsSince(mark)).toEqual([]);
});
