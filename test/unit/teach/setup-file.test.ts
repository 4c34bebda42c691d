import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import {
  mergeSetup,
  parseSetupFile,
  type SetupData,
  setupFile,
} from '../../../lib/teach/setup-file';
import { parseTaughtLocators } from '../../../lib/teach/taught-locators';

const Tokens = z.object({ tokens: z.record(z.string(), z.string()) });
type T = z.infer<typeof Tokens>;
const Choices = z.object({ linkKind: z.enum(['auto', 'standard']) });
type C = z.infer<typeof Choices>;
const schemas = { tokens: Tokens, choices: Choices };
const combine = (a: T, b: T): T => ({ tokens: { ...a.tokens, ...b.tokens } });

const entry = (label: string) => ({
  locator: { tag: 'textarea', label },
  taughtAt: '2025-03-04T05:06:07.000Z',
});

const local: SetupData<T, C> = {
  adminDomains: ['admin.mine.com'],
  taughtLocators: { 'nordlicht.affise.com': { 'affise.title': entry('bezeichnung') } },
  tokenMemory: { abc123: { tokens: { reg: 'r1' } } },
  linkChoices: { 'rocketcompany/12': { linkKind: 'standard' } },
};

describe('parseSetupFile', () => {
  it('round-trips an exported setup', () => {
    const text = JSON.stringify(setupFile(local, '2025-03-04T05:06:07.000Z'));
    expect(parseSetupFile(text, schemas)).toEqual({ ok: true, data: local, problems: [] });
  });

  it.each([
    ['not json', 'not JSON'],
    ['{"format":"something-else","version":1}', 'not a Postbridge setup file'],
    ['{"format":"postbridge-setup","version":2}', 'not a Postbridge setup file of version 1'],
  ])('refuses %j with a sentence saying what to do', (text, words) => {
    const parsed = parseSetupFile(text, schemas);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toContain(words);
  });

  it('sets aside each bad entry and keeps the good ones', () => {
    const text = JSON.stringify({
      format: 'postbridge-setup',
      version: 1,
      adminDomains: ['admin.mine.com', 'https://bad/', 'second.mine.com'],
      taughtLocators: {
        'nordlicht.affise.com': {
          'affise.title': entry('ok'),
          'affise.nonsense': entry('x'),
          'affise.trackingUrl': { locator: { tag: 'BAD TAG' } },
        },
        'not a host': { 'affise.title': entry('x') },
      },
      tokenMemory: { abc123: { tokens: { reg: 'r1' } }, broken: { tokens: 5 } },
      linkChoices: { 'rocketcompany/12': { linkKind: 'weird' } },
    });
    const parsed = parseSetupFile(text, schemas);
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.data.adminDomains).toEqual(['admin.mine.com', 'second.mine.com']);
    expect(Object.keys(parsed.data.taughtLocators)).toEqual(['nordlicht.affise.com']);
    expect(Object.keys(parsed.data.taughtLocators['nordlicht.affise.com'] ?? {})).toEqual([
      'affise.title',
    ]);
    expect(Object.keys(parsed.data.tokenMemory)).toEqual(['abc123']);
    expect(parsed.data.linkChoices).toEqual({});
    expect(parsed.problems).toHaveLength(6);
  });

  it('carries no API key even when the file has one', () => {
    const text = JSON.stringify({
      ...setupFile(local, '2025-03-04T05:06:07.000Z'),
      apiKey: 'secret',
      affiseApi: { apiKey: 'secret' },
    });
    const parsed = parseSetupFile(text, schemas);
    expect(JSON.stringify(parsed)).not.toContain('secret');
  });
});

describe('mergeSetup', () => {
  const incoming: SetupData<T, C> = {
    adminDomains: ['admin.mine.com', 'team.example.com'],
    taughtLocators: {
      'nordlicht.affise.com': {
        'affise.title': entry('titel'),
        'affise.trackingUrl': entry('link'),
      },
      'help.adjust.com': { 'adjust.install': entry('instalación') },
    },
    tokenMemory: { abc123: { tokens: { buy: 'b1' } }, def456: { tokens: { reg: 'r2' } } },
    linkChoices: { 'rocketcompany/12': { linkKind: 'standard' } },
  };

  it('adds and replaces what the file has and keeps everything only the local setup has', () => {
    const { merged, changes } = mergeSetup(local, incoming, combine);
    expect(merged.adminDomains).toEqual(['admin.mine.com', 'team.example.com']);
    expect(merged.tokenMemory.abc123).toEqual({ tokens: { reg: 'r1', buy: 'b1' } });
    expect(merged.taughtLocators['nordlicht.affise.com']?.['affise.title']?.locator.label).toBe(
      'titel',
    );
    expect(changes).toEqual([
      { area: 'admin domain', key: 'team.example.com', kind: 'add' },
      { area: 'taught field', key: 'nordlicht.affise.com · affise.title', kind: 'replace' },
      { area: 'taught field', key: 'nordlicht.affise.com · affise.trackingUrl', kind: 'add' },
      { area: 'taught field', key: 'help.adjust.com · adjust.install', kind: 'add' },
      { area: 'event tokens', key: 'abc123', kind: 'replace' },
      { area: 'event tokens', key: 'def456', kind: 'add' },
    ]);
  });

  it('changes nothing when the same setup is imported twice', () => {
    const once = mergeSetup(local, incoming, combine).merged;
    expect(mergeSetup(once, incoming, combine).changes).toEqual([]);
  });
});

describe('parseTaughtLocators', () => {
  it('reports a stored value that is no map without throwing', () => {
    expect(parseTaughtLocators('garbage')).toMatchObject({
      value: {},
      problems: [expect.any(String)],
    });
    expect(parseTaughtLocators(undefined)).toEqual({ value: {}, problems: [], rejected: {} });
  });
});
