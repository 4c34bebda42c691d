import { describe, expect, it } from 'vitest';
import {
  buildModel,
  knownAdminHosts,
  linkTokenOf,
  trackingLinkFacts,
} from '@/components/popup/model/build-model';
import {
  applyQuickFix,
  resetGoalList,
  setGoalList,
  setGoalMapping,
  setManualField,
} from '@/components/popup/model/draft-updaters';
import { effectiveOffer } from '@/components/popup/model/effective-offer';
import { displaySeverity } from '@/components/popup/model/finding-display';
import { mappedGoals } from '@/components/popup/model/generate-input';
import { insertMacro } from '@/components/popup/model/insert-macro';
import type { Offer } from '@/lib/affise/offer';
import { inspectLink } from '@/lib/link/inspect-link';
import { emptyDraft } from '@/utils/draft-defaults';
import type { Draft } from '@/utils/popup-state';

const LINK = 'https://app.adjust.com/abc123?campaign={offer_id}';
const POSTBACK = 'https://offers-rocketcompany.affise.com/postback?clickid={clickid}';
const stamp = { source: 'page', readAt: '2026-01-01T00:00:00.000Z' } as const;

const offer: Offer = {
  key: 'rocketcompany/12',
  network: 'rocketcompany',
  offerId: '12',
  adminHost: 'rocketcompany.affise.com',
  fields: {
    title: { value: 'Rocket', ...stamp },
    trackingUrl: { value: LINK, ...stamp },
    postbackUrl: { value: POSTBACK, ...stamp },
    goals: {
      value: [
        { value: '1', title: 'Install' },
        { value: 'purchase', title: 'Purchase' },
      ],
      ...stamp,
    },
  },
} as Offer;

const draft = (over: Partial<Draft> = {}): Draft => ({ ...emptyDraft(), ...over });

describe('draft updaters', () => {
  it.each([
    ['types a value', 'x', { trackingUrl: 'x' }],
    ['an empty value is still typed', '', { trackingUrl: '' }],
    ['undefined goes back to what was read', undefined, {}],
  ] as const)('setManualField: %s', (_name, value, manual) => {
    const start = draft({ manual: { trackingUrl: 'old' } });
    expect(setManualField(start, 'trackingUrl', value).manual).toEqual(manual);
    expect(start.manual).toEqual({ trackingUrl: 'old' });
  });

  it('choosing the install for one goal leaves the goal that had it out', () => {
    const start = draft();
    const goals = mappedGoals(
      [
        { value: '1', title: '' },
        { value: '2', title: '' },
      ],
      start,
      undefined,
    );
    const next = setGoalMapping(start, goals, '2', { activity: 'install', token: '' });
    expect(next.mapping).toEqual({
      '1': { activity: 'none', token: '' },
      '2': { activity: 'install', token: '' },
    });
  });

  it('a renamed goal keeps the mapping the user chose, and only that', () => {
    const start = draft({ mapping: { reg: { activity: 'event', token: 'abc123' } } });
    const next = setGoalList(start, [{ value: 'registration', title: '' }], {
      from: 'reg',
      to: 'registration',
    });
    expect(next.mapping).toEqual({ registration: { activity: 'event', token: 'abc123' } });
    expect(next.manual.goals).toEqual([{ value: 'registration', title: '' }]);
    expect(resetGoalList(next).manual).toEqual({});
  });

  it.each([
    [{ kind: 'setText', field: 'postbackUrl', value: POSTBACK } as const, 'manual'],
    [{ kind: 'setLinkKind', linkKind: 'branded' } as const, 'linkKind'],
    [
      { kind: 'setMapping', goal: 'x', mapping: { activity: 'none', token: '' } } as const,
      'mapping',
    ],
  ])('applyQuickFix %j changes %s', (action, key) => {
    const before = draft();
    const after = applyQuickFix(before, [], action);
    expect(after[key as keyof Draft]).not.toEqual(before[key as keyof Draft]);
  });
});

describe('build model', () => {
  it('reads the offer, suggests the install for goal 1, and builds the link once tokens are typed', () => {
    const empty = buildModel({ offer, draft: draft(), memory: {}, adminHosts: [] });
    expect(empty.goals.map((g) => [g.value, g.mapping.activity, g.suggested])).toEqual([
      ['1', 'install', true],
      ['purchase', 'event', true],
    ]);
    expect(empty.findings.map((f) => f.code)).toContain('goal-without-token');
    const typed = buildModel({
      offer,
      draft: draft({ mapping: { purchase: { activity: 'event', token: 'pur123' } } }),
      memory: {},
      adminHosts: [],
    });
    expect(typed.result.link).toContain('event_callback_pur123=');
    expect(typed.linkToken).toBe('abc123');
    expect(typed.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('remembered tokens of the app fill the table', () => {
    const memory = {
      abc123: { installGoal: '1', tokens: { purchase: 'pur999' }, updatedAt: 1 },
    };
    const model = buildModel({ offer, draft: draft(), memory, adminHosts: [] });
    expect(model.goals[1]?.mapping).toEqual({ activity: 'event', token: 'pur999' });
    expect(model.result.link).toContain('event_callback_pur999=');
  });

  it('typed values win over what was read, and say so', () => {
    const effective = effectiveOffer(offer, { title: 'Typed' });
    expect(effective.title).toEqual({ value: 'Typed', source: 'manual', read: 'Rocket' });
    expect(effective.trackingUrl.source).toBe('page');
  });

  it('lists the required fields neither read nor typed', () => {
    const model = buildModel({ offer: null, draft: draft(), memory: {}, adminHosts: [] });
    expect(model.result.link).toBeNull();
    expect(model.missing.map((m) => m.field)).toEqual(['trackingUrl', 'postbackUrl', 'goals']);
    const typed = buildModel({
      offer: null,
      draft: draft({ manual: { trackingUrl: LINK } }),
      memory: {},
      adminHosts: [],
    });
    expect(typed.missing.map((m) => m.field)).toEqual(['postbackUrl', 'goals']);
  });

  it('a custom admin domain of the offer counts as Affise', () => {
    expect(knownAdminHosts({ ...offer, adminHost: 'admin.example.com' }, ['a.example'])).toEqual([
      'a.example',
      'admin.example.com',
    ]);
    expect(knownAdminHosts(offer, [])).toEqual([]);
  });

  it.each([
    'https://app.adjust.com/abc123?campaign=x',
    'https://app.adjust.com/abc123_def456',
    'https://rocket.go.link/path?adj_t=abc123_def456',
    'https://example.com/abc123',
    'app.adjust.com abc123',
  ])('reads kind and tokens of %s as the link inspector does', (link) => {
    const inspected = inspectLink(link);
    expect(trackingLinkFacts(link)).toEqual({ kind: inspected.kind, tokens: inspected.tokens });
  });

  it('keys remembered tokens by the link token(s) and reads nothing from an empty link', () => {
    expect(linkTokenOf(trackingLinkFacts('https://app.adjust.com/abc123_def456'))).toBe(
      'abc123_def456',
    );
    expect(trackingLinkFacts('  ')).toBeNull();
    expect(linkTokenOf(null)).toBeNull();
  });
});

describe('how findings are shown', () => {
  const model = buildModel({ offer, draft: draft(), memory: {}, adminHosts: [] });
  const untyped = model.findings.find((f) => f.code === 'goal-without-token');
  const plain = { trackingUrl: LINK, postbackUrl: POSTBACK };

  it('an untyped token is "to do" until the user copies or fills', () => {
    if (!untyped) throw new Error('expected goal-without-token');
    expect(displaySeverity(untyped, false, plain)).toBe('todo');
    expect(displaySeverity(untyped, true, plain)).toBe('error');
  });

  it('an empty link is "to do"; a wrong one is an error at once', () => {
    const empty = buildModel({ offer: null, draft: draft(), memory: {}, adminHosts: [] });
    const link = empty.findings.find((f) => f.code === 'adjust-link-invalid');
    if (!link) throw new Error('expected adjust-link-invalid');
    expect(displaySeverity(link, false, { trackingUrl: '', postbackUrl: '' })).toBe('todo');
    expect(displaySeverity(link, false, { trackingUrl: 'app.adjust', postbackUrl: '' })).toBe(
      'error',
    );
  });
});

describe('insertMacro', () => {
  it.each([
    ['at the caret', 'a=&b', { start: 2, end: 2 }, 'a={x}&b', 5],
    ['over a selection', 'a=zz&b', { start: 2, end: 4 }, 'a={x}&b', 5],
    ['at the end when the field was never focused', 'a=', null, 'a={x}', 5],
    ['a caret beyond the text is clamped', 'a=', { start: 9, end: 12 }, 'a={x}', 5],
  ] as const)('%s', (_name, value, at, result, caret) => {
    expect(insertMacro(value, at, '{x}')).toEqual({
      value: result,
      caret: { start: caret, end: caret },
    });
  });
});
