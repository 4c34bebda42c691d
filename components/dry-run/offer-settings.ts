import type { Lifespan, Scenario } from '@/lib/dry-run/scenario';
import type { IssueMap } from './scenario-issues';

/**
 * Pure helpers behind the "Offer settings in Affise" part of the scenario editor. Every setting
 * there is optional: an empty box or an unticked box leaves the field out of the scenario, so the
 * run is the one Affise's defaults give.
 */

/** The scenario fields the settings group edits, as issue-path prefixes (`scenario-issues.ts`). */
export const OFFER_SETTINGS_PATHS = [
  'offer.holdPeriod',
  'offer.disabled',
  'offer.ipWhitelist',
  'offer.caps',
  'offer.clickSessionLifespan',
  'offer.minClickSessionLifespan',
  'offer.allowDuplicateConversions',
  'advertiser',
  'platform.secureCode',
  'adjust',
] as const;

const isUnder = (path: string, prefix: string) =>
  path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`);

/** The first issue at `prefix` or inside it (`offer.ipWhitelist[2]` for `offer.ipWhitelist`). */
export function issueUnder(issues: IssueMap, prefix: string): string | undefined {
  for (const [path, message] of issues) if (isUnder(path, prefix)) return message;
  return undefined;
}

/**
 * The problem of a list field as one sentence: an entry's issue (`offer.ipWhitelist[1]`) names
 * the entry, counted from 1 as the user sees them.
 */
export function listEntryIssue(issues: IssueMap, prefix: string): string | undefined {
  for (const [path, message] of issues) {
    if (!isUnder(path, prefix)) continue;
    const entry = /^\[(\d+)\]$/.exec(path.slice(prefix.length));
    return entry ? `Entry ${Number(entry[1]) + 1} should be ${message}.` : message;
  }
  return undefined;
}

/** Whether any of the settings has a problem: the group opens so the message is seen. */
export function hasOfferSettingsIssue(issues: IssueMap): boolean {
  return OFFER_SETTINGS_PATHS.some((prefix) => issueUnder(issues, prefix) !== undefined);
}

/** An IP whitelist as typed: one entry a line, or separated by commas or spaces; empty = none. */
export function parseIpList(text: string): string[] | undefined {
  const list = text
    .split(/[\s,;]+/)
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  return list.length === 0 ? undefined : list;
}

/** The whitelist as the text box shows it, one entry a line. */
export const ipListText = (list: readonly string[] | undefined): string => (list ?? []).join('\n');

/**
 * What the box shows: the text as typed while it still means `list` (so separators being typed
 * stay), otherwise `list` itself (it was changed elsewhere, e.g. by "Apply JSON").
 */
export function shownIpText(typed: string | null, list: readonly string[] | undefined): string {
  if (typed === null) return ipListText(list);
  const meant = parseIpList(typed) ?? [];
  const actual = list ?? [];
  const same = meant.length === actual.length && meant.every((entry, i) => entry === actual[i]);
  return same ? typed : ipListText(list);
}

/** `object` without its undefined keys; undefined when nothing is left, so the field is absent. */
export function compact<T extends object>(object: T): T | undefined {
  const entries = Object.entries(object).filter(([, value]) => value !== undefined);
  return entries.length === 0 ? undefined : (Object.fromEntries(entries) as T);
}

/** `object` with `patch` applied, keys set to undefined left out (as an empty field means). */
export function patchObject<T extends object>(object: T, patch: Partial<T>): T {
  const next: Record<string, unknown> = { ...object, ...patch };
  for (const key of Object.keys(patch)) if (next[key] === undefined) delete next[key];
  return next as T;
}

const plural = (count: number, one: string, many = `${one}s`) =>
  `${count} ${count === 1 ? one : many}`;

const UNIT_ONE = { minutes: 'minute', hours: 'hour', days: 'day' } as const;

/** "2 days", "1 hour". */
export const formatDuration = (span: Lifespan): string =>
  plural(span.value, UNIT_ONE[span.unit], span.unit);

function secureCodeLevels(scenario: Scenario): string | undefined {
  const levels = [
    scenario.offer.secureCode && 'offer',
    scenario.advertiser?.secureCode && 'advertiser',
    scenario.platform.secureCode && 'platform',
  ].filter(Boolean);
  // The offer's code alone is the form's own field above; only other levels are news here.
  if (levels.length === 0 || (levels.length === 1 && levels[0] === 'offer')) return undefined;
  return `secure code at ${levels.join(', ')} level`;
}

/**
 * One line naming every setting that differs from Affise's defaults, for the closed group:
 * "Disabled · hold 2 days · IP whitelist of 2 · …", or that all are Affise's defaults.
 */
export function offerSettingsSummary(scenario: Scenario): string {
  const { offer } = scenario;
  const whitelist =
    (offer.ipWhitelist?.length ?? 0) + (scenario.advertiser?.ipWhitelist?.length ?? 0);
  const parts = [
    offer.disabled && 'offer disabled',
    offer.holdPeriod && `hold ${formatDuration(offer.holdPeriod)}`,
    whitelist > 0 && `IP whitelist of ${whitelist}`,
    offer.caps?.length && plural(offer.caps.length, 'cap'),
    offer.clickSessionLifespan && `click session ${formatDuration(offer.clickSessionLifespan)}`,
    offer.minClickSessionLifespan &&
      `min. click session ${formatDuration(offer.minClickSessionLifespan)}`,
    offer.allowDuplicateConversions && 'duplicates allowed',
    secureCodeLevels(scenario),
  ].filter((part): part is string => typeof part === 'string');
  if (parts.length === 0) return 'Affise defaults: nothing changed';
  const line = parts.join(' · ');
  return line.charAt(0).toUpperCase() + line.slice(1);
}
