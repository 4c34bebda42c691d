import { describe, expect, it } from 'vitest';
import { runCli } from '../../../lib/cli/run-cli';

const io = (text: string, files: Record<string, string> = {}) => ({
  readText: async (file?: string) => {
    if (file === undefined) return text;
    const content = files[file];
    if (content === undefined) throw new Error(`ENOENT: no such file, open '${file}'`);
    return content;
  },
});
const good = JSON.stringify({
  adjustLink: 'https://app.adjust.com/abc123',
  postbackUrl: 'https://offers-x.affise.com/postback?clickid={clickid}',
  install: { goal: '1' },
  events: [{ goal: '2', token: 'r8oaj2' }],
  linkKind: 'auto',
});

describe('postbridge CLI', () => {
  it('generate reads stdin and prints link, callbacks and findings; exit 0 without errors', async () => {
    const result = await runCli(['generate'], io(good));
    expect(result.code).toBe(0);
    const out = JSON.parse(result.stdout);
    expect(out.link).toMatch(
      /^https:\/\/app\.adjust\.com\/abc123\?install_callback=https%3A%2F%2F/,
    );
    expect(out.callbacks.map((c: { param: string }) => c.param)).toEqual([
      'install_callback',
      'event_callback_r8oaj2',
    ]);
    expect(out.callbacks[1]).toMatchObject({
      url: 'https://offers-x.affise.com/postback?clickid={clickid}&goal=2',
      goal: '2',
      tokens: ['r8oaj2'],
    });
    expect(out.findings).toEqual([]);
    // Adjust's cbtest links (help.adjust.com/en/article/test-your-callbacks-partner).
    expect(out.callbackTest.links.map((l: { url: string }) => l.url.split('=')[0])).toEqual([
      'https://app.adjust.com/cbtest?install_callback',
      'https://app.adjust.com/cbtest?event_callback_41i3c9',
    ]);
  });

  it('generate --input FILE reads the file', async () => {
    const result = await runCli(
      ['generate', '--input', 'offer.json'],
      io('', { 'offer.json': good }),
    );
    expect(result.code).toBe(0);
  });

  it('exit 1 with error findings', async () => {
    const input = JSON.parse(good);
    input.postbackUrl = 'https://offers-x.affise.com/postback?goal=1';
    const result = await runCli(['generate'], io(JSON.stringify(input)));
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).findings[0].code).toBe('postback-no-clickid');
  });

  it.each([
    ['bad JSON', '{"adjustLink": ', /not valid JSON/],
    ['empty input', '', /empty/],
    [
      'a field of the wrong type',
      JSON.stringify({ adjustLink: 'x', postbackUrl: 7 }),
      /field "postbackUrl"/,
    ],
    ['a missing field', JSON.stringify({ postbackUrl: 'x' }), /field "adjustLink"/],
  ])('exit 2 for %s, naming the problem on stderr', async (_name, text, message) => {
    const result = await runCli(['generate'], io(text));
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
  });

  it('exit 2 when the input file cannot be read', async () => {
    const result = await runCli(['generate', '--input', 'missing.json'], io(''));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/cannot read missing\.json/);
  });

  it('dry-run runs the README example scenario', async () => {
    const { readFile } = await import('node:fs/promises');
    const example = await readFile(
      new URL('../../../examples/dry-run.json', import.meta.url),
      'utf8',
    );
    const result = await runCli(
      ['dry-run', '--input', 'examples/dry-run.json'],
      io('', { 'examples/dry-run.json': example }),
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const run = JSON.parse(result.stdout);
    expect(run.clickId).toMatch(/^[0-9a-f]{24}$/);
    expect(run.requests.map((r: { hop: string }) => r.hop)).toContain('adjust-callback');
  });

  it('dry-run names the bad field and exits 2', async () => {
    const result = await runCli(['dry-run'], io('{"offer": 3}'));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/postbridge dry-run: .*offer/);
  });

  it('inspect prints the decoded callbacks', async () => {
    const result = await runCli(
      [
        'inspect',
        'https://app.adjust.com/abc123?install_callback=https%3A%2F%2Foffers-x.affise.com%2Fpostback%3Fclickid%3D{clickid}',
      ],
      io(''),
    );
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).callbacks[0].url).toBe(
      'https://offers-x.affise.com/postback?clickid={clickid}',
    );
  });

  it("inspect exits 0 on Adjust's own reference link and reads custom admin hosts", async () => {
    const reference =
      'https://app.adjust.com/abc1234?campaign=new-campaign&adgroup={sub_id}&creative={crt_id}&idfa={network_idfa_macro}&gps_adid={network_gaid_macro}&install_callback=http%3A%2F%2Fmynetworkserver.com%2Fcallback%3Fcountry%3D%7Bcountry%7D%26click_id%3D{click_id}&event_callback_r8oaj2=http%3A%2F%2Fmynetworkserver.com%2Fcallback%3Fcountry%3D%7Bcountry%7D%26click_id%3D{click_id}%26event%3Dregister%26partner_parameter%3D%7Bpartner_parameters%7D';
    expect((await runCli(['inspect', reference], io(''))).code).toBe(0);
    const custom =
      'https://app.adjust.com/abc123?install_callback=https%3A%2F%2Fadmin.rocket.io%2Fcb';
    const codes = async (args: string[]) =>
      JSON.parse((await runCli(['inspect', custom, ...args], io(''))).stdout).findings.map(
        (f: { code: string }) => f.code,
      );
    expect(await codes([])).toEqual(['callback-not-affise']);
    expect(await codes(['--admin-hosts', 'admin.rocket.io'])).toEqual([
      'postback-path',
      'postback-no-clickid',
    ]);
  });

  it('inspect exits 1 on a broken link and 2 without one', async () => {
    expect((await runCli(['inspect', 'https://example.com/'], io(''))).code).toBe(1);
    expect((await runCli(['inspect'], io(''))).code).toBe(2);
    expect(
      (await runCli(['inspect', 'https://app.adjust.com/abc123', '--link-kind', 'odd'], io('')))
        .stderr,
    ).toMatch(/--link-kind must be/);
  });

  it('unknown commands and no command are usage errors; --help is not', async () => {
    expect((await runCli(['frobnicate'], io(''))).code).toBe(2);
    expect((await runCli([], io(''))).code).toBe(2);
    const help = await runCli(['--help'], io(''));
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/postbridge generate/);
  });
});
