import { expect, test } from './fixtures';

const PAGE = { headers: { 'content-type': 'text/html' }, body: '<h1>fixture</h1>' };

for (const https of [false, true]) {
  test(`mapped Affise, Adjust and tracking hosts reach the fixture server (${https ? 'https' : 'http'})`, async ({
    context,
    fixtureServer,
  }) => {
    fixtureServer.route('/probe', PAGE);
    const page = await context.newPage();
    for (const host of ['rocketcompany.affise.com', 'help.adjust.com', 'rocket.g2afse.com']) {
      const url = fixtureServer.url('/probe?from=test', { host, https });
      const response = await page.goto(url);
      expect(response?.status()).toBe(200);
      expect(page.url()).toBe(url);
      await expect(page.getByRole('heading', { name: 'fixture' })).toBeVisible();
    }
    const probes = fixtureServer.requests.filter((request) => request.path === '/probe?from=test');
    expect(probes.map((request) => request.host)).toEqual([
      `rocketcompany.affise.com:${https ? fixtureServer.httpsPort : fixtureServer.httpPort}`,
      `help.adjust.com:${https ? fixtureServer.httpsPort : fixtureServer.httpPort}`,
      `rocket.g2afse.com:${https ? fixtureServer.httpsPort : fixtureServer.httpPort}`,
    ]);
  });
}

test('routes answer with their status and record the request body', async ({
  context,
  fixtureServer,
}) => {
  fixtureServer.route('/3.0/offer/12', (request) => ({
    status: request.headers['api-key'] === 'secret' ? 200 : 401,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ status: 1 }),
  }));
  const page = await context.newPage();
  await page.goto(fixtureServer.url('/nothing-here'));
  const statuses = await page.evaluate(async (url) => {
    const ok = await fetch(url, { method: 'POST', headers: { 'API-Key': 'secret' }, body: 'x=1' });
    const denied = await fetch(url);
    return [ok.status, denied.status];
  }, fixtureServer.url('/3.0/offer/12'));
  expect(statuses).toEqual([200, 401]);
  const apiCalls = fixtureServer.requests.filter((request) => request.path === '/3.0/offer/12');
  expect(apiCalls.map(({ method, body }) => ({ method, body }))).toEqual([
    { method: 'POST', body: 'x=1' },
    { method: 'GET', body: '' },
  ]);
});
