import { describe, expect, it } from 'vitest';
import {
  ADJUST_PLACEHOLDERS,
  AFFISE_AFFILIATE_MACROS,
  AFFISE_CLICK_MACROS,
  macroOwner,
  SHARED_MACRO_NAMES,
} from '../../../lib/catalog/macros';
import { POSTBACK_PARAMS } from '../../../lib/catalog/postback-params';
import { encodeCallback } from '../../../lib/encode-callback';
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
