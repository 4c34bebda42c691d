import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { holdApprovalAt } from '../../../lib/dry-run/conversion-terms';
import {
  ADJUST_CALLBACK_RANGES,
  ipInRange,
  resolveSecure,
} from '../../../lib/dry-run/postback-refusals';
import type { DryRun } from '../../../lib/dry-run/result';
import { runDryRun, runScenario } from '../../../lib/dry-run/run-dry-run';
import { type Scenario, ScenarioSchema } from '../../../lib/dry-run/scenario';
import { adjustLink, CLICK_ID, codes, POSTBACK, run, sample } from './helpers';

/**
 * Affise and Adjust behaviour the emulator follows, one table per fact, each row naming the page
 * that states it (help-center.affise.com/en/articles/<id> unless a full address is given).
 */

const PB = `${POSTBACK}?clickid={clickid}&secure=8d7a1c`;
const ANY_RULE = {
  scope: 'global',
  status: 'any',
  integration: 'all',
  method: 'GET',
  url: 'https://aff.example/pb?c={sub1}&st={status}&cm={comment}&s={sum}',
} as const;

/** The sample offer with one install callback to Affise and the given activities. */
const withInstall =
  (url: string, activities: Scenario['activities'] = [{ kind: 'install', after: 3600 }]) =>
  (s: Scenario) => {
    s.offer.trackingUrl = adjustLink({ install_callback: url });
    s.activities = activities;
    s.affiliatePostbacks = [{ ...ANY_RULE }];
    s.platform.statusesShownToAffiliates = [1, 2, 3, 5];
  };

const sentUrls = (result: DryRun) =>
  result.requests.filter((r) => r.hop === 'affiliate-postback').map((r) => r.url);

describe('"Payments not found" is a declined conversion (articles 4111827, 6570106)', () => {
  it.each([
    ['a goal the offer has no payout for', `${PB}&goal=deposit`, 'deposit'],
    ['a goal the offer has, without payout', `${PB}&goal=lead`, 'lead'],
  ])('%s: status 3, comment, revenue and payout 0', (_name, url, goal) => {
    const result = run((s) => {
      withInstall(url)(s);
      s.offer.goals.push({ value: 'lead', revenue: 2 });
    });
    expect(result.conversions).toHaveLength(1);
    expect(result.conversions[0]).toMatchObject({
      goal,
      status: 3,
      statusName: 'declined',
      comment: 'Payments not found',
      revenue: 0,
      payout: 0,
    });
    expect(result.postbacks[0]).toMatchObject({ accepted: true, error: null });
    const finding = result.findings.find((f) => f.code === 'dry-run-postback-payments-not-found');
    expect(finding?.severity).toBe('warning');
  });

  it.each([
    ['declined', true],
    ['any', true],
    ['by-creating', true],
    ['approved', false],
  ] as const)(
    'it reaches affiliates like any declined conversion: rule %s → sent %s',
    (status, sent) => {
      const result = run((s) => {
        withInstall(`${PB}&goal=deposit`)(s);
        s.affiliatePostbacks = [{ ...ANY_RULE, status }];
      });
      expect(result.affiliatePostbacks[0]?.sent).toBe(sent);
      if (sent) expect(sentUrls(result)[0]).toContain('st=3&cm=Payments%20not%20found&s=0');
    },
  );
});

describe('money follows the payout type (article 6759666)', () => {
  it.each([
    ['fixed: the offer amounts, sum ignored', 'fixed', '&sum=150', 5, 3],
    ['fixed by default', undefined, '&sum=150', 5, 3],
    ['fixed without sum', 'fixed', '', 5, 3],
    ['percent: 20 % / 60 % of 150 (the page’s example)', 'percent', '&sum=150', 30, 90],
    ['percent of 4.99, rounded to cents', 'percent', '&sum=4.99', 1, 2.99],
    ['percent without sum: 0', 'percent', '', 0, 0],
  ] as const)('%s', (_name, payoutType, sum, revenue, payout) => {
    const result = run((s) => {
      withInstall(`${PB}&goal=purchase${sum}`)(s);
      s.offer.goals = [
        payoutType === 'percent'
          ? { value: 'purchase', revenue: 20, payout: 60, payoutType }
          : { value: 'purchase', revenue: 5, payout: 3, ...(payoutType ? { payoutType } : {}) },
      ];
    });
    expect(result.conversions[0]).toMatchObject({ revenue, payout });
  });

  it('the sum stays the order sum for {order_sum}', () => {
    const result = run((s) => {
      withInstall(`${PB}&goal=purchase&sum=49.90`)(s);
      s.affiliatePostbacks = [{ ...ANY_RULE, url: 'https://aff.example/pb?o={order_sum}&s={sum}' }];
    });
    expect(sentUrls(result)[0]).toBe('https://aff.example/pb?o=49.90&s=3');
  });
});

describe('hold period (articles 6538245, 4142439)', () => {
  const at = (iso: string) => Date.parse(iso);
  it.each([
    [
      '1 hour after 17:30 → 18:30 (the page’s example)',
      '2026-01-15T17:30:00Z',
      { value: 1, unit: 'hours' },
      '2026-01-15T18:30:00Z',
    ],
    [
      '1 hour after 17:31 → next 15-minute check 18:45',
      '2026-01-15T17:31:00Z',
      { value: 1, unit: 'hours' },
      '2026-01-15T18:45:00Z',
    ],
    ['7 days', '2026-01-15T10:05:00Z', { value: 7, unit: 'days' }, '2026-01-22T10:15:00Z'],
    [
      '60 days, the maximum',
      '2026-01-15T10:00:00Z',
      { value: 60, unit: 'days' },
      '2026-03-16T10:00:00Z',
    ],
  ] as const)('approval time: %s', (_name, created, hold, approved) => {
    expect(holdApprovalAt(at(created), hold)).toBe(at(approved));
  });

  it('rejects a hold period over 60 and accepts a scenario without one', () => {
    const over = {
      ...sample(),
      offer: { ...sample().offer, holdPeriod: { value: 61, unit: 'days' } },
    };
    expect(ScenarioSchema.safeParse(over).success).toBe(false);
    expect(ScenarioSchema.safeParse(sample()).success).toBe(true);
  });

  it('registers Hold without status=, approves after the last activity, and tells the affiliate', () => {
    const result = run((s) => {
      withInstall(PB)(s);
      s.offer.holdPeriod = { value: 2, unit: 'days' };
    });
    expect(result.conversions[0]).toMatchObject({
      status: 1,
      approvesAt: '2026-01-17T11:00:00.000Z',
    });
    expect(result.conversionChanges.map((c) => [c.kind, c.from, c.status, c.at])).toEqual([
      ['created', null, 5, '2026-01-15T11:00:00.000Z'],
      ['status-changed', 5, 1, '2026-01-17T11:00:00.000Z'],
    ]);
    const approval = result.requests.find((r) => r.hop === 'internal');
    expect(approval).toMatchObject({ method: null, at: '2026-01-17T11:00:00.000Z' });
    expect(sentUrls(result).map((u) => new URL(u).searchParams.get('st'))).toEqual(['5', '1']);
    // The approval comes before its affiliate postback in the timeline.
    const hops = result.requests.map((r) => r.hop);
    expect(hops.lastIndexOf('internal')).toBeLessThan(hops.lastIndexOf('affiliate-postback'));
  });

  it('an explicit status= wins over the hold period', () => {
    const result = run((s) => {
      withInstall(`${PB}&status=2`)(s);
      s.offer.holdPeriod = { value: 1, unit: 'hours' };
    });
    expect(result.conversions[0]?.status).toBe(2);
    expect(result.requests.some((r) => r.hop === 'internal')).toBe(false);
  });

  it('an approval due before a later activity happens before it', () => {
    const result = run((s) => {
      withInstall(PB, [
        { kind: 'install', after: 60 },
        { kind: 'event', token: 'r8oaj2', after: 7200 },
      ])(s);
      s.offer.holdPeriod = { value: 1, unit: 'hours' };
    });
    const titles = result.requests.map((r) => r.hop);
    expect(titles.indexOf('internal')).toBeGreaterThan(-1);
    const approvalAt = result.requests.find((r) => r.hop === 'internal')?.at ?? '';
    expect(approvalAt < '2026-01-15T12:01:00.000Z').toBe(true);
  });
});

describe('attribution moves on (https://help.adjust.com/en/article/set-up-callback-urls)', () => {
  it.each([
    [
      'no callback after the user is attributed elsewhere',
      [{ kind: 'attributed-elsewhere' }, { kind: 'install' }],
      0,
    ],
    ['callbacks before it still fire', [{ kind: 'install' }, { kind: 'attributed-elsewhere' }], 1],
    [
      'a reattribution to this link brings them back',
      [{ kind: 'attributed-elsewhere' }, { kind: 'install' }, { kind: 'reattribution' }],
      1,
    ],
  ] as const)('%s', (_name, activities, callbacks) => {
    const result = run((s) => {
      s.offer.trackingUrl = adjustLink({ install_callback: PB, reattribution_callback: PB });
      s.activities = activities.map((a) => ({ ...a }));
    });
    expect(result.requests.filter((r) => r.hop === 'adjust-callback')).toHaveLength(callbacks);
    if (activities[0]?.kind === 'attributed-elsewhere') {
      expect(result.requests.find((r) => r.hop === 'internal')?.title).toBe(
        'Adjust attributes the user to another link',
      );
    }
  });
});

describe('refusals before a conversion (article 6476587)', () => {
  it.each([
    ['no whitelist: nothing changes', undefined, undefined, true],
    ["offer whitelist with Adjust's ranges", [...ADJUST_CALLBACK_RANGES], undefined, true],
    ['offer whitelist without them', ['198.51.100.0/24'], undefined, false],
    ["advertiser whitelist without Adjust's", undefined, ['198.51.100.7'], false],
    ['callback IP set to a whitelisted one', ['198.51.100.0/24'], undefined, true, '198.51.100.9'],
  ] as const)(
    'IP whitelist, %s',
    (_name, offerList, advertiserList, accepted, callbackIp?: string) => {
      const result = run((s) => {
        withInstall(PB)(s);
        if (offerList) s.offer.ipWhitelist = [...offerList];
        if (advertiserList) s.advertiser = { ipWhitelist: [...advertiserList] };
        if (callbackIp) s.adjust = { callbackIp };
      });
      expect(result.postbacks[0]?.accepted).toBe(accepted);
      if (!accepted) expect(result.postbacks[0]?.error).toBe('Current IP-address is denied');
    },
  );

  it("a status change comes from the advertiser's server, not Adjust's", () => {
    const result = run((s) => {
      withInstall(`${PB}&status=2`)(s);
      s.activities.push({ kind: 'status-change', goal: '1', status: 1 });
      s.offer.ipWhitelist = [...ADJUST_CALLBACK_RANGES];
    });
    expect(result.postbacks.map((p) => p.error)).toEqual([null, 'Current IP-address is denied']);
  });

  it.each([
    ['178.162.216.65', '178.162.216.64/26', true],
    ['178.162.216.128', '178.162.216.64/26', false],
    ['178.162.216.130', '178.162.216.128/26', true],
    ['10.0.0.1', '10.0.0.1', true],
    ['10.0.0.2', '10.0.0.1', false],
  ])('%s in %s: %s', (ip, range, inside) => {
    expect(ipInRange(ip, range)).toBe(inside);
  });

  it('"Offer disabled" refuses every postback', () => {
    const result = run((s) => {
      withInstall(PB)(s);
      s.offer.disabled = true;
    });
    expect(result.postbacks[0]).toMatchObject({ accepted: false, error: 'Offer disabled' });
    expect(result.conversions).toHaveLength(0);
  });

  it.each([
    [
      'offer level wins',
      { offer: 'o', advertiser: 'a', platform: 'p' },
      { code: 'o', level: 'offer' },
    ],
    [
      'advertiser level next',
      { advertiser: 'a', platform: 'p' },
      { code: 'a', level: 'advertiser' },
    ],
    ['platform level last', { platform: 'p' }, { code: 'p', level: 'platform' }],
    ['none', {}, null],
  ] as const)(
    'secure code at offer, advertiser or platform level: %s',
    (_name, codes, expected) => {
      const scenario = sample((s) => {
        s.offer.secureCode = 'offer' in codes ? codes.offer : undefined;
        if ('advertiser' in codes) s.advertiser = { secureCode: codes.advertiser };
        if ('platform' in codes) s.platform.secureCode = codes.platform;
      });
      expect(resolveSecure(scenario)).toEqual(expected);
    },
  );

  it('an advertiser-level code the postback lacks is "Access denied"', () => {
    const result = run((s) => {
      withInstall(`${POSTBACK}?clickid={clickid}`)(s);
      s.offer.secureCode = undefined;
      s.advertiser = { secureCode: 'adv' };
    });
    expect(result.postbacks[0]?.error).toBe('Access denied');
    expect(
      result.findings.find((f) => f.code === 'dry-run-postback-access-denied')?.message,
    ).toContain('advertiser level');
  });
});

describe('declines Affise applies itself (articles 4111827, 6549863, 6570106)', () => {
  it.each([
    [
      'lifespan 30 minutes, conversion after 1 hour',
      { clickSessionLifespan: { value: 30, unit: 'minutes' } },
      'Click session lifespan is expired',
    ],
    [
      'lifespan 2 hours, conversion after 1 hour',
      { clickSessionLifespan: { value: 2, unit: 'hours' } },
      undefined,
    ],
    [
      'minimal lifespan 2 hours, conversion after 1 hour',
      { minClickSessionLifespan: { value: 2, unit: 'hours' } },
      'Min click session lifespan is not reached',
    ],
    ['cap of 0 conversions', { caps: [{ conversions: 0 }] }, 'Cap is reached'],
    ['cap of another goal', { caps: [{ goal: 'purchase', conversions: 0 }] }, undefined],
  ] as const)('%s', (_name, settings, comment) => {
    const result = run((s) => {
      withInstall(PB)(s);
      Object.assign(s.offer, settings);
    });
    expect(result.conversions[0]?.comment).toBe(comment);
    expect(result.conversions[0]?.status).toBe(comment ? 3 : 2);
  });

  it('a cap declines the conversion beyond it, with its money', () => {
    const result = run((s) => {
      withInstall(`${PB}&action_id={created_at}`, [{ kind: 'install' }, { kind: 'install' }])(s);
      s.offer.caps = [{ goal: '1', conversions: 1 }];
    });
    expect(result.conversions.map((c) => [c.status, c.comment, c.payout])).toEqual([
      [2, undefined, 1],
      [3, 'Cap is reached', 1],
    ]);
  });

  it.each([
    [undefined, ['accepted', 'Conversion exists']],
    [false, ['accepted', 'Conversion exists']],
    [true, ['accepted', 'accepted']],
  ] as const)('allowDuplicateConversions %s (article 6504668)', (allow, outcomes) => {
    const result = run((s) => {
      withInstall(PB, [{ kind: 'install' }, { kind: 'install' }])(s);
      if (allow !== undefined) s.offer.allowDuplicateConversions = allow;
    });
    expect(result.postbacks.map((p) => p.error ?? 'accepted')).toEqual(outcomes);
  });
});

describe('rejected install callbacks (https://help.adjust.com/en/article/rejected-install-reattribution-callbacks-partner)', () => {
  it.each([
    [
      'without status: created approved/pending, status=3 suggested',
      PB,
      ['dry-run-adjust-rejected-fps', 'dry-run-adjust-rejected-status'],
    ],
    [
      'with status=3: declined, nothing suggested',
      `${PB}&status=3`,
      ['dry-run-adjust-rejected-fps'],
    ],
  ])('%s', (_name, url, expected) => {
    const result = run((s) => {
      s.offer.trackingUrl = adjustLink({ rejected_install_callback: url });
      s.activities = [{ kind: 'rejected_install' }];
    });
    const found = codes(result).filter((c) => c.startsWith('dry-run-adjust-rejected'));
    expect(found.sort()).toEqual([...expected].sort());
  });
});

describe('integration method SKAd (article 4103473)', () => {
  it('a SKAd-only postback does not match default conversions', () => {
    const result = run((s) => {
      withInstall(PB)(s);
      s.affiliatePostbacks = [{ ...ANY_RULE, integration: 'skad' }];
    });
    expect(result.affiliatePostbacks[0]).toMatchObject({ sent: false });
    expect(result.affiliatePostbacks[0]?.reason).toContain('SKAd');
  });
});

describe('affiliate postback macros (article 6483741)', () => {
  const filled = (template: string, edit?: (s: Scenario) => void) =>
    sentUrls(
      run((s) => {
        withInstall(`${PB}&goal=purchase&custom_field2=vip&promo_code=SPRING&order_currency=EUR`)(
          s,
        );
        s.click.params = {
          fbclid: 'IwAR0',
          ref_id: 'r1',
          os_id: 'o1',
          ext1: 'e1',
          ext2: 'e2',
          ext3: 'e3',
        };
        s.click.values = { referrer: 'https://pub.example/' };
        s.affiliatePostbacks = [{ ...ANY_RULE, url: `https://aff.example/pb?v=${template}` }];
        edit?.(s);
      }),
    )[0]?.replace('https://aff.example/pb?v=', '');
  it.each([
    ['{offer_name}', 'Rocket%20Game%20iOS'],
    ['{date}', '2026-01-15%2011%3A00%3A00'],
    ['{click_date}', '2026-01-15%2010%3A00%3A00'],
    ['{date_only}', '2026-01-15'],
    ['{time}', '11%3A00%3A00'],
    ['{referrer}', 'https%3A%2F%2Fpub.example%2F'],
    ['{os}', 'iOS'],
    ['{os_id}', 'o1'],
    ['{ref_id}', 'r1'],
    ['{ext1}-{ext2}-{ext3}', 'e1-e2-e3'],
    ['{fbclid}', 'IwAR0'],
    ['{promo_code}', 'SPRING'],
    ['{order_currency}', 'EUR'],
    ['{custom_field2}', 'vip'],
    ['{custom_field_2}', 'vip'],
    ['{transactionid}', expect.stringMatching(/^[0-9a-f]{24}$/)],
  ])('%s → %s', (macro, value) => {
    expect(filled(macro)).toEqual(value);
  });

  it('{rand} is a UUID', () => {
    expect(filled('{rand}')).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });

  it('no unknown-macro note for any of them', () => {
    const result = run((s) => {
      s.affiliatePostbacks = [
        {
          ...ANY_RULE,
          url: 'https://aff.example/pb?a={offer_name}&b={os}&c={custom_field_7}&d={order_currency}',
        },
      ];
    });
    expect(codes(result)).not.toContain('dry-run-affiliate-macro-unknown');
  });
});

describe('tracking-URL macros (article 6553802)', () => {
  it.each([
    ['time_petty', /^\d{2}:\d{2}:\d{2}$/],
    ['rand', /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/],
    ['date_only', /^\d{4}-\d{2}-\d{2}$/],
  ])('{%s} is written as %s', (name, format) => {
    const result = run((s) => {
      s.offer.trackingUrl = `https://app.adjust.com/abc123?label={${name}}`;
      s.activities = [];
    });
    const label = result.requests[1]?.params.find((p) => p.name === 'label')?.value;
    expect(label).toMatch(format);
  });
});

describe('Affise error texts (article 6476587) and statuses', () => {
  it.each([
    [
      'a click id that is not 24 hex: the current text',
      `${POSTBACK}?clickid={sub1}&secure=8d7a1c`,
      'Click_id: invalid format',
    ],
    ['status 4 (older statuses page) is refused', `${PB}&status=4`, 'Unknown status'],
  ])('%s', (_name, url, error) => {
    const result = run(withInstall(url));
    expect(result.postbacks[0]?.error).toBe(error);
  });

  it('status 4 names the older page', () => {
    const result = run(withInstall(`${PB}&status=4`));
    expect(
      result.findings.find((f) => f.code === 'dry-run-postback-status-invalid')?.message,
    ).toContain('older conversion-statuses page');
  });
});

describe('one problem, one severity: {sum} left for the advertiser (issue 8 §3)', () => {
  it('is one warning for the run however many callbacks carry it, and no hop with a conversion is an error', () => {
    const result = run((s) => {
      s.offer.trackingUrl = adjustLink({
        install_callback: `${PB}&sum={sum}`,
        event_callback_k2x9q1: `${PB}&sum={sum}&goal=registration`,
        event_callback_r8oaj2: `${PB}&sum={sum}&goal=purchase`,
      });
    });
    const sum = result.findings.filter((f) => f.message.includes('{sum}'));
    expect(sum.map((f) => [f.code, f.severity])).toEqual([
      ['dry-run-postback-macro-literal', 'warning'],
    ]);
    for (const request of result.requests) {
      const created = result.conversions.some(
        (c) => c.request === result.requests.indexOf(request),
      );
      if (created) expect(request.findings.map((f) => f.severity)).not.toContain('error');
    }
    expect(result.summary.errors).toBe(0);
  });
});

describe('backward compatibility: every version-1 scenario still runs', () => {
  const example = JSON.parse(
    readFileSync(fileURLToPath(new URL('../../../examples/dry-run.json', import.meta.url)), 'utf8'),
  );
  it.each([
    ['examples/dry-run.json', example],
    [
      'a minimal version-1 scenario',
      {
        version: 1,
        offer: {
          id: '12',
          trackingUrl: adjustLink({ install_callback: PB }),
          goals: [{ value: '1', payout: 1 }],
        },
        click: { domain: 'net.g2afse.com', pid: '7', clickId: CLICK_ID },
      },
    ],
  ])('%s', (_name, input) => {
    const result = runDryRun(input);
    expect(result.conversions.length).toBeGreaterThan(0);
    expect(result.requests.some((r) => r.hop === 'internal')).toBe(false);
  });

  it('the new fields at their neutral values change nothing', () => {
    const plain = sample();
    const neutral = sample((s) => {
      Object.assign(s.offer, {
        disabled: false,
        ipWhitelist: [],
        caps: [],
        allowDuplicateConversions: false,
      });
      s.offer.goals = s.offer.goals.map((g) => ({ ...g, payoutType: 'fixed' as const }));
      s.advertiser = {};
      s.adjust = {};
    });
    const strip = (r: DryRun) => JSON.stringify({ ...r, requests: r.requests.length });
    expect(strip(runScenario(neutral))).toBe(strip(runScenario(plain)));
  });
});
