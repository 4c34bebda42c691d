import { DEFAULT_AFTER_SECONDS } from './clock';

/**
 * Every time a dry run shows is on the scenario's clock: it starts at the scenario's `startTime`
 * (the click), not now, so a run reads the same whenever it is opened. One format everywhere:
 * "2026-01-15 11:05:00 UTC", and how long after the click.
 */

/** "2026-01-15 11:05:00 UTC" from an ISO instant; the text itself when it is not one. */
export function formatScenarioClock(iso: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}:\d{2})/.exec(iso);
  return match ? `${match[1]} ${match[2]} UTC` : iso;
}

const UNITS: readonly [string, number][] = [
  ['d', 86_400],
  ['h', 3_600],
  ['min', 60],
  ['s', 1],
];

/** "+1 d 2 h", "+5 min", "+0 s": at most the two largest units, so it stays short. */
export function formatElapsed(seconds: number): string {
  if (!Number.isFinite(seconds)) return '';
  const sign = seconds < 0 ? '−' : '+';
  let rest = Math.round(Math.abs(seconds));
  const parts: string[] = [];
  for (const [unit, size] of UNITS) {
    if (rest >= size && parts.length < 2) {
      parts.push(`${Math.floor(rest / size)} ${unit}`);
      rest %= size;
    } else if (parts.length > 0) break;
  }
  return `${sign}${parts.length > 0 ? parts.join(' ') : '0 s'}`;
}

/** How long after `start` the instant `at` is, as formatElapsed says it ("" if either is no time). */
export function elapsedSince(start: string, at: string): string {
  const from = Date.parse(start);
  const to = Date.parse(at);
  if (Number.isNaN(from) || Number.isNaN(to)) return '';
  return formatElapsed((to - from) / 1000);
}

/**
 * When each activity happens, on the scenario's clock, timed as the emulator times them: each
 * `after` seconds after the one before (DEFAULT_AFTER_SECONDS when missing), the first after the
 * click at `startTime`. Empty strings when `startTime` is no time.
 */
export function activityInstants(
  startTime: string,
  activities: readonly { after?: number | undefined }[],
): string[] {
  let at = Date.parse(startTime);
  return activities.map((activity) => {
    const after = Number(activity.after ?? DEFAULT_AFTER_SECONDS);
    at += (Number.isFinite(after) ? after : 0) * 1000;
    return Number.isFinite(at) ? new Date(at).toISOString() : '';
  });
}
