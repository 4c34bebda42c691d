import { dryRunFinding } from '../catalog/dry-run-rules';
import { type Finding, sortFindings } from '../core/findings';
import { parseInput } from '../core/input-error';
import { type AdjustLinkView, readAdjustLink } from './adjust';
import { adjustActivityHop, fireActivity } from './adjust-hop';
import { checkAffiliateRule } from './affiliate-postbacks';
import { approveHoldsUntil, statusChangeHop } from './affise-hops';
import { createAffiseState, goalsByValue } from './affise-postback';
import { type ClickResult, emulateClick } from './click';
import { DEFAULT_AFTER_SECONDS, type Instant, isoTime, parseInstant } from './clock';
import {
  affiliateRuleMacroFindings,
  decodedTwiceFindings,
  literalMacroFindings,
  mergedPostbackMacroFindings,
  postbackMacroFindings,
  stillEncodedFindings,
  type UnfilledMacro,
  unfilledPostbackMacros,
  withoutToldTwice,
} from './cross-hop';
import { defaultDeviceMap } from './device-profile';
import { queryOf, requestParams } from './fast/request-params';
import { type UrlTemplate, urlTemplate } from './fast/url-template';
import { ADJUST_CALLBACK_IP_DEFAULT, resolveSecure, resolveWhitelist } from './postback-refusals';
import { type SeededRandom, seededRandom } from './random';
import type { DryRun } from './result';
import type { AdjustSide, DryRunContext } from './run-context';
import { capFindings, RunLimitReached, stoppedRun } from './run-limits';
import { RunLog } from './run-log';
import { type Scenario, type ScenarioInput, ScenarioSchema } from './scenario';
import { buildTrackingLink, type TrackingLink } from './tracking-link';

/** 1. The affiliate's click on the tracking link; its rules' static checks. */
function clickHop(scenario: Scenario, log: RunLog, clickAt: Instant): TrackingLink {
  const { click } = scenario;
  const link = buildTrackingLink({
    domain: click.domain,
    pid: click.pid,
    useSsl: click.useSsl,
    shortlink: click.shortlink,
    subs: click.subs,
    params: click.params,
    offerId: scenario.offer.id,
  });
  log.report(link.findings);
  log.add(
    {
      hop: 'click',
      url: link.url,
      at: isoTime(clickAt),
      title: `Click on the affiliate's tracking link${link.shortlink ? ' (long form of the shortlink)' : ''}`,
      params: requestParams(queryOf(link.url)),
      findings: link.findings,
    },
    'click',
  );
  return link;
}

/** Each rule's URL is split and scanned once (see urlTemplate): for these checks and every send. */
function ruleTemplates(scenario: Scenario, log: RunLog): UrlTemplate[] {
  const templates = scenario.affiliatePostbacks.map((rule) => urlTemplate(rule.url));
  scenario.affiliatePostbacks.forEach((rule, i) => {
    const template = templates[i] as UrlTemplate;
    log.report(checkAffiliateRule(rule, i, template));
    log.report(affiliateRuleMacroFindings(rule.url, i, template.names));
  });
  return templates;
}

/** 2. Affise issues the click id and redirects to the Tracking URL, its macros filled. */
function redirectHop(
  log: RunLog,
  click: ClickResult,
  redirectUrl: string,
  clickAt: Instant,
): number {
  log.request(0).outcome =
    `Affise issues click id ${click.clickId} and answers 302 to the Tracking URL.`;
  const twice = decodedTwiceFindings(click.substitutions);
  log.report(twice);
  return log.add(
    {
      hop: 'redirect',
      url: redirectUrl,
      at: isoTime(clickAt),
      title: 'Redirect to the Adjust link (offer Tracking URL, Affise macros filled)',
      params: click.redirectParams,
      substitutions: click.substitutions,
      findings: [...click.findings, ...twice],
    },
    'offer.trackingUrl',
  );
}

function runContext(
  scenario: Scenario,
  log: RunLog,
  click: ClickResult,
  clickAt: Instant,
  random: SeededRandom,
  templates: UrlTemplate[],
): DryRunContext {
  return {
    scenario,
    log,
    state: createAffiseState(),
    random,
    clickAt,
    clickValues: click.values,
    postback: {
      offer: scenario.offer,
      goals: goalsByValue(scenario.offer.goals),
      clickId: click.clickId,
      random,
      clickAt,
      secure: resolveSecure(scenario),
      whitelist: resolveWhitelist(scenario),
    },
    affiliate: { scenario, clickValues: click.values, clickAt, random, templates },
    adjustOrigin: {
      ip: scenario.adjust?.callbackIp ?? ADJUST_CALLBACK_IP_DEFAULT,
      sender: "Adjust's callback server",
      path: 'adjust.callbackIp',
    },
  };
}

/** 3. Adjust reads the link, fires click_callback, then every activity in time order. */
function activitiesHop(run: DryRunContext, view: AdjustLinkView | null): void {
  const { scenario } = run;
  const side: AdjustSide = {
    view,
    device: defaultDeviceMap(scenario.device.os),
    explicit: new Map(Object.entries(scenario.device.values)),
    installAt: null,
    attributedElsewhere: null,
  };
  fireActivity(run, side, 'click', null, run.clickAt, {});
  let at = run.clickAt;
  for (const [index, activity] of scenario.activities.entries()) {
    at += (activity.after ?? DEFAULT_AFTER_SECONDS) * 1000;
    approveHoldsUntil(run, at);
    if (activity.kind === 'status-change') statusChangeHop(run, activity, index, at);
    else adjustActivityHop(run, side, activity, index, at);
  }
  // The run goes on until every hold period has expired.
  approveHoldsUntil(run, null);
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
  const random = seededRandom(scenario.seed);
  const clickAt = parseInstant(scenario.startTime);
  const log = new RunLog();
  const link = clickHop(scenario, log, clickAt);
  const templates = ruleTemplates(scenario, log);
  const click = emulateClick(scenario, clickAt, random);
  log.report(click.findings);
  const run = runContext(scenario, log, click, clickAt, random, templates);
  if (click.redirectUrl === null) {
    log.request(0).outcome = 'Affise cannot redirect: the Tracking URL is unusable.';
    return finish(run, click.clickId, link);
  }
  const redirect = redirectHop(log, click, click.redirectUrl, clickAt);
  const adjust = readAdjustLink(
    click.redirectUrl,
    scenario.offer.linkKind,
    log.request(redirect).params,
  );
  log.report(adjust.findings);
  try {
    activitiesHop(run, adjust.view);
  } catch (error) {
    // A cap (run-limits.ts) ends the run where it was met; what ran so far is still the result.
    if (!(error instanceof RunLimitReached)) throw error;
    log.report([error.finding]);
  }
  return finish(run, click.clickId, link);
}

/** Checks across hops, one finding per problem, and the summary. */
function finish(
  run: DryRunContext,
  clickId: string,
  link: { url: string; shortlink: boolean },
): DryRun {
  const { log, state, scenario } = run;
  const { requests, findings, affiliatePostbacks } = log;
  const unfilled: { title: string; source: string; macro: UnfilledMacro }[] = [];
  requests.forEach((request, i) => {
    const source = log.sources[i] ?? '';
    const macros = unfilledPostbackMacros(request);
    for (const macro of macros) unfilled.push({ title: request.title, source, macro });
    const crossHop = [
      ...literalMacroFindings(request, source),
      ...stillEncodedFindings(request, source),
    ];
    for (const f of postbackMacroFindings(macros, source)) request.findings.push(f);
    for (const f of crossHop) request.findings.push(f);
    log.report(crossHop);
  });
  log.report(mergedPostbackMacroFindings(unfilled));
  for (const request of requests) request.findings = withoutToldTwice(request.findings, unfilled);
  const told = withoutToldTwice(findings, unfilled);
  if (state.conversions.length === 0 && requests.length > 1) {
    told.push(
      dryRunFinding(
        'dry-run-no-conversions',
        `No conversion was registered at Affise for offer ${scenario.offer.id}: check the findings above and the scenario's activities.`,
        'activities',
      ),
    );
  }
  const sorted = capFindings(sortFindings(dedupe(told)));
  const sent = affiliatePostbacks.filter((a) => a.sent).length;
  return {
    version: 1,
    clickId,
    trackingLink: { url: link.url, shortlink: link.shortlink },
    requests,
    conversions: state.conversions,
    conversionChanges: state.changes,
    postbacks: log.postbacks,
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
