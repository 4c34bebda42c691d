import { describe, expect, it } from 'vitest';
import { macroOwner, SHARED_MACRO_NAMES } from '../../../lib/catalog/macro-names';
import {
  ADJUST_PLACEHOLDERS,
  AFFISE_AFFILIATE_MACROS,
  AFFISE_CLICK_MACROS,
  DESCRIBED_NAMES,
} from '../../../lib/catalog/macros';
import { POSTBACK_PARAMS } from '../../../lib/catalog/postback-params';
import { encodeCallback } from '../../../lib/link/encode-callback';
import { tokenizeTemplate } from '../../../lib/url/macro-tokens';
import { decodeOnce } from '../../../lib/url/query';

const all = [...AFFISE_CLICK_MACROS, ...ADJUST_PLACEHOLDERS, ...AFFISE_AFFILIATE_MACROS];

describe('macro catalogues', () => {
  it.each(all.map((m) => [`${m.system} {${m.name}}`, m] as const))(
    '%s has a description, an example and a source',
    (_n, macro) => {
      expect(macro.description.length).toBeGreaterThan(3);
      expect(macro.example).not.toBe('');
      expect(macro.source).toMatch(/^https:\/\//);
      expect(tokenizeTemplate(`x{${macro.name}}y`)).toEqual([
        { kind: 'text', text: 'x' },
        { kind: 'macro', name: macro.name, text: `{${macro.name}}` },
        { kind: 'text', text: 'y' },
      ]);
    },
  );

  it('describes only listed names: no text outlives its name', () => {
    const listed = {
      'affise-click': AFFISE_CLICK_MACROS,
      adjust: ADJUST_PLACEHOLDERS,
      'affise-affiliate': AFFISE_AFFILIATE_MACROS,
    } as const;
    for (const [system, names] of Object.entries(DESCRIBED_NAMES)) {
      const known = new Set(listed[system as keyof typeof listed].map((m) => m.name));
      expect(names.filter((name) => !known.has(name))).toEqual([]);
    }
  });

  it('has no name twice within one system', () => {
    for (const list of [AFFISE_CLICK_MACROS, ADJUST_PLACEHOLDERS, AFFISE_AFFILIATE_MACROS]) {
      const names = list.map((m) => m.name);
      expect(new Set(names).size).toBe(names.length);
    }
  });

  it('knows the four names both Affise and Adjust fill', () => {
    expect([...SHARED_MACRO_NAMES].sort()).toEqual(['city', 'language', 'os_version', 'referrer']);
  });

  it.each(AFFISE_CLICK_MACROS.filter((m) => !SHARED_MACRO_NAMES.has(m.name)).map((m) => [m.name]))(
    'Affise {%s} stays raw inside a callback and survives the round trip',
    (name) => {
      const url = `https://o.affise.com/postback?v={${name}}`;
      expect(macroOwner(name)).toBe('affise');
      expect(encodeCallback(url)).toContain(`{${name}}`);
      expect(decodeOnce(encodeCallback(url))).toBe(url);
    },
  );

  it.each(ADJUST_PLACEHOLDERS.map((m) => [m.name]))(
    'Adjust {%s} is encoded inside a callback and decodes back',
    (name) => {
      const url = `https://o.affise.com/postback?v={${name}}`;
      expect(macroOwner(name)).toBe('adjust');
      expect(encodeCallback(url)).toContain(`%7B${name}%7D`);
      expect(decodeOnce(encodeCallback(url))).toBe(url);
    },
  );

  it('covers sub1 to sub30 for click macros and sub1 to sub8 for affiliate postbacks', () => {
    expect(AFFISE_CLICK_MACROS.filter((m) => /^sub\d+$/.test(m.name))).toHaveLength(30);
    expect(AFFISE_AFFILIATE_MACROS.filter((m) => /^sub\d+$/.test(m.name))).toHaveLength(8);
    expect(AFFISE_AFFILIATE_MACROS.some((m) => m.name === 'clickid')).toBe(false);
  });

  it.each(POSTBACK_PARAMS.map((p) => [p.name, p] as const))(
    'postback parameter %s has advice and a valid suggestion',
    (_n, param) => {
      expect(param.advice).toMatch(/\.$/);
      if (param.suggestion) expect(macroOwner(param.suggestion.slice(1, -1))).not.toBe('unknown');
    },
  );
});

// Facts of the Affise help centre, each row with the page that states it.
describe('Affise catalogue facts', () => {
  const param = (name: string) => POSTBACK_PARAMS.find((p) => p.name === name);
  it.each([
    // https://help-center.affise.com/en/articles/6475468: device_type is a device kind.
    ['device_type is a device kind, never {os_name}', () => param('device_type')?.suggestion, null],
    [
      'device_type lists the kinds',
      () => param('device_type')?.description.includes('smartwatch'),
      true,
    ],
    // 6475468 has no currency parameter; order_currency belongs to editing a conversion (6515326).
    ['currency is not suggested', () => param('currency'), undefined],
    ['order_currency is not suggested', () => param('order_currency'), undefined],
    // 6475468: custom_field1 … custom_field15.
    ['custom_field15 exists', () => param('custom_field15')?.name, 'custom_field15'],
    ['no custom_field16', () => param('custom_field16'), undefined],
  ])('postback parameters: %s', (_name, read, expected) => {
    expect(read()).toBe(expected);
  });

  const affiliate = new Map(AFFISE_AFFILIATE_MACROS.map((m) => [m.name, m]));
  it.each([
    'offer_name',
    'date_only',
    'referrer',
    'os',
    'os_id',
    'ref_id',
    'ext1',
    'ext2',
    'ext3',
    'fbclid',
    'promo_code',
    'order_currency',
    'custom_field_1',
    'custom_field7',
  ])('affiliate postback macro {%s} is listed with article 6483741', (name) => {
    expect(affiliate.get(name)?.source).toBe('https://help-center.affise.com/en/articles/6483741');
  });

  it.each([
    ['date', /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/],
    ['click_date', /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/],
    ['rand', /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/],
  ])('affiliate {%s} example has the page’s format', (name, format) => {
    expect(affiliate.get(name)?.example).toMatch(format);
  });

  const click = new Map(AFFISE_CLICK_MACROS.map((m) => [m.name, m]));
  it.each([
    ['time_petty', /^\d{2}:\d{2}:\d{2}$/],
    ['rand', /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/],
  ])('tracking-URL {%s} has the format of article 6553802', (name, format) => {
    expect(click.get(name)?.example).toMatch(format);
    expect(click.get(name)?.source).toBe('https://help-center.affise.com/en/articles/6553802');
  });
});
