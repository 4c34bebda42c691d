import { describe, expect, it } from 'vitest';
import { deviceValue, withDeviceValue } from '@/components/dry-run/device-values';
import { defaultDeviceValues } from '@/lib/dry-run/device-profile';
import type { Scenario } from '@/lib/dry-run/scenario';

type Device = Scenario['device'];
const android = (values: Device['values'] = {}): Device => ({ os: 'android', values });
const androidDefault = (name: string) => defaultDeviceValues('android')[name] ?? null;

describe('the device profile editor’s values', () => {
  it.each<[string, Device, string, string | null]>([
    ['unchanged: the OS default', android(), 'os_version', androidDefault('os_version')],
    ['a default of no data', android(), 'idfa', null],
    ['changed by the user', android({ os_version: '15' }), 'os_version', '15'],
    ['set to no data by the user', android({ os_version: null }), 'os_version', null],
    ['a name with no default', android(), 'not_a_placeholder', null],
  ])('deviceValue: %s', (_, device, name, expected) => {
    expect(deviceValue(device, name)).toBe(expected);
  });

  it.each<[string, Device, string, string | null, Device['values']]>([
    ['a change is kept', android(), 'os_version', '15', { os_version: '15' }],
    ['no data is kept', android(), 'os_version', null, { os_version: null }],
    [
      'back to the default drops it',
      android({ os_version: '15' }),
      'os_version',
      androidDefault('os_version'),
      {},
    ],
    [
      'other changes stay',
      android({ app_id: 'x', os_version: '15' }),
      'os_version',
      androidDefault('os_version'),
      { app_id: 'x' },
    ],
    ['no data where the default is no data drops it', android({ idfa: 'x' }), 'idfa', null, {}],
  ])('withDeviceValue: %s', (_, device, name, value, expected) => {
    const next = withDeviceValue(device, name, value);
    expect(next.values).toEqual(expected);
    expect(next.os).toBe(device.os);
  });
});
