import { describeStatus, STATUS_BY_NAME, type StatusCode } from '../affise/conversion-status';
import { dryRunFinding } from '../catalog/dry-run-rules';
import { AFFISE_AFFILIATE_NAMES } from '../catalog/macro-names';
import { AFFISE_AFFILIATE_BY_NAME } from '../catalog/macros';
import type { Finding } from '../core/findings';
import type { PostbackFields } from './affise-postback';
import { DEFAULT_OFFER_NAME } from './click';
import { type Instant, isoTime, unixSeconds } from './clock';
import { fillUrlTemplate, readUrlTemplate, type UrlTemplate } from './fast/url-template';
import type { SeededRandom } from './random';
import type {
  AffiliatePostbackDecision,
  Conversion,
  ConversionChange,
  RequestParam,
  Substitution,
} from './result';
import type { AffiliatePostbackRule, RuleStatus, Scenario } from './scenario';

/**
 * Affise's affiliate postback sending logic (help centre, "Affiliate postback sending logic"):
 * local postbacks (one offer, optionally one goal) win; the global one is used when the offer has
 * no local postback, or, with "Consider global postback" on, when none of the local ones matches.
 * Each rule is matched on the conversion's status and integration method.
 */

/** A rule's status filter as the status it lets through ("any" and "by-creating" are not one). */
const FILTER_STATUS: Partial<Record<RuleStatus, StatusCode>> = STATUS_BY_NAME;

export interface AffiliateRequest {
  method: 'GET' | 'POST';
  url: string;
  body: string | null;
  contentType: string | null;
  params: RequestParam[];
  substitutions: Substitution[];
}

export interface AffiliateContext {
  scenario: Scenario;
  clickValues: ReadonlyMap<string, string>;
  clickAt: Instant;
  random: SeededRandom;
  /**
   * The rules' URLs already read (urlTemplate), by rule index: a rule can send for every
   * conversion change of a run. Without them each send reads its rule's URL again.
   */
  templates?: (UrlTemplate | undefined)[];
}

/** Static problems of each rule, reported once per run whatever conversions happen. */
export function checkAffiliateRule(
  rule: AffiliatePostbackRule,
  index: number,
  template: UrlTemplate = readUrlTemplate(rule.url),
): Finding[] {
  const path = `affiliatePostbacks[${index}]`;
  const split = template.split;
  const findings: Finding[] = [];
  if (!split || (split.scheme !== 'http' && split.scheme !== 'https') || split.host === '') {
    findings.push(
      dryRunFinding(
        'dry-run-affiliate-url-invalid',
        `Affiliate postback ${index + 1} "${rule.url.slice(0, 60)}" is not an absolute http(s) URL; Affise needs the affiliate's full postback URL.`,
        `${path}.url`,
      ),
    );
  }
  const unknown = new Set(template.names.filter((name) => !AFFISE_AFFILIATE_NAMES.has(name)));
  for (const name of unknown) {
    if (name === 'clickid' || name === 'click_id' || name === 'offer_id') continue;
    findings.push(
      dryRunFinding(
        'dry-run-affiliate-macro-unknown',
        `Affiliate postback ${index + 1} uses {${name}}, which Affise does not fill in affiliate postbacks; it is sent literally.`,
        `${path}.url`,
      ),
    );
  }
  if (rule.method === 'POST') {
    findings.push(
      dryRunFinding(
        'dry-run-affiliate-post-body',
        `Affiliate postback ${index + 1} is sent by POST. Affise does not document the body; the dry-run sends the query parameters as form fields (application/x-www-form-urlencoded) to the URL without its query.`,
        `${path}.method`,
      ),
    );
  }
  return findings;
}

/** What one conversion change gives the affiliate macros. */
interface MacroSource {
  conversion: Conversion;
  change: ConversionChange;
  fields: PostbackFields;
  ctx: AffiliateContext;
  /** A click value; "" for a conversion without a click (probabilistic attribution). */
  fromClick: (name: string) => string;
}

type AffiliateValue = (source: MacroSource, name: string) => string;

const fromClickValue: AffiliateValue = (s, name) => s.fromClick(name);
const fromFields: AffiliateValue = (s, name) => s.fields.get(name) ?? '';

const fromClickParam: AffiliateValue = (s, name) =>
  s.conversion.clickId === null
    ? ''
    : (s.ctx.scenario.click.params[name as keyof Scenario['click']['params']] ?? '');

/** `y-m-d h:i:s` as Affise writes {date} and {click_date} (article 6483741), read as 2026-01-15 10:30:00. */
const dateTime = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 19)}`;

const NAMED_VALUES: Readonly<Record<string, AffiliateValue>> = {
  transactionid: (s) => s.conversion.id,
  offerid: (s) => s.ctx.scenario.offer.id,
  offer_name: (s) => s.ctx.scenario.offer.name ?? DEFAULT_OFFER_NAME,
  status: (s) => String(s.change.status),
  sum: (s) => String(s.conversion.payout),
  goal: (s) => s.conversion.goal,
  currency: (s) => s.conversion.currency,
  // The conversion's own comment: Affise's reason when it declined it, else the postback's.
  comment: (s) => s.conversion.comment ?? s.fields.get('comment') ?? '',
  ip: (s) => s.fields.get('ip') ?? s.fromClick('ip'),
  uagent: (s) => s.fromClick('device_ua'),
  geo: fromClickValue,
  city: fromClickValue,
  referrer: fromClickValue,
  fbclid: fromClickParam,
  ref_id: fromClickParam,
  os_id: fromClickParam,
  ext1: fromClickParam,
  ext2: fromClickParam,
  ext3: fromClickParam,
  os: (s) => (s.ctx.scenario.device.os === 'ios' ? 'iOS' : 'Android'),
  // change.at is already ISO 8601 UTC: its date and time are slices of it.
  date: (s) => dateTime(s.change.at),
  date_only: (s) => s.change.at.slice(0, 10),
  click_date: (s) => (s.conversion.clickId === null ? '' : dateTime(isoTime(s.ctx.clickAt))),
  time: (s) => s.change.at.slice(11, 19),
  timestamp: (s) => unixSeconds(Date.parse(s.change.at)),
  rand: (s) => s.ctx.random.uuid(),
  // The advertiser's sum, which {sum} does not carry (that is the affiliate's payout).
  order_sum: (s) => s.fields.get('sum') ?? '',
  // The conversion's currency: the postback's order_currency when it changed it (article 6515326).
  order_currency: (s) => s.fields.get('order_currency') ?? s.conversion.currency,
};

/**
 * How each catalogue macro is filled: subs from the click, custom fields and the rest from the
 * postback, some by their own rule. One map lookup per macro, the names being those of the rule
 * templates (see urlTemplate).
 */
const AFFILIATE_VALUES: ReadonlyMap<string, AffiliateValue> = new Map(
  [...AFFISE_AFFILIATE_BY_NAME.keys()].map((name): [string, AffiliateValue] => [
    name,
    /^sub\d$/.test(name)
      ? fromClickValue
      : /^custom_field_\d$/.test(name)
        ? (s: MacroSource) => s.fields.get(name.replace('_field_', '_field')) ?? ''
        : /^custom_field\d$/.test(name)
          ? fromFields
          : (NAMED_VALUES[name] ?? fromFields),
  ]),
);

function macroValues(
  conversion: Conversion,
  change: ConversionChange,
  fields: PostbackFields,
  ctx: AffiliateContext,
): (name: string) => { value: string | null } | undefined {
  const click = ctx.clickValues;
  const source: MacroSource = {
    conversion,
    change,
    fields,
    ctx,
    fromClick: conversion.clickId === null ? () => '' : (name) => click.get(name) ?? '',
  };
  return (name) => {
    const fill = AFFILIATE_VALUES.get(name);
    return fill === undefined ? undefined : { value: fill(source, name) };
  };
}

function templateOf(
  rule: AffiliatePostbackRule,
  ruleIndex: number,
  ctx: AffiliateContext,
): UrlTemplate {
  const cached = ctx.templates?.[ruleIndex];
  if (cached !== undefined && cached.source === rule.url) return cached;
  const template = readUrlTemplate(rule.url);
  if (ctx.templates) ctx.templates[ruleIndex] = template;
  return template;
}

/**
 * The rule's URL with the macros filled. POST sends the query as form fields to the URL without
 * it (the URL as splitUrl + joinUrl write it); a POST URL that does not split is sent as it is.
 */
function buildRequest(
  rule: AffiliatePostbackRule,
  ruleIndex: number,
  resolve: ReturnType<typeof macroValues>,
  template: UrlTemplate,
): AffiliateRequest {
  const filled = fillUrlTemplate(
    template,
    'affise-affiliate',
    resolve,
    `rule ${ruleIndex + 1}`,
    rule.method === 'POST',
  );
  if (filled.postUrl === null) {
    return {
      method: rule.method,
      url: filled.text,
      body: null,
      contentType: null,
      params: filled.params,
      substitutions: filled.substitutions,
    };
  }
  return {
    method: 'POST',
    url: filled.postUrl,
    body: filled.query ?? '',
    contentType: 'application/x-www-form-urlencoded',
    params: filled.params,
    substitutions: filled.substitutions,
  };
}

interface Match {
  matched: boolean;
  why: string;
}

/** `created as 2 (pending)` / `changed to 1 (approved)`: how each rule's reason tells the change. */
function describeChange(change: ConversionChange): string {
  const now = describeStatus(change.status);
  return change.kind === 'created' ? `created as ${now}` : `changed to ${now}`;
}

function matchStatus(rule: AffiliatePostbackRule, change: ConversionChange, event: string): Match {
  if (rule.status === 'any') return { matched: true, why: `status Any: conversion ${event}` };
  if (rule.status === 'by-creating') {
    return change.kind === 'created'
      ? { matched: true, why: `status By creating: conversion ${event}` }
      : {
          matched: false,
          why: `status By creating sends only for new conversions; this one ${event}`,
        };
  }
  const wanted = FILTER_STATUS[rule.status];
  return wanted === change.status
    ? { matched: true, why: `status ${rule.status}: conversion ${event}` }
    : { matched: false, why: `status filter ${rule.status}, conversion ${event}` };
}

const INTEGRATION_MATCHED: Match = { matched: true, why: '' };

function matchIntegration(rule: AffiliatePostbackRule, conversion: Conversion): Match {
  if (rule.integration === 'all' || rule.integration === conversion.integration)
    return INTEGRATION_MATCHED;
  const label = (i: string) =>
    i === 'probabilistic' ? 'Probabilistic attribution' : i === 'skad' ? 'SKAd' : 'Default';
  return {
    matched: false,
    why: `integration method ${label(rule.integration)}, conversion came by ${label(conversion.integration)}`,
  };
}

function matchLocal(
  rule: AffiliatePostbackRule,
  conversion: Conversion,
  change: ConversionChange,
  event: string,
): Match {
  if (rule.goal !== undefined && rule.goal.toLowerCase() !== conversion.goal.toLowerCase()) {
    return {
      matched: false,
      why: `local postback for goal "${rule.goal}", conversion goal is "${conversion.goal}"`,
    };
  }
  const integration = matchIntegration(rule, conversion);
  if (!integration.matched) return integration;
  return matchStatus(rule, change, event);
}

function matchGlobal(
  rule: AffiliatePostbackRule,
  conversion: Conversion,
  change: ConversionChange,
  event: string,
): Match {
  const integration = matchIntegration(rule, conversion);
  if (!integration.matched) return integration;
  return matchStatus(rule, change, event);
}

/** `1, 3`: rule numbers as people count them, what map + join wrote. */
function ruleNumbers(indexes: readonly number[]): string {
  let text = '';
  for (let i = 0; i < indexes.length; i++)
    text += `${i > 0 ? ', ' : ''}${(indexes[i] as number) + 1}`;
  return text;
}

export interface AffiliateOutcome {
  decisions: (Omit<AffiliatePostbackDecision, 'requestIndex'> & {
    built: AffiliateRequest | null;
  })[];
  findings: Finding[];
}

type AffiliateDecision = AffiliateOutcome['decisions'][number];

/** What deciding every rule for one conversion change needs; decisions are pushed in rule order. */
interface RuleDecider {
  readonly rules: readonly AffiliatePostbackRule[];
  readonly change: ConversionChange;
  readonly changeIndex: number;
  readonly decisions: AffiliateDecision[];
}

// One object shape for every decision (sent or skipped) keeps this hot loop monomorphic.
function skip(decider: RuleDecider, rule: number, reason: string): void {
  decider.decisions.push({
    rule,
    change: decider.changeIndex,
    conversion: decider.change.conversion,
    sent: false,
    reason,
    request: null,
    built: null,
  });
}

function send(decider: RuleDecider, rule: number, reason: string, built: AffiliateRequest): void {
  decider.decisions.push({
    rule,
    change: decider.changeIndex,
    conversion: decider.change.conversion,
    sent: true,
    reason,
    request: { method: built.method, url: built.url, body: built.body },
    built,
  });
}

/** A status hidden from affiliates: every rule skipped, one finding when there are rules. */
function statusHidden(decider: RuleDecider): AffiliateOutcome {
  const { change, rules } = decider;
  const reason = `status ${describeStatus(change.status)} is not shown to affiliates (Settings → Affiliates → General), so Affise sends no affiliate postback for it`;
  for (let i = 0; i < rules.length; i++) skip(decider, i, reason);
  const finding = dryRunFinding(
    'dry-run-affiliate-status-hidden',
    `Affiliates are not shown status ${describeStatus(change.status)}, so no affiliate postback is sent when a conversion ${change.kind === 'created' ? 'is created' : 'changes'} with it. Tick the status in Settings → Affiliates → General if affiliates should hear about it.`,
    'platform.statusesShownToAffiliates',
  );
  return { decisions: decider.decisions, findings: rules.length > 0 ? [finding] : [] };
}

/** The offer's local postbacks, matched against the conversion: they decide whether global runs. */
interface LocalMatches {
  localForOffer: number;
  localMatched: number[];
  /** By rule index; undefined for global rules and other offers' local ones. */
  results: (Match | undefined)[];
}

function matchLocals(
  rules: readonly AffiliatePostbackRule[],
  offerId: string,
  conversion: Conversion,
  change: ConversionChange,
  event: string,
): LocalMatches {
  let localForOffer = 0;
  const localMatched: number[] = [];
  const results: (Match | undefined)[] = [];
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i] as AffiliatePostbackRule;
    if (rule.scope !== 'local' || (rule.offerId ?? offerId) !== offerId) continue;
    localForOffer++;
    const match = matchLocal(rule, conversion, change, event);
    results[i] = match;
    if (match.matched) localMatched.push(i);
  }
  return { localForOffer, localMatched, results };
}

function globalSkipReason(offerId: string, localMatched: readonly number[]): string {
  return localMatched.length > 0
    ? `a local postback of offer ${offerId} matched (rule ${ruleNumbers(localMatched)}), and local postbacks take precedence over the global one`
    : `offer ${offerId} has local postbacks and none matched; Affise falls back to the global postback only with "Consider global postback" on`;
}

/**
 * Every rule × one conversion change: sent with the exact request, or skipped with the reason.
 * `changeIndex` and `conversionIndex` are positions in the run's lists.
 */
export function affiliatePostbacksFor(
  change: ConversionChange,
  changeIndex: number,
  conversion: Conversion,
  fields: PostbackFields,
  ctx: AffiliateContext,
): AffiliateOutcome {
  const { affiliatePostbacks: rules, offer, platform } = ctx.scenario;
  const decider: RuleDecider = { rules, change, changeIndex, decisions: [] };
  if (!platform.statusesShownToAffiliates.includes(change.status)) return statusHidden(decider);

  const resolve = macroValues(conversion, change, fields, ctx);
  const sendRule = (rule: number, reason: string) => {
    const ruleOf = rules[rule] as AffiliatePostbackRule;
    send(decider, rule, reason, buildRequest(ruleOf, rule, resolve, templateOf(ruleOf, rule, ctx)));
  };
  const event = describeChange(change);
  const { localForOffer, localMatched, results } = matchLocals(
    rules,
    offer.id,
    conversion,
    change,
    event,
  );
  const considerGlobal =
    localForOffer === 0 || (localMatched.length === 0 && platform.considerGlobalPostback);
  const via =
    localForOffer === 0
      ? 'global postback (no local postback for this offer)'
      : 'global postback via "Consider global postback" (no local postback matched)';
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i] as AffiliatePostbackRule;
    if (rule.scope === 'local') {
      const offerId = rule.offerId ?? offer.id;
      const match = results[i];
      if (offerId !== offer.id || !match) {
        skip(
          decider,
          i,
          `local postback of offer ${offerId}; the conversion is for offer ${offer.id}`,
        );
      } else if (match.matched) sendRule(i, `local postback, ${match.why}`);
      else skip(decider, i, `local postback: ${match.why}`);
    } else if (!considerGlobal) {
      skip(decider, i, globalSkipReason(offer.id, localMatched));
    } else {
      const match = matchGlobal(rule, conversion, change, event);
      if (match.matched) sendRule(i, `${via}, ${match.why}`);
      else skip(decider, i, `${via}: ${match.why}`);
    }
  }
  // Both loops push one decision per rule in rule order, so decisions need no sorting.
  return { decisions: decider.decisions, findings: [] };
}
