import { ADJUST_PLACEHOLDERS } from '../catalog/macros';

export type DeviceOs = 'ios' | 'android';

/**
 * Placeholders whose value comes from the activity or the link, not from the device: the dry-run
 * computes them per callback (revenue of the event, install time, link token, …).
 */
export const ACTIVITY_PLACEHOLDERS: ReadonlySet<string> = new Set([
  'activity_kind',
  'created_at',
  'installed_at',
  'click_time',
  'conversion_duration',
  'event',
  'event_name',
  'revenue',
  'revenue_float',
  'currency',
  'reporting_revenue',
  'tracker',
  'link_token',
  'label',
  'rejection_reason',
  'cost_type',
  'cost_amount',
  'cost_currency',
]);

const ANDROID: Record<string, string | null> = {
  gps_adid: '38400000-8cf0-11bd-b23e-10b96e40000d',
  idfa: null,
  idfv: null,
  os_name: 'android',
  os_version: '14',
  user_agent:
    'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Mobile Safari/537.36',
  app_id: 'com.rocket.game',
};

const IOS: Record<string, string | null> = {
  gps_adid: null,
  app_id: '1234567890',
};

function defaults(os: DeviceOs): Readonly<Record<string, string | null>> {
  const values: Record<string, string | null> = {};
  for (const entry of ADJUST_PLACEHOLDERS) {
    if (!ACTIVITY_PLACEHOLDERS.has(entry.name)) values[entry.name] = entry.example;
  }
  return Object.freeze({ ...values, ...(os === 'android' ? ANDROID : IOS) });
}

const DEFAULTS: Readonly<Record<DeviceOs, Readonly<Record<string, string | null>>>> = {
  ios: defaults('ios'),
  android: defaults('android'),
};

/**
 * The editable defaults of the device profile: the catalogue's example for every device
 * placeholder, adjusted per OS. `null` means Adjust has no such data on that device (no IDFA on
 * Android, no Google advertising id on iOS), so the placeholder is dropped. Frozen: copy to edit.
 */
export function defaultDeviceValues(os: DeviceOs): Readonly<Record<string, string | null>> {
  return DEFAULTS[os];
}

const DEFAULT_MAPS: Readonly<Record<DeviceOs, ReadonlyMap<string, string | null>>> = {
  ios: new Map(Object.entries(DEFAULTS.ios)),
  android: new Map(Object.entries(DEFAULTS.android)),
};

/** defaultDeviceValues as a Map: a run looks placeholders up by names sliced from URLs. */
export function defaultDeviceMap(os: DeviceOs): ReadonlyMap<string, string | null> {
  return DEFAULT_MAPS[os];
}
