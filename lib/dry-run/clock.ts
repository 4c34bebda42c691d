/**
 * Time as the dry-run sees it: a fixed start from the scenario plus offsets, never the wall clock,
 * so a run is reproducible. Formats are the ones the Affise and Adjust macro catalogues show.
 */
export type Instant = number;

/** Seconds between one activity and the previous one when the scenario does not say. */
export const DEFAULT_AFTER_SECONDS = 60;

/** 9999-12-31T23:59:59.999Z: the last time ISO 8601's four-digit years (and isoTime) can write. */
export const LAST_INSTANT = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

export function parseInstant(iso: string): Instant {
  return Date.parse(iso);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
/** pad(n) for 0 ≤ n < 100 and pad(n, 3) for 0 ≤ n < 1000, without padStart. */
const pad2 = (n: number) => (n < 10 ? `0${n}` : `${n}`);
const pad3 = (n: number) => (n < 10 ? `00${n}` : n < 100 ? `0${n}` : `${n}`);

/**
 * `2026-01-15T10:00:00.000Z`, as Date#toISOString writes it for years 0–9999, computed with
 * integer arithmetic (days to civil date, H. Hinnant's algorithm): a run formats a time for every
 * request, and the Date round trip was a measurable part of it.
 */
export function isoTime(instant: Instant): string {
  // A fractional `after` gives a fractional instant; ISO 8601 as written here has whole ms.
  const at = Math.floor(instant);
  const ms = ((at % 86_400_000) + 86_400_000) % 86_400_000;
  const days = (at - ms) / 86_400_000;
  const time = `${pad2(Math.floor(ms / 3_600_000))}:${pad2(Math.floor(ms / 60_000) % 60)}:${pad2(Math.floor(ms / 1000) % 60)}.${pad3(ms % 1000)}`;
  // A run's requests mostly fall on one day: its date is formatted once (NaN never matches).
  if (days !== lastDays) {
    lastDate = civilDate(days);
    lastDays = days;
  }
  return `${lastDate}T${time}Z`;
}

let lastDays = Number.NaN;
let lastDate = '';

/** `YYYY-MM-DD` of a day number (days since 1970-01-01). */
function civilDate(days: number): string {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${pad(year, 4)}-${pad2(month)}-${pad2(day)}`;
}

/** Unix seconds, as Adjust's {created_at} and Affise's {time} / {timestamp}. */
export function unixSeconds(at: Instant): string {
  return String(Math.floor(at / 1000));
}

/** `2026-01-15` (UTC). */
export function dateOnly(at: Instant): string {
  return isoTime(at).slice(0, 10);
}

/** `10:30:00` (UTC). */
export function timeOfDay(at: Instant): string {
  return isoTime(at).slice(11, 19);
}

/** `2026-01-15 10:30:00` (UTC), Affise's {time_petty}. */
export function pettyTime(at: Instant): string {
  return `${dateOnly(at)} ${timeOfDay(at)}`;
}
