import { AFFISE_AFFILIATE_BY_NAME } from '../catalog/macros';
import type { Finding } from '../findings';
import { joinUrl, splitUrl } from '../url/split-url';
import { dateOnly, type Instant, unixSeconds } from './clock';
import { fillMacros, scanMacroNames } from './fill-macros';
import type { SeededRandom } from './random';
import { queryOf, requestParams } from './request-params';
import type {
  AffiliatePostbackDecision,
  Conversion,
  ConversionChange,
  RequestParam,
  Substitution,
} from './result';
import { dryRunFinding } from './rules';
import {
  type AffiliatePostbackRule,
  type RuleStatus,
  type Scenario,
  STATUS_NAMES,
  type StatusCode,
} from './scenario';

/**
 * Affise's affiliate postback sending logic (help centre, "Affiliate postback sending logic"):
 * local postbacks (one offer, optionally one goal) win; the global one is used when the offer has
 * no local postback, or, with "Consider global postback" on, when none of the local ones matches.
 * Each rule is matched on the conversion's status and integration method.
 */

const FILTER_STATUS: Partial<Record<RuleStatus, StatusCode>> = {
  approved: 1,
  pending: 2,
  declined: 3,
  hold: 5,
};

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
}

/** Static problems of each rule, reported once per run whatever conversions happen. */
export function checkRule(rule: AffiliatePostbackRule, index: number): Finding[] {
  const path = `affiliatePostbacks[${index}]`;
  const split = splitUrl(rule.url);
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
  const unknown = new Set(
    scanMacroNames(rule.url).filter((name) => !AFFISE_AFFILIATE_BY_NAME.has(name)),
  );
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

function macroValues(
  conversion: Conversion,
  change: ConversionChange,
  fields: ReadonlyMap<string, string>,
  ctx: AffiliateContext,
): (name: string) => { value: string | null } | undefined {
  const click = ctx.clickValues;
  // change.at is already ISO 8601 UTC: its date and time are slices of it.
  const changeAt = change.at;
  const fromClick =
    conversion.clickId === null ? () => '' : (name: string) => click.get(name) ?? '';
  return (name) => {
    if (!AFFISE_AFFILIATE_BY_NAME.has(name)) return undefined;
    if (/^sub\d$/.test(name)) return { value: fromClick(name) };
    if (/^custom_field\d$/.test(name)) return { value: fields.get(name) ?? '' };
    switch (name) {
      case 'transactionid':
        return { value: conversion.id };
      case 'offerid':
        return { value: ctx.scenario.offer.id };
      case 'status':
        return { value: String(change.status) };
      case 'sum':
        return { value: String(conversion.payout) };
      case 'goal':
        return { value: conversion.goal };
      case 'currency':
        return { value: conversion.currency };
      case 'ip':
        return { value: fields.get('ip') ?? fromClick('ip') };
      case 'uagent':
        return { value: fromClick('device_ua') };
      case 'geo':
      case 'city':
        return { value: fromClick(name) };
      case 'date':
        return { value: changeAt.slice(0, 10) };
      case 'click_date':
        return { value: conversion.clickId === null ? '' : dateOnly(ctx.clickAt) };
      case 'time':
        return { value: changeAt.slice(11, 19) };
      case 'timestamp':
        return { value: unixSeconds(Date.parse(changeAt)) };
      case 'rand':
        return { value: String(ctx.random.int(0, 9_999_999)) };
      // The advertiser's sum, which {sum} does not carry (that is the affiliate's payout).
      case 'order_sum':
        return { value: fields.get('sum') ?? '' };
      default:
        return { value: fields.get(name) ?? '' };
    }
  };
}

function buildRequest(
  rule: AffiliatePostbackRule,
  ruleIndex: number,
  resolve: ReturnType<typeof macroValues>,
): AffiliateRequest {
  const filled = fillMacros(rule.url, 'affise-affiliate', resolve, `rule ${ruleIndex + 1}`);
  const params = requestParams(queryOf(filled.text));
  const split = rule.method === 'POST' ? splitUrl(filled.text) : null;
  if (!split) {
    return {
      method: rule.method,
      url: filled.text,
      body: null,
      contentType: null,
      params,
      substitutions: filled.substitutions,
    };
  }
  return {
    method: 'POST',
    url: joinUrl({ ...split, query: null }),
    body: split.query ?? '',
    contentType: 'application/x-www-form-urlencoded',
    params,
    substitutions: filled.substitutions,
  };
}

interface Match {
  matched: boolean;
  why: string;
}

function matchStatus(rule: AffiliatePostbackRule, change: ConversionChange): Match {
  const now = `${change.status} (${STATUS_NAMES[change.status]})`;
  const event = change.kind === 'created' ? `created as ${now}` : `changed to ${now}`;
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

function matchIntegration(rule: AffiliatePostbackRule, conversion: Conversion): Match {
  if (rule.integration === 'all' || rule.integration === conversion.integration)
    return { matched: true, why: '' };
  const label = (i: string) => (i === 'probabilistic' ? 'Probabilistic attribution' : 'Default');
  return {
    matched: false,
    why: `integration method ${label(rule.integration)}, conversion came by ${label(conversion.integration)}`,
  };
}

function matchLocal(
  rule: AffiliatePostbackRule,
  conversion: Conversion,
  change: ConversionChange,
): Match {
  if (rule.goal !== undefined && rule.goal.toLowerCase() !== conversion.goal.toLowerCase()) {
    return {
      matched: false,
      why: `local postback for goal "${rule.goal}", conversion goal is "${conversion.goal}"`,
    };
  }
  const integration = matchIntegration(rule, conversion);
  if (!integration.matched) return integration;
  return matchStatus(rule, change);
}

function matchGlobal(
  rule: AffiliatePostbackRule,
  conversion: Conversion,
  change: ConversionChange,
): Match {
  const integration = matchIntegration(rule, conversion);
  if (!integration.matched) return integration;
  return matchStatus(rule, change);
}

export interface AffiliateOutcome {
  decisions: (Omit<AffiliatePostbackDecision, 'requestIndex'> & {
    built: AffiliateRequest | null;
  })[];
  findings: Finding[];
}

/**
 * Every rule × one conversion change: sent with the exact request, or skipped with the reason.
 * `changeIndex` and `conversionIndex` are positions in the run's lists.
 */
export function affiliatePostbacksFor(
  change: ConversionChange,
  changeIndex: number,
  conversion: Conversion,
  fields: ReadonlyMap<string, string>,
  ctx: AffiliateContext,
): AffiliateOutcome {
  const { affiliatePostbacks: rules, offer, platform } = ctx.scenario;
  const decisions: AffiliateOutcome['decisions'] = [];
  // One object shape for every decision keeps this hot loop monomorphic.
  const skip = (rule: number, reason: string) => {
    decisions.push({
      rule,
      change: changeIndex,
      conversion: change.conversion,
      sent: false,
      reason,
      request: null,
      built: null,
    });
  };

  if (!platform.statusesShownToAffiliates.includes(change.status)) {
    const reason = `status ${change.status} (${STATUS_NAMES[change.status]}) is not shown to affiliates (Settings → Affiliates → General), so Affise sends no affiliate postback for it`;
    for (let i = 0; i < rules.length; i++) skip(i, reason);
    const finding = dryRunFinding(
      'dry-run-affiliate-status-hidden',
      `Affiliates are not shown status ${change.status} (${STATUS_NAMES[change.status]}), so no affiliate postback is sent when a conversion ${change.kind === 'created' ? 'is created' : 'changes'} with it. Tick the status in Settings → Affiliates → General if affiliates should hear about it.`,
      'platform.statusesShownToAffiliates',
    );
    return { decisions, findings: rules.length > 0 ? [finding] : [] };
  }

  const resolve = macroValues(conversion, change, fields, ctx);
  const send = (rule: number, reason: string) => {
    const built = buildRequest(rules[rule] as AffiliatePostbackRule, rule, resolve);
    decisions.push({
      rule,
      change: changeIndex,
      conversion: change.conversion,
      sent: true,
      reason,
      request: { method: built.method, url: built.url, body: built.body },
      built,
    });
  };

  let localForOffer = 0;
  const localMatched: number[] = [];
  const results: (Match | undefined)[] = [];
  rules.forEach((rule, i) => {
    if (rule.scope !== 'local' || (rule.offerId ?? offer.id) !== offer.id) return;
    localForOffer++;
    const match = matchLocal(rule, conversion, change);
    results[i] = match;
    if (match.matched) localMatched.push(i);
  });
  const considerGlobal =
    localForOffer === 0 || (localMatched.length === 0 && platform.considerGlobalPostback);

  const via =
    localForOffer === 0
      ? 'global postback (no local postback for this offer)'
      : 'global postback via "Consider global postback" (no local postback matched)';
  rules.forEach((rule, i) => {
    if (rule.scope === 'local') {
      const offerId = rule.offerId ?? offer.id;
      const match = results[i];
      if (offerId !== offer.id || !match) {
        skip(i, `local postback of offer ${offerId}; the conversion is for offer ${offer.id}`);
      } else if (match.matched) send(i, `local postback, ${match.why}`);
      else skip(i, `local postback: ${match.why}`);
    } else if (!considerGlobal) {
      skip(
        i,
        localMatched.length > 0
          ? `a local postback of offer ${offer.id} matched (rule ${localMatched.map((n) => n + 1).join(', ')}), and local postbacks take precedence over the global one`
          : `offer ${offer.id} has local postbacks and none matched; Affise falls back to the global postback only with "Consider global postback" on`,
      );
    } else {
      const match = matchGlobal(rule, conversion, change);
      if (match.matched) send(i, `${via}, ${match.why}`);
      else skip(i, `${via}: ${match.why}`);
    }
  });
  decisions.sort((a, b) => a.rule - b.rule);
  return { decisions, findings: [] };
}
