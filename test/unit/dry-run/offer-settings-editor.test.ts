import { describe, expect, it } from 'vitest';
import {
  compact,
  hasOfferSettingsIssue,
  issueUnder,
  listEntryIssue,
  offerSettingsSummary,
  parseIpList,
  patchObject,
  shownIpText,
} from '@/components/dry-run/offer-settings';
import { issueMap } from '@/components/dry-run/scenario-issues';
import { SAMPLE_SCENARIO } from '@/lib/dry-run/sample-scenario';
import { type Scenario, ScenarioSchema } from '@/lib/dry-run/scenario';

const sample = (): Scenario => structuredClone(SAMPLE_SCENARIO);

describe('the summary line of the closed offer settings', () => {
  it.each<[string, (s: Scenario) => void, string]>([
    ['nothing set', () => undefined, 'Affise defaults: nothing changed'],
    [
      'the offer’s own secure code is not news',
      (s) => {
        s.offer.secureCode = 'x';
      },
      'Affise defaults: nothing changed',
    ],
    [
      'hold period',
      (s) => {
        s.offer.holdPeriod = { value: 2, unit: 'days' };
      },
      'Hold 2 days',
    ],
    [
      'one hour',
      (s) => {
        s.offer.holdPeriod = { value: 1, unit: 'hours' };
      },
      'Hold 1 hour',
    ],
    [
      'everything',
      (s) => {
        s.offer.disabled = true;
        s.offer.holdPeriod = { value: 7, unit: 'days' };
        s.offer.ipWhitelist = ['1.2.3.4'];
        s.advertiser = { ipWhitelist: ['5.6.7.8'], secureCode: 'adv' };
        s.offer.caps = [{ conversions: 3 }];
        s.offer.clickSessionLifespan = { value: 30, unit: 'days' };
        s.offer.minClickSessionLifespan = { value: 1, unit: 'minutes' };
        s.offer.allowDuplicateConversions = true;
        s.platform.secureCode = 'plat';
      },
      'Offer disabled · hold 7 days · IP whitelist of 2 · 1 cap · click session 30 days · min. click session 1 minute · duplicates allowed · secure code at offer, advertiser, platform level',
    ],
  ])('%s', (_name, change, line) => {
    const scenario = sample();
    change(scenario);
    expect(offerSettingsSummary(scenario)).toBe(line);
  });
});

describe('IP whitelist text', () => {
  it.each<[string, string[] | undefined]>([
    ['', undefined],
    ['  \n ', undefined],
    ['1.2.3.4', ['1.2.3.4']],
    ['1.2.3.4,\n 5.6.7.0/24 ; 9.9.9.9 ', ['1.2.3.4', '5.6.7.0/24', '9.9.9.9']],
  ])('%j parses to %j', (text, list) => {
    expect(parseIpList(text)).toEqual(list);
  });

  it('keeps what is being typed while it means the same list, else shows the list', () => {
    expect(shownIpText(null, ['1.2.3.4', '5.6.7.8'])).toBe('1.2.3.4\n5.6.7.8');
    expect(shownIpText('1.2.3.4, ', ['1.2.3.4'])).toBe('1.2.3.4, ');
    expect(shownIpText('', undefined)).toBe('');
    // Changed elsewhere (Apply JSON): the scenario wins.
    expect(shownIpText('1.2.3.4', ['9.9.9.9'])).toBe('9.9.9.9');
  });
});

describe('empty fields leave the scenario as it was', () => {
  it('patchObject drops keys set to undefined and keeps the rest', () => {
    const offer = { ...sample().offer, holdPeriod: { value: 1, unit: 'hours' as const } };
    const next = patchObject(offer, { holdPeriod: undefined, disabled: undefined });
    expect('holdPeriod' in next).toBe(false);
    expect('disabled' in next).toBe(false);
    expect(next).toEqual(sample().offer);
  });

  it('compact gives undefined for an object with nothing set', () => {
    expect(compact({ secureCode: undefined, ipWhitelist: undefined })).toBeUndefined();
    expect(compact({ secureCode: 'a', ipWhitelist: undefined })).toEqual({ secureCode: 'a' });
  });

  it('a scenario whose settings were set and emptied again runs as the original', () => {
    const scenario = sample();
    const set = patchObject(scenario.offer, {
      holdPeriod: { value: 2, unit: 'days' },
      disabled: true,
    });
    const emptied = patchObject(set, { holdPeriod: undefined, disabled: undefined });
    expect(JSON.stringify({ ...scenario, offer: emptied })).toBe(JSON.stringify(scenario));
  });
});

describe('issues shown at the settings’ fields', () => {
  const issuesOf = (change: (s: Scenario) => void) => {
    const scenario = sample();
    change(scenario);
    const parsed = ScenarioSchema.safeParse(scenario);
    expect(parsed.success).toBe(false);
    return issueMap(parsed.error ?? null);
  };

  it('a hold period over 60 is at offer.holdPeriod and opens the group', () => {
    const issues = issuesOf((s) => {
      s.offer.holdPeriod = { value: 61, unit: 'days' };
    });
    expect(issueUnder(issues, 'offer.holdPeriod')).toBe(
      'a hold period is at most 60 (days or hours)',
    );
    expect(hasOfferSettingsIssue(issues)).toBe(true);
  });

  it('a bad whitelist entry is named by its place in the list', () => {
    const issues = issuesOf((s) => {
      s.offer.ipWhitelist = ['1.2.3.4', 'not-an-ip'];
    });
    expect(listEntryIssue(issues, 'offer.ipWhitelist')).toBe(
      'Entry 2 should be an IPv4 address such as 178.162.216.65, or a range such as 178.162.216.64/26.',
    );
  });

  it('an issue elsewhere does not open the group', () => {
    const issues = issuesOf((s) => {
      s.offer.trackingUrl = '';
    });
    expect(hasOfferSettingsIssue(issues)).toBe(false);
    expect(issueUnder(issues, 'offer.caps')).toBeUndefined();
  });
});

describe('the settings’ messages say what to type', () => {
  it.each<[string, Partial<Scenario['offer']>, string, string]>([
    [
      'a fractional hold period',
      { holdPeriod: { value: 1.5, unit: 'days' } },
      'offer.holdPeriod.value',
      'a hold period is a whole number of days or hours',
    ],
    [
      'an emptied cap',
      { caps: [{} as { conversions: number }] },
      'offer.caps[0].conversions',
      'a cap is a whole number of conversions',
    ],
    [
      'a zero lifespan',
      { clickSessionLifespan: { value: 0, unit: 'days' } },
      'offer.clickSessionLifespan.value',
      'a duration is more than 0',
    ],
  ])('%s', (_name, patch, path, message) => {
    const scenario = sample();
    const parsed = ScenarioSchema.safeParse({
      ...scenario,
      offer: { ...scenario.offer, ...patch },
    });
    expect(issueMap(parsed.error ?? null).get(path)).toBe(message);
  });
});
