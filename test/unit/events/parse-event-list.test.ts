import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeEventListProblem } from '../../../lib/events/describe-event-list';
import {
  EVENT_TOKEN_PATTERN,
  type EventListProblem,
  type EventListRow,
  MAX_LINES,
  parseEventList,
} from '../../../lib/events/parse-event-list';

const rows = (text: string) => parseEventList(text).rows.map(({ name, token }) => [name, token]);

describe('parseEventList reads the shapes advertisers send', () => {
  const cases: { shape: string; text: string; want: string[][] }[] = [
    {
      shape: "Adjust's Events table copied (tab-separated, with header)",
      text: 'Event name\tEvent token\tUnique\nRegistration\tr8oaj2\tNo\nFirst purchase\tp4x9k1\tYes\n',
      want: [
        ['Registration', 'r8oaj2'],
        ['First purchase', 'p4x9k1'],
      ],
    },
    {
      shape: 'a spreadsheet exported as CSV with quotes',
      text: 'name,token\n"Level 5, hard",l5l5l5\nFTD,f7d7d7\n',
      want: [
        ['Level 5, hard', 'l5l5l5'],
        ['FTD', 'f7d7d7'],
      ],
    },
    {
      shape: 'semicolon CSV (European spreadsheets)',
      text: 'Purchase;abc123\nSign up;def456',
      want: [
        ['Purchase', 'abc123'],
        ['Sign up', 'def456'],
      ],
    },
    {
      shape: '"Name - token" lines in an e-mail, dashes of every kind',
      text: 'Hi team,\n\nRegistration - reg456\nFirst deposit – ftd123\nsign-up — s1gnup\n\nThanks',
      want: [
        ['Registration', 'reg456'],
        ['First deposit', 'ftd123'],
        ['sign-up', 's1gnup'],
      ],
    },
    {
      shape: '"token: name" lines',
      text: 'abc123: Purchase\nxyz789: Level 10',
      want: [
        ['Purchase', 'abc123'],
        ['Level 10', 'xyz789'],
      ],
    },
    {
      shape: '"Name: token" lines',
      text: 'Purchase: abc123',
      want: [['Purchase', 'abc123']],
    },
    {
      shape: 'a table pasted with pipes (Markdown, Confluence)',
      text: '| Event | Token |\n|---|---|\n| Purchase | abc123 |',
      want: [['Purchase', 'abc123']],
    },
    {
      shape: 'name and token separated by spaces only',
      text: 'First deposit   ftd123\nabc123 Purchase',
      want: [
        ['First deposit', 'ftd123'],
        ['Purchase', 'abc123'],
      ],
    },
    {
      shape: 'columns aligned with spaces, with more columns after the token',
      text: 'Event name       Token     Unique\nFirst purchase   pur123    Yes\nLevel 10         lvl010    No',
      want: [
        ['First purchase', 'pur123'],
        ['Level 10', 'lvl010'],
      ],
    },
    {
      shape: 'arrows and equals signs',
      text: 'Purchase -> abc123\nReg = reg456\nLevel 2 → lvl002',
      want: [
        ['Purchase', 'abc123'],
        ['Reg', 'reg456'],
        ['Level 2', 'lvl002'],
      ],
    },
    {
      shape: 'Windows line ends and surrounding quotes',
      text: '"Purchase","abc123"\r\n\'Reg\'\t\'reg456\'\r\n',
      want: [
        ['Purchase', 'abc123'],
        ['Reg', 'reg456'],
      ],
    },
    {
      shape: 'the token column named by the header wins over a token-shaped name',
      text: 'Event,Token\nsignup,abcdef',
      want: [['signup', 'abcdef']],
    },
    {
      shape: 'without a header, the token-shaped cell with a digit is the token',
      text: 'signup,abc123',
      want: [['signup', 'abc123']],
    },
  ];
  it.each(cases)('$shape', ({ text, want }) => {
    expect(rows(text)).toEqual(want);
  });
});

describe('parseEventList reports what it could not use', () => {
  const cases: { what: string; text: string; want: EventListProblem[] }[] = [
    {
      what: 'a line with no token (a 7-character or capitalised word is no token)',
      text: 'Purchase - abc1234\nLevel up - ABC123',
      want: [
        { kind: 'no-token', line: 1, text: 'Purchase - abc1234' },
        { kind: 'no-token', line: 2, text: 'Level up - ABC123' },
      ],
    },
    {
      what: 'a token listed twice',
      text: 'Purchase, abc123\nBuy, abc123',
      want: [
        { kind: 'duplicate-token', token: 'abc123', lines: [1, 2], names: ['Purchase', 'Buy'] },
      ],
    },
    {
      what: 'two tokens on one line with nothing to tell them apart',
      text: 'abc123,def456',
      want: [
        { kind: 'several-tokens', line: 1, text: 'abc123,def456', tokens: ['abc123', 'def456'] },
      ],
    },
    {
      what: 'nothing for blank lines, rulers or a header row',
      text: '\n   \nEvent name\tEvent token\n|---|---|\n-----\n',
      want: [],
    },
  ];
  it.each(cases)('$what', ({ text, want }) => {
    expect(parseEventList(text).problems).toEqual(want);
  });

  it('reads a bounded number of lines and says so', () => {
    const text = Array.from(
      { length: MAX_LINES + 5 },
      (_, i) => `Event ${i}, t${String(i).padStart(5, '0')}`,
    ).join('\n');
    const parsed = parseEventList(text);
    expect(parsed.rows).toHaveLength(MAX_LINES);
    expect(parsed.problems).toEqual([{ kind: 'too-long', read: MAX_LINES, lines: MAX_LINES + 5 }]);
    expect(describeEventListProblem(parsed.problems[0] as EventListProblem)).toBe(
      'The list has 2,005 lines; only the first 2,000 were read: paste the event list alone.',
    );
  });

  it('keeps the line numbers of the pasted text', () => {
    const parsed = parseEventList('\n\nPurchase - abc123');
    expect(parsed.rows).toEqual<EventListRow[]>([{ line: 3, name: 'Purchase', token: 'abc123' }]);
  });
});

describe('parseEventList properties', () => {
  const anyText = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 300 }),
    fc
      .array(
        fc.oneof(
          fc.stringMatching(/^[a-z0-9]{6}$/),
          fc.constantFrom('\t', ',', ';', ' - ', ': ', '\n', '\r\n', '"', '|', ' ', '->'),
          fc.string({ maxLength: 8 }),
        ),
        { maxLength: 40 },
      )
      .map((parts) => parts.join('')),
  );

  it('never throws, and every token found is a token that is in the text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const parsed = parseEventList(text);
        for (const row of parsed.rows) {
          expect(row.token).toMatch(EVENT_TOKEN_PATTERN);
          expect(text).toContain(row.token);
          expect(text.split(/\r\n|\r|\n/)[row.line - 1]).toContain(row.token);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('reports every token seen more than once', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const parsed = parseEventList(text);
        const counts = new Map<string, number>();
        for (const row of parsed.rows) counts.set(row.token, (counts.get(row.token) ?? 0) + 1);
        const reported = parsed.problems.flatMap((p) =>
          p.kind === 'duplicate-token' ? [p.token] : [],
        );
        expect(reported.sort()).toEqual(
          [...counts]
            .filter(([, n]) => n > 1)
            .map(([token]) => token)
            .sort(),
        );
      }),
      { numRuns: 300 },
    );
  });
});

describe('describeEventListProblem says what is wrong and what to do', () => {
  const cases: { text: string; want: string[] }[] = [
    {
      text: 'Hello team',
      want: [
        'Line 1 “Hello team” holds no event token (6 lowercase letters and digits, like abc123), so it was left out.',
      ],
    },
    {
      text: 'abc123,def456',
      want: [
        'Line 1 holds 2 possible tokens (abc123, def456), so it was left out: put one event per line with its name.',
      ],
    },
    {
      text: 'Purchase,abc123\nBuy,abc123\nOrder,abc123',
      want: [
        'Token abc123 is listed under different names on lines 1, 2 and 3: ask the advertiser which event it belongs to.',
      ],
    },
    {
      text: 'Purchase,abc123\npurchase,abc123',
      want: ['Token abc123 is listed twice, on lines 1 and 2; it is used once.'],
    },
  ];
  it.each(cases)('$text', ({ text, want }) => {
    expect(parseEventList(text).problems.map(describeEventListProblem)).toEqual(want);
  });
});
