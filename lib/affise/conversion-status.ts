import { z } from 'zod/mini';

/**
 * Affise's conversion statuses, the one home of the fact (help-center.affise.com/en/articles/6475468,
 * 6618579): 1 approved, 2 pending, 3 declined, 5 hold. A postback's `status=` takes these four;
 * 4, "Not found", appears only on Affise's older conversion-statuses page.
 */
export const STATUS_CODES = [1, 2, 3, 5] as const;
export type StatusCode = (typeof STATUS_CODES)[number];

export const StatusCodeSchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(5)], {
  error: 'a conversion status is 1 (approved), 2 (pending), 3 (declined) or 5 (hold)',
});

export const STATUS_NAME_LIST = ['approved', 'pending', 'declined', 'hold'] as const;
export const StatusNameSchema = z.enum(STATUS_NAME_LIST);
export type StatusName = z.infer<typeof StatusNameSchema>;

export const STATUS_NAMES: Readonly<Record<StatusCode, StatusName>> = {
  1: 'approved',
  2: 'pending',
  3: 'declined',
  5: 'hold',
};

export const STATUS_BY_NAME: Readonly<Record<StatusName, StatusCode>> = {
  approved: 1,
  pending: 2,
  declined: 3,
  hold: 5,
};

// A Map, not an object literal: `status=constructor` must not find Object.prototype's members.
const BY_TEXT: ReadonlyMap<string, StatusCode> = new Map(STATUS_CODES.map((c) => [String(c), c]));

/** A `status=` value as Affise reads it: the status, or null when it is none of the four. */
export function parseStatusCode(text: string): StatusCode | null {
  return BY_TEXT.get(text) ?? null;
}

/** `1 (approved)`. */
export const describeStatus = (status: StatusCode): string => `${status} (${STATUS_NAMES[status]})`;
