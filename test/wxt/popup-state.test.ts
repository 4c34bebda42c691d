import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  type Draft,
  defaultMapping,
  emptyDraft,
  MAX_DRAFTS,
  MAX_REMEMBERED_APPS,
  type PopupState,
  popupState,
  rememberTokens,
  TYPED_DRAFT_KEY,
  takeStorageProblems,
  tokenMemory,
  withDraft,
} from '@/utils/popup-state';

const typed: Draft = {
  ...emptyDraft(),
  manual: {
    trackingUrl: 'https://app.adjust.com/abc123?campaign={offer_id}',
    postbackUrl: 'https://offers-rocket.affise.com/postback?clickid={clickid}&sum={sum}',
    goals: [
      { value: '1', title: 'Install' },
      { value: 'deposit', title: 'First deposit' },
    ],
  },
  mapping: { deposit: { activity: 'event', token: 'r8oaj2' } },
  linkKind: 'branded',
  mergeSharedTokens: true,
  sharedMacros: { city: 'affise' },
};

describe('popup state in storage', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    takeStorageProblems();
  });

  it('starts with an empty typed draft on the build tab', async () => {
    expect(await popupState.getValue()).toEqual({
      currentKey: TYPED_DRAFT_KEY,
      drafts: {},
      tab: 'build',
    });
  });

  it('gives back everything typed after the popup is closed and opened again', async () => {
    const saved = withDraft(await popupState.getValue(), 'rocket/12', typed, 1_000);
    await popupState.setValue({ ...saved, tab: 'dry-run' });

    // A new popup page reads storage from scratch.
    const reopened = await popupState.getValue();
    expect(reopened.currentKey).toBe('rocket/12');
    expect(reopened.tab).toBe('dry-run');
    expect(reopened.drafts['rocket/12']).toEqual({ ...typed, updatedAt: 1_000 });
  });

  it('keeps one draft per offer, so switching offers loses nothing', async () => {
    let state = await popupState.getValue();
    state = withDraft(state, 'rocket/12', typed, 1);
    state = withDraft(state, 'rocket/13', { ...emptyDraft(), manual: { title: 'Other' } }, 2);
    await popupState.setValue(state);
    const reopened = await popupState.getValue();
    expect(reopened.currentKey).toBe('rocket/13');
    expect(reopened.drafts['rocket/12']?.manual).toEqual(typed.manual);
    expect(reopened.drafts['rocket/13']?.manual).toEqual({ title: 'Other' });
  });

  it('drops the oldest drafts beyond the limit but never the current one', () => {
    let state: PopupState = { currentKey: '', drafts: {}, tab: 'build' };
    for (let i = 0; i < MAX_DRAFTS + 5; i++)
      state = withDraft(state, `n/${i}`, emptyDraft(), 100 + i);
    // The oldest offer is typed into again: it is current, so it stays.
    state = withDraft(state, 'n/0', typed, 10);
    expect(Object.keys(state.drafts)).toHaveLength(MAX_DRAFTS);
    expect(state.drafts['n/0']?.manual).toEqual(typed.manual);
    expect(state.drafts['n/1']).toBeUndefined();
    expect(state.drafts[`n/${MAX_DRAFTS + 4}`]).toBeDefined();
  });

  it('reports stored data that fails its schema and replaces it instead of crashing', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await fakeBrowser.storage.local.set({
      popupState: { currentKey: 7, drafts: { x: { manual: 'broken' } }, tab: 'build' },
    });

    // The bad current key and the bad draft are set aside; the valid tab choice stays.
    expect(await popupState.getValue()).toEqual(popupState.fallback);
    const problems = takeStorageProblems();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/drafts you typed in the popup could not be read/);
    expect(warn.mock.calls[0]?.[0]).toContain('"local:popupState"');
    // The repaired value is stored: the next read is clean.
    expect(await fakeBrowser.storage.local.get('popupState')).toEqual({
      popupState: popupState.fallback,
    });
    expect(takeStorageProblems()).toEqual([]);
  });

  it('refuses to store a draft that breaks the schema', async () => {
    const state = withDraft(await popupState.getValue(), 'k', typed, 1);
    const broken = JSON.parse(JSON.stringify(state));
    broken.drafts.k.mapping.deposit.activity = 'purchase';
    await expect(popupState.setValue(broken)).rejects.toThrow(/popupState/);
  });
});

describe('event tokens remembered per Adjust app', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    takeStorageProblems();
  });

  it('remembers tokens and the install goal under the link token and pre-fills the next offer', async () => {
    const memory = rememberTokens(
      {},
      'abc123',
      {
        '1': { activity: 'install', token: '' },
        deposit: { activity: 'event', token: ' r8oaj2 ' },
        level: { activity: 'none', token: 'zzz999' },
        purchase: { activity: 'event', token: '' },
      },
      5,
    );
    await tokenMemory.setValue(memory);
    const stored = (await tokenMemory.getValue()).abc123;
    expect(stored).toEqual({ installGoal: '1', tokens: { deposit: 'r8oaj2' }, updatedAt: 5 });

    expect(defaultMapping('deposit', stored)).toEqual({ activity: 'event', token: 'r8oaj2' });
    expect(defaultMapping('1', stored)).toEqual({ activity: 'install', token: '' });
    // Left out on one offer says nothing about the next one.
    expect(defaultMapping('level', stored)).toEqual({ activity: 'event', token: '' });
  });

  it('keeps what an app learned before and lets a new token replace an old one', () => {
    const first = rememberTokens(
      {},
      'abc123',
      { deposit: { activity: 'event', token: 'r8oaj2' } },
      1,
    );
    const second = rememberTokens(
      first,
      'abc123',
      {
        deposit: { activity: 'event', token: 'newtok' },
        level: { activity: 'event', token: 'lvl001' },
      },
      2,
    );
    expect(second.abc123?.tokens).toEqual({ deposit: 'newtok', level: 'lvl001' });
    // Another app's link token is another app.
    expect(second.def456).toBeUndefined();
  });

  it('without memory, goal "1" is the install (what Affise assumes) and other goals wait for a token', () => {
    expect(defaultMapping('1', undefined)).toEqual({ activity: 'install', token: '' });
    expect(defaultMapping('2', undefined)).toEqual({ activity: 'event', token: '' });
  });

  it('a remembered install goal other than "1" wins over the default', () => {
    const memory = rememberTokens({}, 'abc123', { reg: { activity: 'install', token: '' } }, 1);
    expect(defaultMapping('reg', memory.abc123)).toEqual({ activity: 'install', token: '' });
    expect(defaultMapping('1', memory.abc123)).toEqual({ activity: 'event', token: '' });
  });

  it('forgets the apps used longest ago beyond the limit', () => {
    let memory = {};
    for (let i = 0; i <= MAX_REMEMBERED_APPS; i++) {
      memory = rememberTokens(memory, `app${i}`, { g: { activity: 'event', token: 'abc123' } }, i);
    }
    expect(Object.keys(memory)).toHaveLength(MAX_REMEMBERED_APPS);
    expect(memory).not.toHaveProperty('app0');
    expect(memory).toHaveProperty(`app${MAX_REMEMBERED_APPS}`);
  });

  it('reports unreadable token memory and starts empty', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    await fakeBrowser.storage.local.set({ tokenMemory: { abc123: { tokens: 'nope' } } });
    expect(await tokenMemory.getValue()).toEqual({});
    expect(takeStorageProblems()[0]).toMatch(/remembered event tokens could not be read/);
  });
});
