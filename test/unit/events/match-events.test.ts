import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EVENT_SYNONYMS } from '../../../lib/events/event-synonyms';
import { type GoalToMatch, matchEventList } from '../../../lib/events/match-events';
import { normaliseEventName } from '../../../lib/events/normalise-event-name';
import { parseEventList } from '../../../lib/events/parse-event-list';

const GOALS: GoalToMatch[] = [
  { value: 'reg', title: 'Registration' },
  { value: 'purchase', title: 'First purchase' },
];

const match = (text: string, goals: GoalToMatch[] = GOALS) =>
  matchEventList(parseEventList(text), goals);
const brief = (text: string, goals?: GoalToMatch[]) =>
  match(text, goals).matches.map(({ goal, token, basis, sure }) => ({ goal, token, basis, sure }));
type Brief = ReturnType<typeof brief>[number];
/** A match filled at once (`sure`), and one that waits for the user's tick (`unsure`). */
const matchOf =
  (isSure: boolean) =>
  (goal: string, token: string, basis: Brief['basis']): Brief => ({
    goal,
    token,
    basis,
    sure: isSure,
  });
const sure = matchOf(true);
const unsure = matchOf(false);

describe('normaliseEventName ignores case, spaces, punctuation and accents', () => {
  const same: [string, string][] = [
    ['Sign-Up', 'sign up'],
    ['SignUp', 'signup'],
    ['sign_up (iOS)', 'Sign up'],
    ['Première inscription', 'premiere inscription'],
    ['FIRST_DEPOSIT', 'firstDeposit'],
    ['Level 5', 'level_5'],
    ['Purchase event', 'purchase'],
  ];
  it.each(same)('%s ~ %s', (a, b) => {
    expect(normaliseEventName(a).compact).toBe(normaliseEventName(b).compact);
  });

  const concepts: [string, string][] = [
    ['reg', 'registration'],
    ['Sign up', 'registration'],
    ['FTD', 'first deposit'],
    ['First time deposit', 'first deposit'],
    ['Buy', 'purchase'],
    ['lvl 5', 'level 5'],
    ['Level05', 'level 5'],
    ['L10', 'level 10'],
  ];
  it.each(concepts)('%s means %s', (name, concept) => {
    expect(normaliseEventName(name).concept).toBe(concept);
  });

  it('keeps the platform apart from the name', () => {
    expect(normaliseEventName('Purchase (Android)')).toMatchObject({
      compact: 'purchase',
      platforms: ['android'],
    });
  });
});

describe('matchEventList', () => {
  const cases: {
    what: string;
    text: string;
    goals?: GoalToMatch[];
    want: ReturnType<typeof brief>;
  }[] = [
    {
      what: 'the same names as the goal titles or values are sure',
      text: 'Registration\tr8oaj2\npurchase\tp4x9k1',
      want: [sure('reg', 'r8oaj2', 'same-name'), sure('purchase', 'p4x9k1', 'same-name')],
    },
    {
      what: 'known synonyms are sure (sign up = registration, buy = purchase)',
      text: 'Sign up - s1gn00\nBuy - b0y000',
      want: [sure('reg', 's1gn00', 'synonym'), sure('purchase', 'b0y000', 'synonym')],
    },
    {
      what: 'FTD matches a "First deposit" goal',
      text: 'FTD: f7d000',
      goals: [{ value: '3', title: 'First deposit' }],
      want: [sure('3', 'f7d000', 'synonym')],
    },
    {
      what: 'a name sharing words is unsure',
      text: 'Purchase completed, pc0001',
      goals: [{ value: '2', title: 'Purchase' }],
      want: [unsure('2', 'pc0001', 'similar')],
    },
    {
      what: 'levels match only with the same number',
      text: 'lvl 5 - l50000\nlvl 10 - l10000',
      goals: [
        { value: 'level10', title: 'Level 10' },
        { value: 'level5', title: 'Level 5' },
      ],
      want: [sure('level10', 'l10000', 'synonym'), sure('level5', 'l50000', 'synonym')],
    },
    {
      what: 'iOS and Android tokens of one event both go to the goal',
      text: 'Registration iOS, ri0s00\nRegistration Android, ra0000',
      goals: [{ value: 'reg', title: 'Registration' }],
      want: [sure('reg', 'ri0s00,ra0000', 'same-name')],
    },
    {
      what: 'two rows fitting one goal equally well make it unsure',
      text: 'Sign up, s1gn00\nRegister, r3g000',
      goals: [{ value: 'reg', title: 'Registration' }],
      want: [unsure('reg', 's1gn00', 'synonym')],
    },
    {
      what: 'a token listed under two names is unsure',
      text: 'Registration, abc123\nPurchase, abc123',
      want: [unsure('reg', 'abc123', 'same-name'), unsure('purchase', 'abc123', 'same-name')],
    },
    {
      what: 'the same row pasted twice is used once, and stays sure',
      text: 'Purchase,abc123\npurchase,abc123',
      want: [sure('purchase', 'abc123', 'same-name')],
    },
    {
      what: 'the same name beats a synonym for the same goal',
      text: 'Buy, b0y000\nFirst purchase, fp0000',
      goals: [{ value: '2', title: 'First purchase' }],
      want: [sure('2', 'fp0000', 'same-name')],
    },
    {
      what: 'first deposit and first purchase do not match just for "first"',
      text: 'First deposit, fd0000',
      goals: [{ value: '2', title: 'First purchase' }],
      want: [],
    },
  ];
  it.each(cases)('$what', ({ text, goals, want }) => {
    expect(brief(text, goals)).toEqual(want);
  });

  it('lists the rows and goals left over', () => {
    const result = match('Registration, r8oaj2\nTutorial, tut000');
    expect(result.unmatchedRows.map((row) => row.name)).toEqual(['Tutorial']);
    expect(result.unmatchedGoals).toEqual(['purchase']);
  });

  it('says why in one sentence', () => {
    const [sure] = match('Sign up - s1gn00').matches;
    expect(sure?.why).toBe('Means the same as “Registration”.');
    const [ftd] = match('FTD - f7d000', [
      { value: 'dep1', title: 'Deposit one' },
      { value: 'reg', title: 'Reg' },
    ]).matches;
    expect(ftd).toBeUndefined();
    const [reg] = match('Sign up - s1gn00', [{ value: '2', title: 'Reg' }]).matches;
    expect(reg?.why).toBe('Means the same as “Reg” (both: registration).');
  });
});

describe('the synonym table', () => {
  it('gives every name to one concept only, so a match is never a coin toss', () => {
    const seen = new Map<string, string>();
    for (const { concept, names } of EVENT_SYNONYMS) {
      for (const name of names) {
        const compact = normaliseEventName(name).compact;
        expect(seen.get(compact), `"${name}" is in "${seen.get(compact)}" and "${concept}"`).toBe(
          undefined,
        );
        seen.set(compact, concept);
        expect(normaliseEventName(name).concept).toBe(concept);
      }
    }
  });
});

describe('matchEventList properties', () => {
  const word = fc.stringMatching(/^[A-Z][a-z]{2,9}$/);
  const goalList = fc
    .uniqueArray(
      fc.array(word, { minLength: 1, maxLength: 3 }).map((w) => w.join(' ')),
      {
        minLength: 1,
        maxLength: 8,
        selector: (title) => normaliseEventName(title).compact,
      },
    )
    .filter((titles) => titles.every((t) => normaliseEventName(t).compact !== ''));
  const tokens = fc.uniqueArray(fc.stringMatching(/^[a-z0-9]{5}[0-9]$/), {
    minLength: 8,
    maxLength: 8,
  });
  const format = fc.constantFrom(
    (name: string, token: string) => `${name}\t${token}`,
    (name: string, token: string) => `"${name}",${token}`,
    (name: string, token: string) => `${name} - ${token}`,
    (name: string, token: string) => `${token}: ${name}`,
    (name: string, token: string) => `${name};${token}`,
  );

  it('an exact-name list always maps exactly, sure, in any format and order', () => {
    fc.assert(
      fc.property(goalList, tokens, format, fc.boolean(), (titles, toks, line, header) => {
        const goals = titles.map((title, i) => ({ value: `g${i}`, title }));
        const list = titles.map((title, i) => line(title, toks[i] as string)).reverse();
        const text = [...(header ? ['Event name\tEvent token'] : []), ...list].join('\n');
        const result = matchEventList(parseEventList(text), goals);
        expect(result.unmatchedGoals).toEqual([]);
        expect(result.unmatchedRows).toEqual([]);
        for (const [i, goal] of goals.entries()) {
          const found = result.matches.find((m) => m.goal === goal.value);
          expect(found).toMatchObject({ token: toks[i], basis: 'same-name', sure: true });
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never gives one row to two goals, nor a goal a token that is not in the list', () => {
    const anyGoals = fc.array(
      fc.record({ value: fc.string({ maxLength: 8 }), title: fc.string() }),
      {
        maxLength: 6,
      },
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), anyGoals, (text, goals) => {
        const parsed = parseEventList(text);
        const result = matchEventList(parsed, goals);
        const lines = result.matches.flatMap((m) => m.rows.map((row) => row.line));
        expect(new Set(lines).size).toBe(lines.length);
        const listed = new Set(parsed.rows.map((row) => row.token));
        for (const m of result.matches)
          for (const token of m.token.split(',')) expect(listed.has(token)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
