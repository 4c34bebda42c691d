import { encodingToolFieldNames } from '../adjust/encoding-tool-field-names';

/**
 * Every field a user can show Postbridge with "Show me where it is": each field the Affise reader
 * reads and each field the Adjust filler writes. Keys are `<site>.<field>`; a taught locator is
 * stored per host under this key (lib/teach/taught-locators.ts).
 */
export const READER_FIELDS = [
  'offerId',
  'title',
  'trackingUrl',
  'postbackUrl',
  'secureCode',
  'goalValue',
  'goalTitle',
  'revenue',
  'payout',
] as const;
export type ReaderField = (typeof READER_FIELDS)[number];

export const FILLER_FIELDS = [
  'links',
  'install',
  'eventToken',
  'eventCallback',
  'addEvent',
  'generated',
] as const;
export type FillerField = (typeof FILLER_FIELDS)[number];

export type TeachSite = 'affise' | 'adjust';
export type TeachableField = `affise.${ReaderField}` | `adjust.${FillerField}`;

export interface TeachableFieldInfo {
  key: TeachableField;
  site: TeachSite;
  /** What the user calls it, in messages and on buttons. */
  name: string;
  /** One per payout row or per event row: the locator finds all of them. */
  many: boolean;
}

const READER_NAMES: Record<ReaderField, string> = {
  offerId: 'Offer ID',
  title: 'Offer title',
  trackingUrl: 'Tracking URL',
  postbackUrl: 'S2S (Postback)',
  secureCode: 'Secure postback code',
  goalValue: 'Goal value (first payout row)',
  goalTitle: 'Goal title (first payout row)',
  revenue: 'Revenue (first payout row)',
  payout: 'Payout (first payout row)',
};
const PER_ROW = new Set<string>([
  'goalValue',
  'goalTitle',
  'revenue',
  'payout',
  'eventToken',
  'eventCallback',
]);

export const TEACHABLE_FIELDS: readonly TeachableFieldInfo[] = [
  ...READER_FIELDS.map((field) => ({
    key: `affise.${field}` as const,
    site: 'affise' as const,
    name: READER_NAMES[field],
    many: PER_ROW.has(field),
  })),
  ...FILLER_FIELDS.map((field) => ({
    key: `adjust.${field}` as const,
    site: 'adjust' as const,
    name: encodingToolFieldNames[field],
    many: PER_ROW.has(field),
  })),
];

export const TEACHABLE_KEYS = TEACHABLE_FIELDS.map((info) => info.key) as [
  TeachableField,
  ...TeachableField[],
];

const BY_KEY: ReadonlyMap<string, TeachableFieldInfo> = new Map(
  TEACHABLE_FIELDS.map((info) => [info.key, info]),
);

export function teachableField(key: string): TeachableFieldInfo | undefined {
  return BY_KEY.get(key);
}

/** Adjust's pages are on adjust.com; any other page is read as an Affise admin page. */
export function siteOfHost(host: string): TeachSite {
  return host === 'adjust.com' || host.endsWith('.adjust.com') ? 'adjust' : 'affise';
}
