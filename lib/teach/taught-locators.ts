import { z } from 'zod/mini';
import { HostnameSchema } from '../affise/admin-host';
import type { FieldLocator } from '../page/locator';
import { TEACHABLE_KEYS, type TeachableField } from './teachable-fields';

/**
 * What users taught, per host: `host → field key → { locator, taughtAt }`. Stored in
 * storage.local, exported in the team setup file and deployable by policy (storage.managed).
 * Read entry by entry: a bad entry is set aside and reported, the good ones stay.
 */

/** Hosts beyond this many are not kept (the oldest teaching goes first). */
export const MAX_TAUGHT_HOSTS = 200;

const text = (max: number) => z.optional(z.string().check(z.minLength(1), z.maxLength(max)));

export const FieldLocatorSchema = z.strictObject({
  tag: z.string().check(z.regex(/^[a-z][a-z0-9-]{0,30}$/)),
  inputType: text(30),
  name: text(120),
  id: text(61),
  role: text(40),
  label: text(200),
  heading: text(200),
  column: text(200),
  position: z.optional(
    z.object({
      index: z.int().check(z.nonnegative(), z.maximum(999)),
      of: z.int().check(z.minimum(2), z.maximum(1000)),
    }),
  ),
}) satisfies z.ZodMiniType<FieldLocator>;

export const TaughtEntrySchema = z.object({
  locator: FieldLocatorSchema,
  taughtAt: z.iso.datetime(),
});
export type TaughtEntry = z.infer<typeof TaughtEntrySchema>;

export const TeachableFieldSchema = z.enum(TEACHABLE_KEYS);

export type TaughtHost = Partial<Record<TeachableField, TaughtEntry>>;
export type TaughtLocators = Record<string, TaughtHost>;

export const TaughtLocatorsSchema = z.record(
  HostnameSchema,
  z.partialRecord(TeachableFieldSchema, TaughtEntrySchema),
) satisfies z.ZodMiniType<TaughtLocators>;

export interface ParsedTaught {
  value: TaughtLocators;
  /** One sentence per entry set aside. */
  problems: string[];
  /** The entries set aside, as found, so nothing is silently lost. */
  rejected: Record<string, unknown>;
}

function newestFirst(host: TaughtHost): string {
  return Object.values(host).reduce(
    (max, entry) => (entry && entry.taughtAt > max ? entry.taughtAt : max),
    '',
  );
}

/** Keeps the MAX_TAUGHT_HOSTS hosts taught most recently. */
export function boundTaught(value: TaughtLocators): TaughtLocators {
  const hosts = Object.entries(value);
  if (hosts.length <= MAX_TAUGHT_HOSTS) return value;
  return Object.fromEntries(
    hosts
      .sort(([, a], [, b]) => newestFirst(b).localeCompare(newestFirst(a)))
      .slice(0, MAX_TAUGHT_HOSTS),
  );
}

function parseHost(host: string, raw: unknown, out: ParsedTaught): void {
  const name = HostnameSchema.safeParse(host);
  if (!name.success || typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    out.problems.push(
      `What was taught for “${host.slice(0, 80)}” is not a host's list of fields, so it was set aside.`,
    );
    out.rejected[host.slice(0, 300)] = raw;
    return;
  }
  for (const [field, entry] of Object.entries(raw)) {
    const key = TeachableFieldSchema.safeParse(field);
    const parsed = TaughtEntrySchema.safeParse(entry);
    if (key.success && parsed.success) {
      out.value[name.data] = { ...out.value[name.data], [key.data]: parsed.data };
      continue;
    }
    out.problems.push(
      `The taught place of “${field.slice(0, 60)}” on ${name.data} is not valid${key.success ? '' : ' (Postbridge knows no such field)'}, so it was set aside; teach it again with “Show me where it is”.`,
    );
    out.rejected[`${name.data} ${field.slice(0, 100)}`] = entry;
  }
}

/** Parses stored or imported taught locators entry by entry. */
export function parseTaughtLocators(raw: unknown): ParsedTaught {
  const out: ParsedTaught = { value: {}, problems: [], rejected: {} };
  if (raw === undefined || raw === null) return out;
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    out.problems.push('The taught fields are not a list by host, so none could be used.');
    out.rejected['(all)'] = raw;
    return out;
  }
  for (const [host, entries] of Object.entries(raw)) parseHost(host, entries, out);
  out.value = boundTaught(out.value);
  return out;
}

/** The locators one host uses, field key → locator. */
export function locatorsOf(
  host: TaughtHost | undefined,
): Partial<Record<TeachableField, FieldLocator>> {
  const out: Partial<Record<TeachableField, FieldLocator>> = {};
  for (const [key, entry] of Object.entries(host ?? {}) as [TeachableField, TaughtEntry][]) {
    out[key] = entry.locator;
  }
  return out;
}
