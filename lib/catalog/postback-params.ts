import { SOURCES } from './sources';

/**
 * Parameters of Affise's advertiser postback and what an Adjust callback should put in each.
 * The offer's "S2S (Postback)" template writes many as `{name}` for the advertiser to fill; in an
 * Adjust callback nobody fills those, so each needs an Adjust placeholder, a fixed value, or removal.
 */
export interface PostbackParam {
  name: string;
  description: string;
  /** What to write instead of the template's `{name}`, or null to remove the parameter. */
  suggestion: string | null;
  /** The sentence the finding shows after "Adjust won't fill {name}". */
  advice: string;
  example: string;
  source: string;
}

type Row = readonly [
  name: string,
  description: string,
  suggestion: string | null,
  advice: string,
  example: string,
];

/**
 * As article 6475468 lists them. `currency` is not among them, and `order_currency` belongs to
 * editing an existing conversion (6515326): neither is suggested.
 */
const rows: readonly Row[] = [
  [
    'clickid',
    'Affise click id; required (or click_id).',
    '{clickid}',
    'Use {clickid}: Affise fills it when the click passes.',
    '5ec25b044a4f2b0001211111',
  ],
  [
    'click_id',
    'Same as clickid.',
    '{clickid}',
    'Use {clickid}: Affise fills it when the click passes.',
    '5ec25b044a4f2b0001211111',
  ],
  [
    'goal',
    'Goal value; missing means goal "1"; matched case-insensitively.',
    null,
    'Postbridge writes each callback’s goal itself.',
    '2',
  ],
  [
    'sum',
    'The order sum. A fixed payout ignores it (it is kept as the order sum); a percent payout takes its revenue and payout as percentages of it (article 6759666).',
    '{revenue_float}',
    'Pass the sale amount with sum={revenue_float} (whole currency units): a percent payout needs it, a fixed payout keeps it as the order sum.',
    '4.99',
  ],
  [
    'status',
    'Conversion status: 1 approved, 2 pending, 3 declined, 5 hold.',
    null,
    'Remove status to use the offer’s default status, or write a fixed 1, 2, 3 or 5.',
    '1',
  ],
  [
    'action_id',
    'Conversion id; absent means the click id. A second conversion with the same goal and action id is rejected.',
    null,
    'Remove action_id so Affise uses the click id, or pass a value unique per conversion for goals that repeat.',
    'order-42',
  ],
  [
    'secure',
    'The offer’s secure postback code.',
    null,
    'Write the offer’s secure code itself (Offer edit → Postbacks).',
    '8d7a1c',
  ],
  ['ip', 'IP address of the conversion.', '{ip_address}', 'Use ip={ip_address}.', '198.51.100.23'],
  [
    'referrer',
    'Referrer.',
    '{referrer}',
    'Use referrer={referrer} (Adjust’s install referrer).',
    'adjust_reftag=abc',
  ],
  ['comment', 'Free-text comment.', null, 'Write a fixed comment or remove it.', 'first deposit'],
  [
    'fbclid',
    'Facebook click id.',
    null,
    'Remove it; Adjust has no Facebook click id placeholder.',
    'IwAR0abc',
  ],
  [
    'device_type',
    'Device kind: mediahub, mobile, ereader, console, tv, tablet, desktop or smartwatch.',
    null,
    'Write a fixed device kind (mobile, tablet, desktop, …) or remove it: device_type is a kind of device, and Adjust’s {os_name} is an operating system.',
    'mobile',
  ],
  [
    'promo_code',
    'Promo code.',
    null,
    'Remove it; Adjust has no promo code placeholder.',
    'SPRING10',
  ],
  ['user_id', 'User id.', '{adid}', 'Use {adid} (Adjust device id), or remove it.', 'u-42'],
  ...Array.from(
    { length: 15 },
    (_, i): Row => [
      `custom_field${i + 1}`,
      `Custom field ${i + 1}.`,
      null,
      'Put an Adjust placeholder there (for example {event_name}) or remove it.',
      `value${i + 1}`,
    ],
  ),
];

export const POSTBACK_PARAMS: readonly PostbackParam[] = rows.map(
  ([name, description, suggestion, advice, example]) => ({
    name,
    description,
    suggestion,
    advice,
    example,
    source: SOURCES.affisePostback,
  }),
);

export const POSTBACK_PARAM_BY_NAME = new Map(POSTBACK_PARAMS.map((p) => [p.name, p]));

/** Placeholders of the postback template itself; `{goal_value}` is the spelling of Affise's own help article. */
export const GOAL_PLACEHOLDERS: ReadonlySet<string> = new Set(['goal', 'goal_value']);
