import { dryRunFinding } from '../catalog/dry-run-rules';
import type { Finding } from '../core/findings';
import { truncate } from '../core/truncate';
import type { InspectedCallback } from '../link/schemas';
import {
  type AdjustActivity,
  type AdjustLinkView,
  callbacksFor,
  checkEventToken,
  type FireContext,
  fireCallback,
} from './adjust';
import { deliverPostback } from './affise-hops';
import { isAffisePostbackUrl } from './affise-postback';
import { type Instant, isoTime } from './clock';
import { queryOf, requestParams } from './fast/request-params';
import type { AdjustSide, DryRunContext } from './run-context';
import type { RequestDraft } from './run-log';
import type { Activity } from './scenario';

/**
 * Adjust's hop: for each activity of the app user, the callbacks of the link that it fires, each
 * a request to wherever it points (Affise's postback, normally).
 */

type FireExtra = Partial<Pick<FireContext, 'installAt' | 'event' | 'rejectionReason'>>;

/** Callbacks named for the other kind of link, and an install or event that fires nothing. */
function unfiredFindings(
  view: AdjustLinkView,
  activity: AdjustActivity,
  fired: number,
  ignored: readonly InspectedCallback[],
  token: string | undefined,
  path: string,
): Finding[] {
  const { kind } = view;
  const findings = ignored.map((callback) =>
    dryRunFinding(
      'dry-run-adjust-callback-prefix',
      kind === 'branded'
        ? `${callback.param} is not fired: this is a branded link, where Adjust reads adj_${callback.param}.`
        : `${callback.param} is not fired: the adj_ prefix belongs to branded links; on this link write ${callback.param.slice(4)}.`,
      'offer.trackingUrl',
    ),
  );
  if (fired === 0 && (activity === 'install' || activity === 'event')) {
    const prefix = kind === 'branded' ? 'adj_' : '';
    findings.push(
      dryRunFinding(
        'dry-run-adjust-no-callback',
        activity === 'install'
          ? `The install at ${path} fires no callback: the link has no ${prefix}install_callback. Build the link with an install goal.`
          : `Event ${token ?? ''} at ${path} fires no callback: no ${prefix}event_callback_* parameter names that token. Map a goal to it.`,
        path,
      ),
    );
  }
  return findings;
}

/** Adjust fires every callback of the link that `activity` triggers. */
export function fireActivity(
  run: DryRunContext,
  side: AdjustSide,
  activity: AdjustActivity,
  index: number | null,
  at: Instant,
  extra: FireExtra,
): void {
  const view = side.view;
  if (!view) return;
  const path = index === null ? 'offer.trackingUrl' : `activities[${index}]`;
  const event = extra.event;
  if (side.attributedElsewhere !== null) {
    run.log.report([notAttributedFinding(activity, event?.token, path, side.attributedElsewhere)]);
    return;
  }
  const { fired, ignored } = callbacksFor(view, activity, event?.token);
  run.log.report(unfiredFindings(view, activity, fired.length, ignored, event?.token, path));
  const ctx: FireContext = {
    activity,
    at,
    clickAt: run.clickAt,
    installAt: extra.installAt ?? side.installAt,
    device: side.device,
    explicit: side.explicit,
    view,
    event,
    rejectionReason: extra.rejectionReason,
  };
  const atIso = isoTime(at);
  for (const callback of fired) {
    const result = fireCallback(callback, ctx, path);
    run.log.report(result.findings);
    if (result.blocked) continue;
    const request = run.log.add(
      {
        hop: 'adjust-callback',
        url: result.url,
        at: atIso,
        title: `${callback.param} (${activity}${event ? ` ${event.token}` : ''})`,
        activity: index,
        params: requestParams(queryOf(result.url)),
        substitutions: result.substitutions,
        findings: result.findings.slice(),
      },
      'offer.trackingUrl',
    );
    callbackReachesServer(run, activity, callback.param, request);
  }
}

/** Affise's postback receives the callback; any other server is outside the emulation. */
function callbackReachesServer(
  run: DryRunContext,
  activity: AdjustActivity,
  param: string,
  request: number,
): void {
  const target = run.log.request(request);
  if (!isAffisePostbackUrl(target.url)) {
    target.outcome = 'Not an Affise postback: no conversion emulated.';
    run.log.reportAt(request, [
      dryRunFinding(
        'dry-run-adjust-callback-not-affise',
        `${param} goes to ${truncate(target.url, 60)}, which is not an Affise /postback URL; the dry-run registers no conversion for it.`,
        'offer.trackingUrl',
      ),
    ]);
    return;
  }
  const delivered = deliverPostback(run, request, 'offer.trackingUrl', run.adjustOrigin);
  const made = delivered.conversion === null ? null : run.state.conversions[delivered.conversion];
  if (made && activity.startsWith('rejected_') && delivered.change !== null && made.status !== 3)
    run.log.report([rejectedStatusFinding(param, made.id, made.status)]);
}

/** One activity of the app user, as Adjust sees it (status changes are the advertiser's, not Adjust's). */
export function adjustActivityHop(
  run: DryRunContext,
  side: AdjustSide,
  activity: Exclude<Activity, { kind: 'status-change' }>,
  index: number,
  at: Instant,
): void {
  switch (activity.kind) {
    case 'attributed-elsewhere':
      if (side.attributedElsewhere !== null) break;
      side.attributedElsewhere = index;
      reportEntry(run, attributedElsewhereEntry(index, at), `activities[${index}]`);
      break;
    case 'reattribution':
      // A reattribution to this link brings the user back: its callbacks fire again.
      side.attributedElsewhere = null;
      fireActivity(run, side, 'reattribution', index, at, {});
      break;
    case 'install':
      side.installAt ??= at;
      fireActivity(run, side, 'install', index, at, { installAt: side.installAt });
      break;
    case 'event':
      run.log.report(checkEventToken(activity.token, `activities[${index}]`));
      fireActivity(run, side, 'event', index, at, {
        event: {
          token: activity.token,
          revenue: activity.revenue,
          currency: activity.currency ?? run.scenario.offer.currency,
          name: activity.name,
        },
      });
      break;
    case 'rejected_install':
    case 'rejected_reattribution':
      run.log.report([rejectedFpsFinding(activity.kind, index)]);
      fireActivity(run, side, activity.kind, index, at, {
        rejectionReason: activity.reason ?? 'too_many_engagements',
      });
      break;
    default:
      fireActivity(run, side, activity.kind, index, at, {});
      break;
  }
}

function reportEntry(run: DryRunContext, entry: RequestDraft, source: string): void {
  run.log.add(entry, source);
  run.log.report(entry.findings ?? []);
}

/** An activity after the user went to another link: Adjust sends this link nothing for it. */
function notAttributedFinding(
  activity: AdjustActivity,
  token: string | undefined,
  path: string,
  since: number,
): Finding {
  return dryRunFinding(
    'dry-run-adjust-attributed-elsewhere',
    `The ${activity}${token ? ` ${token}` : ''} at ${path} fires no callback on this link: the user was attributed to another link at activities[${since}], and Adjust sends callbacks only for users attributed to the link.`,
    path,
  );
}

function attributedElsewhereEntry(index: number, at: Instant): RequestDraft {
  const path = `activities[${index}]`;
  return {
    hop: 'internal',
    url: '',
    at: isoTime(at),
    title: 'Adjust attributes the user to another link',
    activity: index,
    findings: [
      dryRunFinding(
        'dry-run-adjust-attributed-elsewhere',
        `From ${path} on, the user belongs to another network's link: Adjust sends this link's callbacks no more, so Affise hears of no later install or event (a reattribution to this link brings them back).`,
        path,
      ),
    ],
    outcome: "No request: this link's callbacks stop until a reattribution to it.",
  };
}

function rejectedFpsFinding(
  kind: 'rejected_install' | 'rejected_reattribution',
  index: number,
): Finding {
  return dryRunFinding(
    'dry-run-adjust-rejected-fps',
    `Adjust sends ${kind}_callback only for apps that use its Fraud Prevention Suite: check with the advertiser before relying on activities[${index}].`,
    `activities[${index}]`,
  );
}

function rejectedStatusFinding(param: string, conversionId: string, status: number): Finding {
  return dryRunFinding(
    'dry-run-adjust-rejected-status',
    `${param} created conversion ${conversionId} with status ${status}, although Adjust rejected the activity. Add status=3 to ${param} so Affise declines it.`,
    'offer.trackingUrl',
  );
}
