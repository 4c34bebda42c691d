import { z } from 'zod/mini';
import { HostnameSchema } from '../affise/admin-host';
import { describeZodIssues as describeIssues } from '../core/describe-zod-issues';
import { parseTaughtLocators, type TaughtEntry, type TaughtLocators } from './taught-locators';

/**
 * The team setup file: one versioned JSON document that carries what one person set up so the
 * whole team can import it: custom admin domains, taught field locators, goal ↔ event-token memory
 * and the link-kind / shared-macro choices per offer. Never the Affise API key (it is not even a
 * field here, so no import can carry one in).
 */
export const SETUP_FORMAT = 'postbridge-setup';
export const SETUP_VERSION = 1;
/** A setup file larger than this is refused before parsing (a real one is a few hundred kB). */
export const MAX_SETUP_CHARS = 5_000_000;
export const MAX_ADMIN_DOMAINS = 50;

export interface SetupData<Tokens, Choices> {
  adminDomains: string[];
  taughtLocators: TaughtLocators;
  tokenMemory: Record<string, Tokens>;
  linkChoices: Record<string, Choices>;
}

export interface SetupFile<Tokens, Choices> extends SetupData<Tokens, Choices> {
  format: typeof SETUP_FORMAT;
  version: typeof SETUP_VERSION;
  exportedAt: string;
}

const EnvelopeSchema = z.object({
  format: z.literal(SETUP_FORMAT),
  version: z.literal(SETUP_VERSION),
  exportedAt: z.optional(z.string()),
  adminDomains: z.optional(z.array(z.unknown()).check(z.maxLength(1000))),
  taughtLocators: z.optional(z.unknown()),
  tokenMemory: z.optional(z.record(z.string(), z.unknown())),
  linkChoices: z.optional(z.record(z.string(), z.unknown())),
});

/** How the entries the extension owns elsewhere are validated (utils/popup-state.ts schemas). */
export interface SetupEntrySchemas<Tokens, Choices> {
  tokens: z.ZodMiniType<Tokens>;
  choices: z.ZodMiniType<Choices>;
}

export type ParsedSetup<Tokens, Choices> =
  | { ok: true; data: SetupData<Tokens, Choices>; problems: string[] }
  | { ok: false; message: string };

export function setupFile<T, C>(data: SetupData<T, C>, exportedAt: string): SetupFile<T, C> {
  return { format: SETUP_FORMAT, version: SETUP_VERSION, exportedAt, ...data };
}

function parseEntries<T>(
  raw: Record<string, unknown> | undefined,
  schema: z.ZodMiniType<T>,
  what: string,
  problems: string[],
): Record<string, T> {
  const out: Record<string, T> = {};
  for (const [key, value] of Object.entries(raw ?? {})) {
    const parsed = schema.safeParse(value);
    if (parsed.success) out[key] = parsed.data;
    else
      problems.push(
        `${what} “${key.slice(0, 60)}” is not valid (${describeIssues(parsed.error)}) and was left out.`,
      );
  }
  return out;
}

function parseDomains(raw: readonly unknown[] | undefined, problems: string[]): string[] {
  const domains: string[] = [];
  for (const value of raw ?? []) {
    const parsed = HostnameSchema.safeParse(value);
    if (parsed.success && !domains.includes(parsed.data)) domains.push(parsed.data);
    else if (!parsed.success)
      problems.push(
        `The admin domain ${JSON.stringify(value).slice(0, 80)} is not a host name and was left out.`,
      );
  }
  return domains;
}

/**
 * Reads a setup file's text: the envelope must be right (what, which version), then every entry
 * is checked on its own; a bad entry is left out and named in `problems`, the rest is kept.
 */
export function parseSetupFile<T, C>(
  text: string,
  schemas: SetupEntrySchemas<T, C>,
): ParsedSetup<T, C> {
  if (text.length > MAX_SETUP_CHARS) {
    return {
      ok: false,
      message: 'This file is too large to be a Postbridge setup file (over 5 MB).',
    };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return {
      ok: false,
      message:
        'This file is not JSON: choose the file Postbridge exported (postbridge-setup.json).',
    };
  }
  const envelope = EnvelopeSchema.safeParse(raw);
  if (!envelope.success) {
    return {
      ok: false,
      message: `This is not a Postbridge setup file of version ${SETUP_VERSION} (${describeIssues(envelope.error)}). Export it again from Postbridge's options.`,
    };
  }
  const problems: string[] = [];
  const taught = parseTaughtLocators(envelope.data.taughtLocators);
  problems.push(...taught.problems);
  const data: SetupData<T, C> = {
    adminDomains: parseDomains(envelope.data.adminDomains, problems),
    taughtLocators: taught.value,
    tokenMemory: parseEntries(
      envelope.data.tokenMemory,
      schemas.tokens,
      'Remembered event tokens for app',
      problems,
    ),
    linkChoices: parseEntries(
      envelope.data.linkChoices,
      schemas.choices,
      'Link choices for offer',
      problems,
    ),
  };
  return { ok: true, data, problems };
}

export interface SetupChange {
  area: 'admin domain' | 'taught field' | 'event tokens' | 'link choices';
  /** Which entry: a domain, `host · field`, an app's link token, an offer key. */
  key: string;
  kind: 'add' | 'replace';
}

export interface SetupMerge<T, C> {
  merged: SetupData<T, C>;
  changes: SetupChange[];
  /** What could not be taken (over a limit). */
  problems: string[];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function mergeRecord<V>(
  local: Record<string, V>,
  incoming: Record<string, V>,
  area: SetupChange['area'],
  changes: SetupChange[],
  combine: (local: V, incoming: V) => V = (_, next) => next,
): Record<string, V> {
  const merged = { ...local };
  for (const [key, value] of Object.entries(incoming)) {
    const before = local[key];
    const next = before === undefined ? value : combine(before, value);
    if (before !== undefined && same(before, next)) continue;
    merged[key] = next;
    changes.push({ area, key, kind: before === undefined ? 'add' : 'replace' });
  }
  return merged;
}

function mergeTaught(
  local: TaughtLocators,
  incoming: TaughtLocators,
  changes: SetupChange[],
): TaughtLocators {
  const merged: TaughtLocators = { ...local };
  for (const [host, fields] of Object.entries(incoming)) {
    const before = local[host] ?? {};
    const next = { ...before };
    for (const [field, entry] of Object.entries(fields) as [keyof typeof next, TaughtEntry][]) {
      if (same(before[field], entry)) continue;
      next[field] = entry;
      changes.push({
        area: 'taught field',
        key: `${host} · ${field}`,
        kind: before[field] === undefined ? 'add' : 'replace',
      });
    }
    merged[host] = next;
  }
  return merged;
}

/**
 * Merges an imported setup into the local one without losing local data: entries only the local
 * setup has stay; entries only the file has are added; an entry both have takes the file's value
 * (listed as "replace" so the user sees it before confirming). `combineTokens` merges one app's
 * remembered tokens goal by goal.
 */
export function mergeSetup<T, C>(
  local: SetupData<T, C>,
  incoming: SetupData<T, C>,
  combineTokens: (local: T, incoming: T) => T,
): SetupMerge<T, C> {
  const changes: SetupChange[] = [];
  const problems: string[] = [];
  const adminDomains = [...local.adminDomains];
  for (const domain of incoming.adminDomains) {
    if (adminDomains.includes(domain)) continue;
    if (adminDomains.length >= MAX_ADMIN_DOMAINS) {
      problems.push(
        `The admin domain ${domain} was not added: Postbridge keeps at most ${MAX_ADMIN_DOMAINS}.`,
      );
      continue;
    }
    adminDomains.push(domain);
    changes.push({ area: 'admin domain', key: domain, kind: 'add' });
  }
  const merged: SetupData<T, C> = {
    adminDomains,
    taughtLocators: mergeTaught(local.taughtLocators, incoming.taughtLocators, changes),
    tokenMemory: mergeRecord(
      local.tokenMemory,
      incoming.tokenMemory,
      'event tokens',
      changes,
      combineTokens,
    ),
    linkChoices: mergeRecord(local.linkChoices, incoming.linkChoices, 'link choices', changes),
  };
  return { merged, changes, problems };
}
