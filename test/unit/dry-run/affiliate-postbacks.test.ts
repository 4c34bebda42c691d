import { describe, expect, it } from 'vitest';
import type { StatusCode } from '../../../lib/affise/conversion-status';
import {
  affiliatePostbacksFor,
  checkAffiliateRule,
} from '../../../lib/dry-run/affiliate-postbacks';
import { seededRandom } from '../../../lib/dry-run/random';
import type { Conversion, ConversionChange } from '../../../lib/dry-run/result';
import {
  type AffiliatePostbackRule,
  AffiliatePostbackRuleSchema,
} from '../../../lib/dry-run/scenario';
import { CLICK_ID, sample } from './helpers';

const URL_GLOBAL = 'https://aff.example/global?c={sub1}&s={status}';
const URL_LOCAL = 'https://aff.example/local?c={sub1}&s={status}';

function conversion(over: Partial<Conversion> = {}): Conversion {
  return {
    id: 'aaaaaaaaaaaaaaaaaaaaaaaa',
    goal: 'purchase',
    offerGoal: 'purchase',
    status: 1,
    statusName: 'approved',
    actionId: CLICK_ID,
    revenue: 4.99,
    payout: 3,
    currency: 'USD',
    clickId: CLICK_ID,
    integration: 'default',
    createdAt: '2026-01-15T11:00:00.000Z',
    request: 2,
    ...over,
  };
}

const created = (status: StatusCode): ConversionChange => ({
  conversion: 0,
  kind: 'created',
  from: null,
  status,
  at: '2026-01-15T11:00:00.000Z',
  request: 2,
});
const changed = (status: StatusCode): ConversionChange => ({
  conversion: 0,
  kind: 'status-changed',
  from: 2,
  status,
  at: '2026-01-16T11:00:00.000Z',
  request: 5,
});
const rule = (over: Partial<AffiliatePostbackRule> & Pick<AffiliatePostbackRule, 'scope'>) =>
  AffiliatePostbackRuleSchema.parse({
    url: over.scope === 'global' ? URL_GLOBAL : URL_LOCAL,
    ...over,
  });

function decide(
  rules: AffiliatePostbackRule[],
  change: ConversionChange,
  conv: Conversion = conversion(),
  platform: { shown?: StatusCode[]; considerGlobal?: boolean } = {},
  fields: Map<string, string> = new Map(),
) {
  const scenario = sample((s) => {
    s.affiliatePostbacks = rules;
    s.platform = {
      statusesShownToAffiliates: platform.shown ?? [1, 2, 3, 5],
      considerGlobalPostback: platform.considerGlobal ?? false,
    };
  });
  const clickValues = new Map([
    ['sub1', 'aff-click-123'],
    ['sub2', 'spring'],
    ['ip', '203.0.113.7'],
    ['device_ua', 'UA/1'],
    ['geo', 'DE'],
    ['city', 'Berlin'],
  ]);
  return affiliatePostbacksFor(change, 0, conv, fields, {
    scenario,
    clickValues,
    clickAt: Date.parse('2026-01-15T10:00:00Z'),
    random: seededRandom(1),
  }).decisions;
}

describe('affiliate postback status filter', () => {
  it.each([
    ['any', created(2), true],
    ['any', changed(1), true],
    ['by-creating', created(2), true],
    ['by-creating', changed(1), false],
    ['approved', created(1), true],
    ['approved', created(2), false],
    ['approved', changed(1), true],
    ['pending', created(2), true],
    ['pending', changed(3), false],
    ['declined', changed(3), true],
    ['declined', created(1), false],
    ['hold', created(5), true],
    ['hold', changed(1), false],
  ] as const)('status %s, change %o → sent %s', (status, change, sent) => {
    const [decision] = decide(
      [rule({ scope: 'global', status })],
      change,
      conversion({ status: change.status }),
    );
    expect(decision?.sent).toBe(sent);
    expect(decision?.reason).toMatch(/status/);
  });
});

describe('affiliate postback integration method', () => {
  it.each([
    ['all', 'default', true],
    ['all', 'probabilistic', true],
    ['default', 'default', true],
    ['default', 'probabilistic', false],
    ['probabilistic', 'probabilistic', true],
    ['probabilistic', 'default', false],
  ] as const)('rule %s, conversion %s → sent %s', (integration, by, sent) => {
    const [decision] = decide(
      [rule({ scope: 'global', integration })],
      created(1),
      conversion({ integration: by }),
    );
    expect(decision?.sent).toBe(sent);
    if (!sent) expect(decision?.reason).toMatch(/integration method/);
  });
});

describe('global and local postbacks', () => {
  it('a matching local postback is sent and the global one skipped', () => {
    const decisions = decide(
      [rule({ scope: 'global' }), rule({ scope: 'local', goal: 'purchase' })],
      created(1),
    );
    expect(decisions.map((d) => d.sent)).toEqual([false, true]);
    expect(decisions[0]?.reason).toMatch(/local postbacks take precedence/);
  });

  it('the local goal filter matches case-insensitively', () => {
    const [local] = decide([rule({ scope: 'local', goal: 'PURCHASE' })], created(1));
    expect(local?.sent).toBe(true);
  });

  it('locals exist but none matches: the global one is skipped without "Consider global postback"', () => {
    const decisions = decide(
      [rule({ scope: 'global' }), rule({ scope: 'local', goal: 'install' })],
      created(1),
    );
    expect(decisions.map((d) => d.sent)).toEqual([false, false]);
    expect(decisions[0]?.reason).toMatch(/Consider global postback/);
    expect(decisions[1]?.reason).toMatch(/goal "install"/);
  });

  it('locals exist but none matches: the global one is sent with "Consider global postback"', () => {
    const decisions = decide(
      [rule({ scope: 'global' }), rule({ scope: 'local', goal: 'install' })],
      created(1),
      conversion(),
      { considerGlobal: true },
    );
    expect(decisions.map((d) => d.sent)).toEqual([true, false]);
    expect(decisions[0]?.reason).toMatch(/via "Consider global postback"/);
  });

  it('a local postback of another offer does not count: the global one is used', () => {
    const decisions = decide(
      [rule({ scope: 'global' }), rule({ scope: 'local', offerId: '99' })],
      created(1),
    );
    expect(decisions.map((d) => d.sent)).toEqual([true, false]);
    expect(decisions[1]?.reason).toMatch(/offer 99/);
  });

  it('several matching locals are all sent', () => {
    const decisions = decide(
      [rule({ scope: 'local' }), rule({ scope: 'local', status: 'approved' })],
      created(1),
    );
    expect(decisions.map((d) => d.sent)).toEqual([true, true]);
  });

  it('a status hidden from affiliates skips every rule', () => {
    const decisions = decide(
      [rule({ scope: 'global' }), rule({ scope: 'local' })],
      created(5),
      conversion({ status: 5 }),
      { shown: [1, 2, 3] },
    );
    expect(decisions.every((d) => !d.sent && /not shown to affiliates/.test(d.reason))).toBe(true);
  });
});

describe('affiliate postback requests', () => {
  it('fills Affise affiliate macros: {sum} is the payout, {status}, {goal}, {offerid}, {transactionid}, subs', () => {
    const url =
      'https://aff.example/pb?click={sub1}&camp={sub2}&payout={sum}&status={status}&goal={goal}&offer={offerid}&txn={transactionid}&cur={currency}&ip={ip}&ua={uagent}&geo={geo}&d={date}&t={time}&ts={timestamp}&cf={custom_field1}&os={order_sum}';
    const fields = new Map([
      ['custom_field1', 'vip'],
      ['sum', '4.99'],
    ]);
    const [decision] = decide(
      [rule({ scope: 'global', url })],
      created(1),
      conversion(),
      {},
      fields,
    );
    expect(decision?.request).toEqual({
      method: 'GET',
      url: 'https://aff.example/pb?click=aff-click-123&camp=spring&payout=3&status=1&goal=purchase&offer=12&txn=aaaaaaaaaaaaaaaaaaaaaaaa&cur=USD&ip=203.0.113.7&ua=UA%2F1&geo=DE&d=2026-01-15%2011%3A00%3A00&t=11%3A00%3A00&ts=1768474800&cf=vip&os=4.99',
      body: null,
    });
  });

  it('POST sends the query as form fields to the URL without its query', () => {
    const [decision] = decide([rule({ scope: 'global', method: 'POST' })], created(1));
    expect(decision?.built).toMatchObject({
      method: 'POST',
      url: 'https://aff.example/global',
      body: 'c=aff-click-123&s=1',
      contentType: 'application/x-www-form-urlencoded',
    });
  });

  it('a probabilistic conversion has no click, so subs are empty', () => {
    const [decision] = decide(
      [rule({ scope: 'global' })],
      created(1),
      conversion({ clickId: null, integration: 'probabilistic' }),
    );
    expect(decision?.request?.url).toBe('https://aff.example/global?c=&s=1');
  });

  it('values are encoded once as query values', () => {
    const [decision] = decide(
      [rule({ scope: 'global', url: 'https://aff.example/x?g={goal}' })],
      created(1),
      conversion({ goal: 'first deposit' }),
    );
    expect(decision?.request?.url).toBe('https://aff.example/x?g=first%20deposit');
  });
});

describe('affiliate postback rule checks', () => {
  it.each([
    [
      'not a URL',
      rule({ scope: 'global', url: 'aff.example/pb' }),
      'dry-run-affiliate-url-invalid',
    ],
    [
      'unknown macro',
      rule({ scope: 'global', url: 'https://aff.example/pb?x={payout}' }),
      'dry-run-affiliate-macro-unknown',
    ],
    [
      'POST body assumption',
      rule({ scope: 'global', method: 'POST' }),
      'dry-run-affiliate-post-body',
    ],
  ])('%s', (_name, r, code) => {
    expect(checkAffiliateRule(r, 0).map((f) => f.code)).toContain(code);
  });

  it('a global rule cannot name an offer or a goal', () => {
    const parsed = AffiliatePostbackRuleSchema.safeParse({
      scope: 'global',
      goal: '1',
      url: URL_GLOBAL,
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(['goal']);
  });
});
