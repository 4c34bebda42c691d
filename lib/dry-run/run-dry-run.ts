import { truncate } from '../analyse-adjust-link';
import { type Finding, sortFindings } from '../findings';
import { parseInput } from '../input-error';
import { encodeValue, formatQuery, parseQuery } from '../url/query';
import { joinUrl, splitUrl } from '../url/split-url';
import {
  type AdjustActivity,
  callbacksFor,
  checkEventToken,
  type FireContext,
  fireCallback,
  readAdjustLink,
} from './adjust';
import { affiliatePostbacksFor, checkRule } from './affiliate-postbacks';
import {
  type AffiseState,
  createAffiseState,
  goalsByValue,
  isAffisePostbackUrl,
  receivePostback,
} from './affise-postback';
import { emulateClick } from './click';
import { DEFAULT_AFTER_SECONDS, type Instant, isoTime, parseInstant } from './clock';
import {
  affiliateRuleMacroFindings,
  decodedTwiceFindings,
  literalMacroFindings,
  stillEncodedFindings,
} from './cross-hop';
import { defaultDeviceMap } from './device-profile';
import { fillMacros } from './fill-macros';
import { seededRandom } from './random';
import { queryOf, requestParams } from './request-params';
import type {
  AffiliatePostbackDecision,
  DryRun,
  DryRunRequest,
  PostbackOutcome,
  RequestParam,
} from './result';
import { dryRunFinding } from './rules';
import {
  admitEntry,
  admitRequest,
  capFindings,
  createRunBudget,
  RunLimitReached,
  stoppedRun,
} from './run-limits';
import { type Activity, type Scenario, type ScenarioInput, ScenarioSchema } from './scenario';
import { buildTrackingLink } from './tracking-link';
import { type UrlTemplate, urlTemplate } from './url-template';

/** push(...items) without the spread call, which costs even when items is empty (the usual case here). */
function pushAll<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}

export { DEFAULT_AFTER_SECONDS } from './clock';

function queryParams(url: string): RequestParam[] {
  return requestParams(queryOf(url));
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

/**
 * Runs a parsed scenario: click → redirect → Adjust callbacks per activity → Affise postback →
 * affiliate postbacks. Pure and deterministic: nothing is sent, time and randomness come from the
 * scenario, and the same scenario gives the same run byte for byte.
 */
export function runScenario(scenario: Scenario): DryRun {
  try {
    return runHops(scenario);
  } catch (error) {
    // A cap met before the click was issued (run-limits.ts); later ones keep the partial run.
    if (!(error instanceof RunLimitReached)) throw error;
    return stoppedRun(error.finding, { url: '', shortlink: scenario.click.shortlink });
  }
}

function runHops(scenario: Scenario): DryRun {
  const budget = createRunBudget();
  const random = seededRandom(scenario.seed);
  const clickAt = parseInstant(scenario.startTime);
  const requests: DryRunRequest[] = [];
  const sources: string[] = [];
  const findings: Finding[] = [];
  const postbacks: PostbackOutcome[] = [];
  const affiliatePostbacks: AffiliatePostbackDecision[] = [];
  const state: AffiseState = createAffiseState();

  const push = (request: DryRunRequest, source: string): number => {
    admitRequest(budget, request, source);
    requests.push(request);
    sources.push(source);
    return requests.length - 1;
  };

  // 1. The affiliate's tracking link.
  const { click: clickOptions } = scenario;
  const link = buildTrackingLink({
    domain: clickOptions.domain,
    pid: clickOptions.pid,
    useSsl: clickOptions.useSsl,
    shortlink: clickOptions.shortlink,
    subs: clickOptions.subs,
    params: clickOptions.params,
    offerId: scenario.offer.id,
  });
  findings.push(...link.findings);
  push(
    {
      hop: 'click',
      method: 'GET',
      url: link.url,
      body: null,
      contentType: null,
      at: isoTime(clickAt),
      title: `Click on the affiliate's tracking link${link.shortlink ? ' (long form of the shortlink)' : ''}`,
      activity: null,
      params: queryParams(link.url),
      substitutions: [],
      findings: link.findings,
      outcome: null,
    },
    'click',
  );

  // Each rule's URL is split and scanned once (see urlTemplate): for these checks and every send.
  const templates = scenario.affiliatePostbacks.map((rule) => urlTemplate(rule.url));
  scenario.affiliatePostbacks.forEach((rule, i) => {
    const template = templates[i] as UrlTemplate;
    findings.push(
      ...checkRule(rule, i, template),
      ...affiliateRuleMacroFindings(rule.url, i, template.names),
    );
  });

  // 2. Affise issues the click id and redirects to the Tracking URL with its macros filled.
  const click = emulateClick(scenario, clickAt, random);
  findings.push(...click.findings);
  const done = (): DryRun =>
    finish(
      scenario,
      click.clickId,
      link,
      requests,
      sources,
      state,
      postbacks,
      affiliatePostbacks,
      findings,
    );
  if (click.redirectUrl === null) {
    requests[0] = {
      ...(requests[0] as DryRunRequest),
      outcome: 'Affise cannot redirect: the Tracking URL is unusable.',
    };
    return done();
  }
  requests[0] = {
    ...(requests[0] as DryRunRequest),
    outcome: `Affise issues click id ${click.clickId} and answers 302 to the Tracking URL.`,
  };
  const twice = decodedTwiceFindings(click.substitutions);
  findings.push(...twice);
  push(
    {
      hop: 'redirect',
      method: 'GET',
      url: click.redirectUrl,
      body: null,
      contentType: null,
      at: isoTime(clickAt),
      title: 'Redirect to the Adjust link (offer Tracking URL, Affise macros filled)',
      activity: null,
      params: click.redirectParams,
      substitutions: click.substitutions,
      findings: [...click.findings, ...twice],
      outcome: null,
    },
    'offer.trackingUrl',
  );

  // 3. Adjust reads the link; every activity fires its callbacks.
  const adjust = readAdjustLink(
    click.redirectUrl,
    scenario.offer.linkKind,
    (requests[requests.length - 1] as DryRunRequest).params,
  );
  findings.push(...adjust.findings);
  const view = adjust.view;
  const explicit = new Map(Object.entries(scenario.device.values));
  const device = defaultDeviceMap(scenario.device.os);
  let installAt: Instant | null = null;

  const affiliateContext = { scenario, clickValues: click.values, clickAt, random, templates };
  const afterConversionChange = (result: ReturnType<typeof receivePostback>, request: number) => {
    postbacks.push({
      request,
      accepted: result.accepted,
      error: result.error,
      conversion: result.conversion,
      change: result.change,
    });
    if (result.change === null || result.conversion === null) return;
    const change = state.changes[result.change];
    const conversion = state.conversions[result.conversion];
    const detail = state.details[result.conversion];
    if (!change || !conversion || !detail) return;
    const outcome = affiliatePostbacksFor(
      change,
      result.change,
      conversion,
      detail.fields,
      affiliateContext,
    );
    pushAll(findings, outcome.findings);
    for (const decision of outcome.decisions) {
      const built = decision.built;
      let requestIndex: number | null = null;
      if (built) {
        requestIndex = push(
          {
            hop: 'affiliate-postback',
            method: built.method,
            url: built.url,
            body: built.body,
            contentType: built.contentType,
            at: change.at,
            title: `Affiliate postback, rule ${decision.rule + 1} (${scenario.affiliatePostbacks[decision.rule]?.scope ?? ''})`,
            activity: requests[request]?.activity ?? null,
            params: built.params,
            substitutions: built.substitutions,
            findings: [],
            outcome: decision.reason,
          },
          `affiliatePostbacks[${decision.rule}].url`,
        );
      }
      if (!built) admitEntry(budget, `affiliatePostbacks[${decision.rule}]`);
      affiliatePostbacks.push({
        rule: decision.rule,
        change: decision.change,
        conversion: decision.conversion,
        sent: decision.sent,
        reason: decision.reason,
        request: decision.request,
        requestIndex,
      });
    }
  };

  const postbackContext = {
    offer: scenario.offer,
    goals: goalsByValue(scenario.offer.goals),
    clickId: click.clickId,
    random,
  };
  const deliver = (url: string, atIso: string, request: number, source: string) => {
    const result = receivePostback(
      state,
      url,
      (requests[request] as DryRunRequest).params,
      atIso,
      request,
      source,
      postbackContext,
    );
    const target = requests[request] as DryRunRequest;
    target.outcome = result.outcome;
    pushAll(target.findings, result.findings);
    pushAll(findings, result.findings);
    afterConversionChange(result, request);
  };

  const fire = (
    activity: AdjustActivity,
    index: number | null,
    at: Instant,
    extra: Partial<Pick<FireContext, 'installAt' | 'event' | 'rejectionReason'>>,
  ) => {
    if (!view) return;
    const path = index === null ? 'offer.trackingUrl' : `activities[${index}]`;
    const event = extra.event;
    const { fired, ignored } = callbacksFor(view, activity, event?.token);
    for (const callback of ignored) {
      findings.push(
        dryRunFinding(
          'dry-run-adjust-callback-prefix',
          view.kind === 'branded'
            ? `${callback.param} is not fired: this is a branded link, where Adjust reads adj_${callback.param}.`
            : `${callback.param} is not fired: the adj_ prefix belongs to branded links; on this link write ${callback.param.slice(4)}.`,
          'offer.trackingUrl',
        ),
      );
    }
    if (fired.length === 0 && (activity === 'install' || activity === 'event')) {
      findings.push(
        dryRunFinding(
          'dry-run-adjust-no-callback',
          activity === 'install'
            ? `The install at ${path} fires no callback: the link has no ${view.kind === 'branded' ? 'adj_' : ''}install_callback. Build the link with an install goal.`
            : `Event ${event?.token ?? ''} at ${path} fires no callback: no ${view.kind === 'branded' ? 'adj_' : ''}event_callback_* parameter names that token. Map a goal to it.`,
          path,
        ),
      );
    }
    const atIso = isoTime(at);
    const ctx: FireContext = {
      activity,
      at,
      clickAt,
      installAt: extra.installAt ?? installAt,
      device,
      explicit,
      view,
      event: extra.event,
      rejectionReason: extra.rejectionReason,
    };
    for (const callback of fired) {
      const result = fireCallback(callback, ctx, path);
      pushAll(findings, result.findings);
      if (result.blocked) continue;
      const title = `${callback.param} (${activity}${event ? ` ${event.token}` : ''})`;
      const request = push(
        {
          hop: 'adjust-callback',
          method: 'GET',
          url: result.url,
          body: null,
          contentType: null,
          at: atIso,
          title,
          activity: index,
          params: queryParams(result.url),
          substitutions: result.substitutions,
          findings: result.findings.slice(),
          outcome: null,
        },
        'offer.trackingUrl',
      );
      if (isAffisePostbackUrl(result.url)) {
        deliver(result.url, atIso, request, 'offer.trackingUrl');
      } else {
        const finding = dryRunFinding(
          'dry-run-adjust-callback-not-affise',
          `${callback.param} goes to ${truncate(result.url, 60)}, which is not an Affise /postback URL; the dry-run registers no conversion for it.`,
          'offer.trackingUrl',
        );
        (requests[request] as DryRunRequest).findings.push(finding);
        (requests[request] as DryRunRequest).outcome =
          'Not an Affise postback: no conversion emulated.';
        findings.push(finding);
      }
    }
  };

  const statusChange = (
    activity: Extract<Activity, { kind: 'status-change' }>,
    index: number,
    at: Instant,
  ) => {
    const path = `activities[${index}]`;
    const lower = activity.goal.toLowerCase();
    const existing = state.conversions.findIndex(
      (c) =>
        c.goal.toLowerCase() === lower &&
        (activity.actionId === undefined || c.actionId === activity.actionId),
    );
    let base: string | null = existing === -1 ? null : (state.details[existing]?.sourceUrl ?? null);
    if (base === null && scenario.offer.postbackUrl !== undefined) {
      const filled = fillMacros(
        scenario.offer.postbackUrl,
        'affise-click',
        (name) => (click.values.has(name) ? { value: click.values.get(name) ?? '' } : undefined),
        'postbackUrl',
      );
      base = withParam(withoutUnfilled(filled.text), 'goal', activity.goal);
    }
    if (base === null) {
      findings.push(
        dryRunFinding(
          'dry-run-status-change-no-postback',
          `The status change at ${path} has no earlier postback for goal "${activity.goal}" to repeat, and the offer has no postbackUrl. Add offer.postbackUrl or an activity that creates the conversion first.`,
          path,
        ),
      );
      return;
    }
    const atIso = isoTime(at);
    let url = withParam(base, 'status', String(activity.status));
    if (activity.actionId !== undefined) url = withParam(url, 'action_id', activity.actionId);
    const request = push(
      {
        hop: 'advertiser-postback',
        method: 'GET',
        url,
        body: null,
        contentType: null,
        at: atIso,
        title: `Status change to ${activity.status} for goal ${activity.goal} (advertiser repeats the postback)`,
        activity: index,
        params: queryParams(url),
        substitutions: [],
        findings: [],
        outcome: null,
      },
      path,
    );
    deliver(url, atIso, request, path);
  };

  try {
    fire('click', null, clickAt, {});
    let at = clickAt;
    for (const [index, activity] of scenario.activities.entries()) {
      at += (activity.after ?? DEFAULT_AFTER_SECONDS) * 1000;
      if (activity.kind === 'status-change') statusChange(activity, index, at);
      else if (activity.kind === 'install') {
        installAt ??= at;
        fire('install', index, at, { installAt });
      } else if (activity.kind === 'event') {
        pushAll(findings, checkEventToken(activity.token, `activities[${index}]`));
        fire('event', index, at, {
          event: {
            token: activity.token,
            revenue: activity.revenue,
            currency: activity.currency ?? scenario.offer.currency,
            name: activity.name,
          },
        });
      } else if (
        activity.kind === 'rejected_install' ||
        activity.kind === 'rejected_reattribution'
      ) {
        fire(activity.kind, index, at, {
          rejectionReason: activity.reason ?? 'too_many_engagements',
        });
      } else fire(activity.kind, index, at, {});
    }
  } catch (error) {
    // A cap (run-limits.ts) ends the run where it was met; what ran so far is still the result.
    if (!(error instanceof RunLimitReached)) throw error;
    findings.push(error.finding);
  }

  return done();
}

function finish(
  scenario: Scenario,
  clickId: string,
  link: { url: string; shortlink: boolean },
  requests: DryRunRequest[],
  sources: readonly string[],
  state: AffiseState,
  postbacks: PostbackOutcome[],
  affiliatePostbacks: AffiliatePostbackDecision[],
  findings: Finding[],
): DryRun {
  requests.forEach((request, i) => {
    const source = sources[i] ?? '';
    const crossHop = [
      ...literalMacroFindings(request, source),
      ...stillEncodedFindings(request, source),
    ];
    request.findings.push(...crossHop);
    findings.push(...crossHop);
  });
  if (state.conversions.length === 0 && requests.length > 1) {
    findings.push(
      dryRunFinding(
        'dry-run-no-conversions',
        `No conversion was registered at Affise for offer ${scenario.offer.id}: check the findings above and the scenario's activities.`,
        'activities',
      ),
    );
  }
  const unique = dedupe(findings);
  const sorted = capFindings(sortFindings(unique));
  const sent = affiliatePostbacks.filter((a) => a.sent).length;
  return {
    version: 1,
    clickId,
    trackingLink: { url: link.url, shortlink: link.shortlink },
    requests,
    conversions: state.conversions,
    conversionChanges: state.changes,
    postbacks,
    affiliatePostbacks,
    findings: sorted,
    summary: {
      requests: requests.length,
      conversions: state.conversions.length,
      affiliateSent: sent,
      affiliateSkipped: affiliatePostbacks.length - sent,
      errors: sorted.filter((f) => f.severity === 'error').length,
      warnings: sorted.filter((f) => f.severity === 'warning').length,
    },
  };
}

/** The same finding from several requests (one literal macro in ten callbacks) is listed once. */
function dedupe(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.code}\u0000${f.path}\u0000${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Parses the scenario (throws InputError naming the field) and runs it. */
export function runDryRun(input: ScenarioInput): DryRun;
export function runDryRun(input: unknown): DryRun;
export function runDryRun(input: unknown): DryRun {
  return runScenario(parseInput(ScenarioSchema, input, 'dry-run scenario'));
}
