import { describe, expect, it } from 'vitest';
import {
  createAffiseState,
  goalsByValue,
  receivePostback,
} from '../../../lib/dry-run/affise-postback';
import { requestParams } from '../../../lib/dry-run/fast/request-params';
import { seededRandom } from '../../../lib/dry-run/random';
import { CLICK_ID, POSTBACK, sample } from './helpers';

const offer = sample((s) => {
  s.offer.secureCode = 's3cr3t';
  s.offer.defaultStatus = 1;
  s.offer.goals = [
    { value: '1', revenue: 1.5, payout: 1 },
    { value: 'Purchase', revenue: 5, payout: 3 },
    { value: 'lead', revenue: 2 },
  ];
}).offer;

function receive(queries: string[]) {
  const state = createAffiseState();
  const ctx = {
    offer,
    goals: goalsByValue(offer.goals),
    clickId: CLICK_ID,
    random: seededRandom(7),
  };
  const results = queries.map((q, i) =>
    receivePostback(
      state,
      {
        url: `${POSTBACK}?${q}`,
        params: requestParams(q),
        atIso: `2026-01-15T11:00:0${i}.000Z`,
        request: i,
        source: 'test',
      },
      ctx,
    ),
  );
  return { state, results, last: results[results.length - 1] };
}

const ok = `clickid=${CLICK_ID}&secure=s3cr3t`;

describe('Affise postback validation (one postback)', () => {
  it.each([
    [
      'missing clickid',
      'secure=s3cr3t&goal=1',
      'Missing mandatory parameter clickid/click_id or ref_id or aimp_id',
      'dry-run-postback-missing-clickid',
    ],
    [
      'empty clickid',
      'clickid=&secure=s3cr3t',
      'Missing mandatory parameter clickid/click_id or ref_id or aimp_id',
      'dry-run-postback-missing-clickid',
    ],
    [
      'no click id, only offer_id',
      'offer_id=12&secure=s3cr3t',
      'Missing mandatory parameters offer_id and pid',
      'dry-run-postback-missing-offer-pid',
    ],
    [
      'broken click id (23 hex)',
      'clickid=5ec25b044a4f2b000121111&secure=s3cr3t',
      'Click_id: invalid format',
      'dry-run-postback-broken-clickid',
    ],
    [
      'broken click id (literal macro)',
      'clickid=%7Bclickid%7D&secure=s3cr3t',
      'Click_id: invalid format',
      'dry-run-postback-broken-clickid',
    ],
    [
      'broken click id (uppercase hex)',
      'clickid=5EC25B044A4F2B0001211111&secure=s3cr3t',
      'Click_id: invalid format',
      'dry-run-postback-broken-clickid',
    ],
    [
      'well-formed but unknown click id',
      'clickid=aaaaaaaaaaaaaaaaaaaaaaaa&secure=s3cr3t',
      'Click not found',
      'dry-run-postback-click-not-found',
    ],
    ['secure missing', `clickid=${CLICK_ID}`, 'Access denied', 'dry-run-postback-access-denied'],
    [
      'secure wrong',
      `clickid=${CLICK_ID}&secure=nope`,
      'Access denied',
      'dry-run-postback-access-denied',
    ],
    ['status 4', `${ok}&status=4`, 'Unknown status', 'dry-run-postback-status-invalid'],
    ['status word', `${ok}&status=approved`, 'Unknown status', 'dry-run-postback-status-invalid'],
  ])('%s → rejected "%s"', (_name, query, error, code) => {
    const { last } = receive([query]);
    expect(last?.accepted).toBe(false);
    expect(last?.error).toBe(error);
    expect(last?.findings.map((f) => f.code)).toContain(code);
  });

  it.each([
    ['goal missing → goal "1"', ok, { goal: '1', offerGoal: '1', payout: 1 }],
    [
      'goal matched case-insensitively, kept as sent',
      `${ok}&goal=purchase`,
      { goal: 'purchase', offerGoal: 'Purchase', payout: 3 },
    ],
    [
      'click_id is accepted like clickid',
      `click_id=${CLICK_ID}&secure=s3cr3t&goal=Purchase`,
      { goal: 'Purchase' },
    ],
    ['action_id absent → the click id', ok, { actionId: CLICK_ID }],
    ['action_id present', `${ok}&action_id=order-42`, { actionId: 'order-42' }],
    ['status absent → the offer default', ok, { status: 1, statusName: 'approved' }],
    ['status 1', `${ok}&status=1`, { status: 1, statusName: 'approved' }],
    ['status 2', `${ok}&status=2`, { status: 2, statusName: 'pending' }],
    ['status 3', `${ok}&status=3`, { status: 3, statusName: 'declined' }],
    ['status 5', `${ok}&status=5`, { status: 5, statusName: 'hold' }],
    // A fixed payout ignores sum (help-center.affise.com/en/articles/6759666).
    [
      'fixed payout: sum does not change the money',
      `${ok}&goal=Purchase&sum=4.99`,
      { revenue: 5, payout: 3 },
    ],
    ['empty sum → the goal revenue', `${ok}&goal=Purchase&sum=`, { revenue: 5 }],
    // "Payments not found" creates a declined conversion without money (articles 4111827, 6570106).
    [
      'goal not on the offer → declined "Payments not found"',
      `${ok}&goal=deposit&status=1`,
      { status: 3, comment: 'Payments not found', revenue: 0, payout: 0, goal: 'deposit' },
    ],
    [
      'goal without payout → declined "Payments not found"',
      `${ok}&goal=lead`,
      { status: 3, comment: 'Payments not found', revenue: 0, payout: 0 },
    ],
    [
      'probabilistic: no click id, offer_id and pid',
      'offer_id=12&pid=7&secure=s3cr3t',
      { integration: 'probabilistic', clickId: null },
    ],
  ])('%s', (_name, query, expected) => {
    const { last, state } = receive([query]);
    expect(last?.accepted).toBe(true);
    expect(state.conversions[0]).toMatchObject(expected);
    expect(state.changes[0]).toMatchObject({ kind: 'created', from: null });
  });

  it('a sum that is no number keeps the fixed payout and says so', () => {
    const { last, state } = receive([`${ok}&goal=Purchase&sum=abc`]);
    expect(state.conversions[0]?.revenue).toBe(5);
    expect(last?.findings.map((f) => f.code)).toContain('dry-run-postback-sum-invalid');
  });

  it('a missing goal and a case-only difference are reported as info', () => {
    expect(receive([ok]).last?.findings.map((f) => f.code)).toEqual([
      'dry-run-postback-goal-defaulted',
    ]);
    expect(receive([`${ok}&goal=PURCHASE`]).last?.findings.map((f) => f.code)).toEqual([
      'dry-run-postback-goal-case',
    ]);
  });
});

describe('Affise postback validation (repeated postbacks)', () => {
  it.each([
    [
      'pending → approved changes the status',
      [`${ok}&status=2`, `${ok}&status=1`],
      { accepted: true, error: null },
      1,
    ],
    [
      'pending → declined changes the status',
      [`${ok}&status=2`, `${ok}&status=3`],
      { accepted: true, error: null },
      3,
    ],
    [
      'pending → hold changes the status',
      [`${ok}&status=2`, `${ok}&status=5`],
      { accepted: true, error: null },
      5,
    ],
    [
      'approved → declined is refused',
      [`${ok}&status=1`, `${ok}&status=3`],
      { accepted: false, error: 'Conversion status is not pending' },
      1,
    ],
    [
      'hold → approved is refused',
      [`${ok}&status=5`, `${ok}&status=1`],
      { accepted: false, error: 'Conversion status is not pending' },
      5,
    ],
    [
      'the same goal again (no action id) is a second conversion',
      [ok, ok],
      { accepted: false, error: 'Conversion exists' },
      1,
    ],
    [
      'pending, repeated without status',
      [`${ok}&status=2`, ok],
      { accepted: false, error: 'Conversion exists' },
      2,
    ],
    [
      'pending, repeated with the same status',
      [`${ok}&status=2`, `${ok}&status=2`],
      { accepted: false, error: 'Conversion exists' },
      2,
    ],
    [
      'same goal, same action id',
      [`${ok}&action_id=a1`, `${ok}&action_id=a1`],
      { accepted: false, error: 'Conversion exists' },
      1,
    ],
    [
      'goal case does not make a new conversion',
      [`${ok}&goal=Purchase`, `${ok}&goal=purchase`],
      { accepted: false, error: 'Conversion exists' },
      1,
    ],
  ])('%s', (_name, queries, expected, finalStatus) => {
    const { last, state } = receive(queries);
    expect(last).toMatchObject(expected);
    expect(state.conversions).toHaveLength(1);
    expect(state.conversions[0]?.status).toBe(finalStatus);
  });

  it('a status change is a conversion change from 2', () => {
    const { state } = receive([`${ok}&status=2`, `${ok}&status=1`]);
    expect(state.changes.map((c) => [c.kind, c.from, c.status])).toEqual([
      ['created', null, 2],
      ['status-changed', 2, 1],
    ]);
  });

  it.each([
    ['another action id', [`${ok}&action_id=a1`, `${ok}&action_id=a2`]],
    ['another goal', [ok, `${ok}&goal=Purchase`]],
  ])('%s makes a second conversion', (_name, queries) => {
    const { state, results } = receive(queries);
    expect(results.every((r) => r.accepted)).toBe(true);
    expect(state.conversions).toHaveLength(2);
  });
});
