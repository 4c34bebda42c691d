import { dryRunFinding } from '../catalog/dry-run-rules';
import { encodeValue, formatQuery, parseQuery } from '../url/query';
import { joinUrl, splitUrl } from '../url/split-url';
import { affiliatePostbacksFor } from './affiliate-postbacks';
import { type PostbackResult, receivePostback } from './affise-postback';
import { type Instant, isoTime } from './clock';
import { queryOf, requestParams } from './fast/request-params';
import { fillMacros } from './fill-macros';
import { approveHold, dueHoldApprovals, holdApprovalEntry } from './hold-approvals';
import { ADVERTISER_SERVER_IP_DEFAULT, type PostbackOrigin } from './postback-refusals';
import type { DryRunContext } from './run-context';
import type { Activity } from './scenario';

/**
 * The hops on Affise's side: a postback arrives (from Adjust or from the advertiser), Affise
 * registers or refuses it, approves Hold conversions on its own, and sends affiliate postbacks
 * for every conversion change.
 */

/** Affise receives the postback that request `request` carries. */
export function deliverPostback(
  run: DryRunContext,
  request: number,
  source: string,
  origin: PostbackOrigin,
): PostbackResult {
  const target = run.log.request(request);
  const result = receivePostback(
    run.state,
    { url: target.url, params: target.params, atIso: target.at, request, source, origin },
    run.postback,
  );
  target.outcome = result.outcome;
  run.log.reportAt(request, result.findings);
  run.log.postbacks.push({
    request,
    accepted: result.accepted,
    error: result.error,
    conversion: result.conversion,
    change: result.change,
  });
  if (result.change !== null && result.conversion !== null)
    sendAffiliatePostbacks(run, result.change, result.conversion, request);
  return result;
}

/** Every affiliate-postback rule decides on one conversion change; the sent ones become requests. */
export function sendAffiliatePostbacks(
  run: DryRunContext,
  changeIndex: number,
  conversionIndex: number,
  request: number,
): void {
  const { state, log, scenario } = run;
  const change = state.changes[changeIndex];
  const conversion = state.conversions[conversionIndex];
  const detail = state.details[conversionIndex];
  if (!change || !conversion || !detail) return;
  const outcome = affiliatePostbacksFor(
    change,
    changeIndex,
    conversion,
    detail.fields,
    run.affiliate,
  );
  log.report(outcome.findings);
  for (const decision of outcome.decisions) {
    const built = decision.built;
    const requestIndex = built
      ? log.add(
          {
            hop: 'affiliate-postback',
            method: built.method,
            url: built.url,
            body: built.body,
            contentType: built.contentType,
            at: change.at,
            title: `Affiliate postback, rule ${decision.rule + 1} (${scenario.affiliatePostbacks[decision.rule]?.scope ?? ''})`,
            activity: log.requests[request]?.activity ?? null,
            params: built.params,
            substitutions: built.substitutions,
            outcome: decision.reason,
          },
          `affiliatePostbacks[${decision.rule}].url`,
        )
      : null;
    log.decide(
      {
        rule: decision.rule,
        change: decision.change,
        conversion: decision.conversion,
        sent: decision.sent,
        reason: decision.reason,
        request: decision.request,
        requestIndex,
      },
      `affiliatePostbacks[${decision.rule}]`,
    );
  }
}

/** Affise approves Hold conversions on its own: those due by `until` (all of them when null). */
export function approveHoldsUntil(run: DryRunContext, until: Instant | null): void {
  if (run.scenario.offer.holdPeriod === undefined) return;
  for (const index of dueHoldApprovals(run.state, until)) {
    const entry = holdApprovalEntry(run.state, index);
    const request = run.log.add(entry, 'offer.holdPeriod');
    run.log.report(entry.findings);
    sendAffiliatePostbacks(run, approveHold(run.state, index, request), index, request);
  }
}

/** Sets (or adds) one query parameter, keeping every other byte of the URL. */
function withParam(url: string, name: string, value: string): string {
  const split = splitUrl(url);
  if (!split) return url;
  const params = parseQuery(split.query);
  const encoded = encodeValue(value);
  const at = params.findIndex((p) => p.name === name);
  if (at === -1) params.push({ name, value: encoded });
  else params[at] = { name, value: encoded };
  return joinUrl({ ...split, query: formatQuery(params) });
}

/**
 * The offer's postback template as the advertiser would send it for a status change: parameters
 * still holding an Adjust placeholder or another macro are left out, since no Adjust callback
 * fills them on this path.
 */
function withoutUnfilled(url: string): string {
  const split = splitUrl(url);
  if (!split) return url;
  const kept = parseQuery(split.query).filter(
    (p) => p.value === null || !/\{[A-Za-z0-9_]+\}/.test(p.value),
  );
  return joinUrl({ ...split, query: formatQuery(kept) });
}

/** The postback a status change repeats: the one that created the conversion, else offer.postbackUrl. */
function statusChangeBase(
  run: DryRunContext,
  activity: Extract<Activity, { kind: 'status-change' }>,
): string | null {
  const { state, scenario } = run;
  const lower = activity.goal.toLowerCase();
  const existing = state.conversions.findIndex(
    (c) =>
      c.goal.toLowerCase() === lower &&
      (activity.actionId === undefined || c.actionId === activity.actionId),
  );
  const repeated = existing === -1 ? null : (state.details[existing]?.sourceUrl ?? null);
  if (repeated !== null || scenario.offer.postbackUrl === undefined) return repeated;
  const values = run.clickValues;
  const filled = fillMacros(
    scenario.offer.postbackUrl,
    'affise-click',
    (name) => (values.has(name) ? { value: values.get(name) ?? '' } : undefined),
    'postbackUrl',
  );
  return withParam(withoutUnfilled(filled.text), 'goal', activity.goal);
}

/** The advertiser repeats the postback with a new status, from its own server. */
export function statusChangeHop(
  run: DryRunContext,
  activity: Extract<Activity, { kind: 'status-change' }>,
  index: number,
  at: Instant,
): void {
  const path = `activities[${index}]`;
  const base = statusChangeBase(run, activity);
  if (base === null) {
    run.log.report([
      dryRunFinding(
        'dry-run-status-change-no-postback',
        `The status change at ${path} has no earlier postback for goal "${activity.goal}" to repeat, and the offer has no postbackUrl. Add offer.postbackUrl or an activity that creates the conversion first.`,
        path,
      ),
    ]);
    return;
  }
  let url = withParam(base, 'status', String(activity.status));
  if (activity.actionId !== undefined) url = withParam(url, 'action_id', activity.actionId);
  const request = run.log.add(
    {
      hop: 'advertiser-postback',
      url,
      at: isoTime(at),
      title: `Status change to ${activity.status} for goal ${activity.goal} (advertiser repeats the postback)`,
      activity: index,
      params: requestParams(queryOf(url)),
    },
    path,
  );
  deliverPostback(run, request, path, {
    ip: activity.ip ?? ADVERTISER_SERVER_IP_DEFAULT,
    sender: "the advertiser's server",
    path: `${path}.ip`,
  });
}
