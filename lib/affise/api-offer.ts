import { z } from 'zod/mini';
import { pageFinding } from '../catalog/page-rules';
import type { Finding } from '../core/findings';
import { splitUrl } from '../url/split-url';
import { HostnameSchema, hostnameOf, networkOf, postbackHostFor } from './admin-host';
import { capGoals, dedupeGoals } from './dedupe-goals';
import {
  CurrencySchema,
  type Goal,
  GoalSchema,
  HttpUrlSchema,
  type OfferFields,
  OfferIdSchema,
  type OfferRead,
  OfferReadSchema,
  type PayoutType,
  PayoutTypeSchema,
} from './offer';

/**
 * The Affise API as a second source for the same offer model: `GET /3.0/offer/{id}` with the
 * network's key in the `API-Key` header (https://api.affise.com/docs3.1/#offers). This module only
 * describes the request and maps the answer; the background does the fetch, so the key never
 * reaches a page and the engine stays free of network code.
 */

/**
 * What is wrong with the API host the user typed, as a sentence, or null when it is usable. The key
 * travels in a header, so a plain http:// origin is refused: anyone on the network could read it.
 */
export function apiBaseProblem(input: string): string | null {
  const trimmed = input.trim().replace(/\/+$/, '');
  if (trimmed === '') return 'Enter the Affise API host (api-<network>.affise.com).';
  if (/^http:\/\//i.test(trimmed)) {
    return 'The API host must use https://: over http:// your API key would travel unencrypted. Write it as https://api-<network>.affise.com.';
  }
  return apiBaseUrl(trimmed) === null
    ? 'Enter the API host as api-<network>.affise.com (no path), or a full https:// origin.'
    : null;
}

/** What the user types as the API host: `api-rocketcompany.affise.com` or a full https origin. */
export function apiBaseUrl(input: string): string | null {
  const trimmed = input.trim().replace(/\/+$/, '');
  if (trimmed === '') return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
  const parts = splitUrl(withScheme);
  if (parts?.scheme !== 'https' || parts.path !== '') return null;
  if (parts.query !== null || parts.fragment !== null || parts.authority.includes('@')) return null;
  if (!HostnameSchema.safeParse(parts.host).success && parts.host !== 'localhost') return null;
  return `${parts.scheme}://${parts.host}${parts.port ? `:${parts.port}` : ''}`;
}

export interface ApiRequest {
  url: string;
  method: 'GET';
  headers: Record<string, string>;
}

export function describeOfferRequest(apiBase: string, apiKey: string, offerId: string): ApiRequest {
  return {
    url: `${apiBase}/3.0/offer/${encodeURIComponent(offerId)}`,
    method: 'GET',
    headers: { 'API-Key': apiKey, Accept: 'application/json' },
  };
}

const amount = z.nullish(z.union([z.number(), z.string()]));

/** The documented parts of the answer; everything else Affise sends is allowed and ignored. */
export const ApiOfferResponseSchema = z.looseObject({
  status: z.optional(z.number()),
  offer: z.looseObject({
    id: z.union([z.int(), z.string()]),
    title: z.nullish(z.string()),
    url: z.nullish(z.string()),
    hash_password: z.nullish(z.string()),
    payments: z.nullish(
      z.array(
        z.looseObject({
          goal: z.nullish(z.union([z.string(), z.number()])),
          title: z.nullish(z.string()),
          total: amount,
          revenue: amount,
          currency: z.nullish(z.string()),
          /** "fixed" or "percent" (article 6759666); other payment types are not modelled. */
          type: z.nullish(z.string()),
        }),
      ),
    ),
  }),
});
export type ApiOfferResponse = z.infer<typeof ApiOfferResponseSchema>;

export const ApiErrorCodeSchema = z.enum([
  'not-configured',
  'unauthorized',
  'not-found',
  'network',
  'bad-response',
  'http-error',
  'redirect-refused',
]);
export const ApiErrorSchema = z.object({ code: ApiErrorCodeSchema, message: z.string() });
export type ApiError = z.infer<typeof ApiErrorSchema>;

function serverMessage(body: unknown): string {
  const parsed = z
    .object({ error: z.optional(z.string()), message: z.optional(z.string()) })
    .safeParse(body);
  const text = parsed.success ? (parsed.data.error ?? parsed.data.message ?? '') : '';
  return text === '' ? '' : ` Affise said: "${text.slice(0, 200)}".`;
}

/** A failed HTTP answer as a sentence the user can act on. Never includes the key. */
export function describeApiFailure(
  status: number,
  body: unknown,
  offerId: string,
  apiBase: string,
): ApiError {
  if (status === 401 || status === 403) {
    return {
      code: 'unauthorized',
      message: `The Affise API at ${apiBase} refused the API key (HTTP ${status}).${serverMessage(body)} Copy the key again from Affise (Settings → Security → API key) and save it in the options.`,
    };
  }
  if (status === 404) {
    return {
      code: 'not-found',
      message: `The Affise API at ${apiBase} has no offer ${offerId} (HTTP 404).${serverMessage(body)} Check the offer id and that the API host belongs to the same network.`,
    };
  }
  return {
    code: 'http-error',
    message: `The Affise API at ${apiBase} answered HTTP ${status} for offer ${offerId}.${serverMessage(body)} Try again later.`,
  };
}

/**
 * The API answered with a redirect. Following it would send the API-Key header to wherever it
 * points, so it is never followed; `target` is the host it named, when the browser reveals it.
 */
export function describeRedirectRefused(apiBase: string, target: string | null): ApiError {
  const where = target === null ? 'another address' : target;
  return {
    code: 'redirect-refused',
    message: `The Affise API at ${apiBase} tried to send the request on to ${where}; Postbridge did not follow, so your API key went nowhere else. Check the API host in the options: it should be your network's api-<network>.affise.com.`,
  };
}

export function describeNetworkFailure(apiBase: string, reason: string): ApiError {
  return {
    code: 'network',
    message: `Could not reach the Affise API at ${apiBase} (${reason}). Check the API host in the options and your connection, then try again.`,
  };
}

function toNumber(value: string | number | null | undefined): number | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  const number = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(number) ? number : undefined;
}

/** `payments[].type` as the goal's payout type; a type the emulator does not model is left out. */
function payoutTypeOf(type: string | null | undefined): PayoutType | undefined {
  const parsed = PayoutTypeSchema.safeParse(type?.trim().toLowerCase());
  return parsed.success ? parsed.data : undefined;
}

function mapPayments(
  payments: NonNullable<ApiOfferResponse['offer']['payments']>,
  findings: Finding[],
): Goal[] {
  const goals = payments.flatMap((payment, index) => {
    const currency = payment.currency?.trim().toUpperCase();
    const goal = GoalSchema.safeParse({
      value: String(payment.goal ?? '').trim(),
      title: payment.title?.trim() ?? '',
      revenue: toNumber(payment.total),
      payout: toNumber(payment.revenue),
      currency: currency && CurrencySchema.safeParse(currency).success ? currency : undefined,
      payoutType: payoutTypeOf(payment.type),
    });
    if (goal.success) return [goal.data];
    findings.push(
      pageFinding(
        'affise.api-goal-invalid',
        `offer.payments[${index}] has goal "${String(payment.goal ?? '')}", which is not a valid Affise goal value (${goal.error.issues[0]?.message ?? 'invalid'}); it was skipped.`,
        `goals[${index}].value`,
      ),
    );
    return [];
  });
  const capped = capGoals(dedupeGoals(goals).goals);
  if (capped.finding) findings.push(capped.finding);
  return capped.goals;
}

export interface MapApiOfferOptions {
  offerId: string;
  apiBase: string;
  /** The admin host the postback is assembled on; derived from the API host when not given. */
  adminHost?: string;
  readAt: string;
}

export type ApiOfferResult =
  | { ok: true; read: OfferRead; findings: Finding[] }
  | { ok: false; error: ApiError };

type ApiOffer = ApiOfferResponse['offer'];
type Stamp = { readAt: string };

/** An answer that is not an offer, naming the first thing wrong and what the server said. */
function notAnOffer(body: unknown, issue: { path: PropertyKey[]; message: string } | undefined) {
  return {
    ok: false as const,
    error: {
      code: 'bad-response' as const,
      message: `The Affise API answered, but not with an offer (${issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : 'unexpected shape'}).${serverMessage(body)} Check that the API host is the network's API (api-<network>.affise.com).`,
    },
  };
}

/** The offer id the API answered with (the one asked for when it is not an id); a mismatch warns. */
function answeredOfferId(offer: ApiOffer, asked: string, findings: Finding[]): string {
  const offerId = OfferIdSchema.safeParse(String(offer.id)).success ? String(offer.id) : asked;
  if (offerId !== asked) {
    findings.push(
      pageFinding(
        'affise.api-offer-id-mismatch',
        `Asked the API for offer ${asked} but it answered with offer ${offerId}.`,
        'offerId',
      ),
    );
  }
  return offerId;
}

/** `offer.url` → Tracking URL; an empty or non-http(s) value is a warning and is not kept. */
function mapTrackingUrl(
  offer: ApiOffer,
  offerId: string,
  stamp: Stamp,
  fields: OfferFields,
  findings: Finding[],
): void {
  const url = offer.url?.trim() ?? '';
  if (HttpUrlSchema.safeParse(url).success) {
    fields.trackingUrl = { value: url, source: 'api', ...stamp };
    return;
  }
  findings.push(
    pageFinding(
      url === '' ? 'affise.field-empty' : 'affise.value-not-url',
      url === ''
        ? `Offer ${offerId} has no Tracking URL in Affise (offer.url is empty). Ask the advertiser for their Adjust link.`
        : `offer.url of offer ${offerId} is "${url.slice(0, 120)}", not an http(s) URL, so it was not kept.`,
      'trackingUrl',
    ),
  );
}

/** `offer.hash_password` → secure code, and the S2S postback assembled on the admin host with it. */
function mapPostback(
  offer: ApiOffer,
  adminHost: string,
  stamp: Stamp,
  fields: OfferFields,
  findings: Finding[],
): void {
  const secure = offer.hash_password?.trim() ?? '';
  if (secure !== '') fields.secureCode = { value: secure, source: 'api', ...stamp };
  fields.postbackUrl = {
    value: `https://${adminHost}/postback?clickid={clickid}${secure === '' ? '' : `&secure=${encodeURIComponent(secure)}`}`,
    source: 'assembled',
    ...stamp,
  };
  findings.push(
    pageFinding(
      'affise.postback-assembled',
      `The API does not return the S2S postback, so Postbridge assembled it on ${adminHost}. Compare it with the offer's Postbacks tab → Integration pixels → S2S (Postback).`,
      'postbackUrl',
    ),
  );
}

/**
 * Maps a 200 answer into the offer model: `offer.url` → Tracking URL, `offer.payments[]` → goals
 * (`total` is the revenue, `revenue` the payout), `offer.hash_password` → secure code, and a
 * postback assembled as `https://<admin host>/postback?clickid={clickid}&secure=<code>` — the API
 * does not return the S2S template itself, hence the `assembled` source.
 */
export function mapApiOffer(body: unknown, options: MapApiOfferOptions): ApiOfferResult {
  const parsed = ApiOfferResponseSchema.safeParse(body);
  if (!parsed.success) return notAnOffer(body, parsed.error.issues[0]);
  const { offer } = parsed.data;
  const findings: Finding[] = [];
  const offerId = answeredOfferId(offer, options.offerId, findings);
  const apiHost = hostnameOf(splitUrl(options.apiBase)?.host ?? '');
  const adminHost = hostnameOf(options.adminHost ?? postbackHostFor(apiHost));
  const stamp = { readAt: options.readAt };
  const fields: OfferFields = {};
  const title = offer.title?.trim();
  if (title) fields.title = { value: title, source: 'api', ...stamp };
  mapTrackingUrl(offer, offerId, stamp, fields, findings);
  mapPostback(offer, adminHost, stamp, fields, findings);
  if (offer.payments) {
    const goals = mapPayments(offer.payments, findings);
    if (goals.length > 0) fields.goals = { value: goals, source: 'api', ...stamp };
  }
  const read = OfferReadSchema.safeParse({
    network: networkOf(adminHost),
    offerId,
    adminHost,
    fields,
  });
  if (!read.success) {
    return {
      ok: false,
      error: {
        code: 'bad-response',
        message: `The offer from the Affise API did not pass Postbridge's checks (${read.error.issues[0]?.message ?? 'invalid'}).`,
      },
    };
  }
  return { ok: true, read: read.data, findings };
}
