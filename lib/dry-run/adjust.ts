import { dryRunFinding } from '../catalog/dry-run-rules';
import { ADJUST_NAMES } from '../catalog/macro-names';
import type { Finding } from '../core/findings';
import { analyseAdjustLink } from '../link/analyse-adjust-link';
import { inspectLink } from '../link/inspect-link';
import type { CallbackActivity, InspectedCallback, LinkKind } from '../link/schemas';
import { type Instant, unixSeconds } from './clock';
import { checkCallbackEndpoint } from './cross-hop';
import { callbackParamOf } from './fast/callback-param-of';
import { fillMacros } from './fill-macros';
import type { RequestParam, Substitution } from './result';
import type { ActivityKind } from './scenario';

/** What Adjust reacts to: the click on the link, or an activity the SDK reports. */
export type AdjustActivity =
  | 'click'
  | Exclude<ActivityKind, 'status-change' | 'attributed-elsewhere'>;

/** conversion_callback covers installs and reattributions (Adjust's callback structure page). */
const CALLBACKS_OF: Record<AdjustActivity, readonly CallbackActivity[]> = {
  click: ['click'],
  install: ['install', 'conversion'],
  reattribution: ['reattribution', 'conversion'],
  event: ['event'],
  session: ['session'],
  impression: ['impression'],
  rejected_install: ['rejected_install'],
  rejected_reattribution: ['rejected_reattribution'],
};

export interface AdjustLinkView {
  kind: 'standard' | 'branded';
  linkToken: string | null;
  /** Link parameters decoded once (label, cost_type, …). */
  params: ReadonlyMap<string, string>;
  /** One per parameter name: Adjust uses one value of a repeated parameter (the first, here). */
  callbacks: InspectedCallback[];
}

/** Link findings that change what the dry-run sends; the rest belong to `inspect`/`generate`. */
const RELEVANT_LINK_FINDINGS = new Set([
  'callback-duplicate',
  'callback-not-encoded',
  'double-encoding',
]);

/**
 * The link after the click, parsed as Adjust parses it: host family and token, then every callback
 * decoded once. This is what inspectLink does, built from the same parts (analyseAdjustLink,
 * parseCallbackParam, decodeOnce) but without its per-callback postback checks, which belong to
 * `generate` and `inspect` and would cost more than the whole rest of a run. When the link is
 * malformed (a repeated or unencoded callback), inspectLink is asked for its findings.
 */
export function readAdjustLink(
  redirectUrl: string,
  linkKind: LinkKind,
  /** The link's query already split and decoded once (the redirect request's params). */
  query: readonly RequestParam[],
): { view: AdjustLinkView | null; findings: Finding[] } {
  const path = 'offer.trackingUrl';
  const analysed = analyseAdjustLink(redirectUrl, linkKind);
  const info = analysed.info;
  if (!info) {
    const why =
      analysed.findings.find((f) => f.severity === 'error')?.message ?? 'it is not an Adjust link.';
    return {
      view: null,
      findings: [
        dryRunFinding(
          'dry-run-adjust-link-unusable',
          `Adjust cannot read the link the click redirects to: ${why}`,
          path,
        ),
      ],
    };
  }
  const params = new Map<string, string>();
  const callbacks: InspectedCallback[] = [];
  let malformed = false;
  for (const p of query) {
    if (p.raw === null || p.value === null) continue;
    const parsed = callbackParamOf(p.name);
    if (!parsed) {
      if (!params.has(p.name)) params.set(p.name, p.value);
      continue;
    }
    if (callbacks.some((c) => c.param === p.name)) {
      malformed = true;
      continue;
    }
    // Unencoded, its own parameters became the link's: Adjust calls what is left of it.
    if (/^https?:\/\//i.test(p.raw)) malformed = true;
    callbacks.push({
      param: p.name,
      activity: parsed.activity,
      tokens: parsed.tokens,
      raw: p.raw,
      url: p.value,
    });
  }
  const findings = malformed
    ? inspectLink(redirectUrl, { linkKind })
        .findings.filter((f) => RELEVANT_LINK_FINDINGS.has(f.code))
        .map((f) => ({ ...f, path }))
    : [];
  return {
    view: { kind: info.kind, linkToken: info.tokens[0] ?? null, params, callbacks },
    findings,
  };
}

/**
 * The callbacks Adjust fires for an activity: those of its kind (an event fires every
 * event_callback_* naming its token, `event_callback_a_b` included), named with the prefix the link
 * kind needs. `ignored` are the right kind but wrongly prefixed: Adjust skips them.
 */
export function callbacksFor(
  view: AdjustLinkView,
  activity: AdjustActivity,
  token?: string,
): { fired: InspectedCallback[]; ignored: InspectedCallback[] } {
  const kinds = CALLBACKS_OF[activity];
  const fired: InspectedCallback[] = [];
  const ignored: InspectedCallback[] = [];
  for (const callback of view.callbacks) {
    if (!kinds.includes(callback.activity)) continue;
    if (callback.activity === 'event' && (token === undefined || !callback.tokens.includes(token)))
      continue;
    const branded = callback.param.startsWith('adj_');
    (branded === (view.kind === 'branded') ? fired : ignored).push(callback);
  }
  // The activity's own callback before conversion_callback, whatever their order in the link.
  if (fired.length > 1) fired.sort((a, b) => kinds.indexOf(a.activity) - kinds.indexOf(b.activity));
  return { fired, ignored };
}

export interface FireContext {
  activity: AdjustActivity;
  at: Instant;
  clickAt: Instant;
  installAt: Instant | null;
  event?: { token: string; revenue?: number; currency: string; name?: string };
  rejectionReason?: string;
  /**
   * Device profile defaults (defaultDeviceMap) and the scenario's own values, which win over
   * everything. Maps, not records: placeholder names are sliced from URLs, and a Map finds such a
   * string without first interning it as a property key.
   */
  device: ReadonlyMap<string, string | null>;
  explicit: ReadonlyMap<string, string | null>;
  view: AdjustLinkView;
}

type ActivityValue = (ctx: FireContext, name: string) => string | null;

const linkToken: ActivityValue = (ctx) => ctx.view.linkToken;
const fromLink: ActivityValue = (ctx, name) => ctx.view.params.get(name) ?? null;
// Without currency conversion data the dry-run reports revenue in the event's own currency.
const revenueFloat: ActivityValue = (ctx) =>
  ctx.event?.revenue !== undefined ? String(ctx.event.revenue) : null;

/**
 * What Adjust knows at this activity, by placeholder: null for data it does not have then
 * (dropped). A Map rather than a switch: names come sliced from URLs, one lookup finds each.
 */
const ACTIVITY_VALUES: ReadonlyMap<string, ActivityValue> = new Map<string, ActivityValue>([
  ['activity_kind', (ctx) => ctx.activity],
  ['created_at', (ctx) => unixSeconds(ctx.at)],
  ['installed_at', (ctx) => (ctx.installAt === null ? null : unixSeconds(ctx.installAt))],
  ['click_time', (ctx) => unixSeconds(ctx.clickAt)],
  [
    'conversion_duration',
    (ctx) =>
      ctx.installAt === null ? null : String(Math.round((ctx.installAt - ctx.clickAt) / 1000)),
  ],
  ['event', (ctx) => ctx.event?.token ?? null],
  ['event_name', (ctx) => ctx.event?.name ?? null],
  [
    'revenue',
    (ctx) =>
      ctx.event?.revenue !== undefined ? String(Math.round(ctx.event.revenue * 100)) : null,
  ],
  ['revenue_float', revenueFloat],
  ['reporting_revenue', revenueFloat],
  ['currency', (ctx) => (ctx.event?.revenue !== undefined ? ctx.event.currency : null)],
  ['tracker', linkToken],
  ['link_token', linkToken],
  ['label', fromLink],
  ['cost_type', fromLink],
  ['cost_amount', fromLink],
  ['cost_currency', fromLink],
  ['rejection_reason', (ctx) => ctx.rejectionReason ?? null],
]);

export interface FiredCallback {
  url: string;
  substitutions: Substitution[];
  findings: Finding[];
  /** Adjust would not send it (IP host, not a URL, too large); findings say why. */
  blocked: boolean;
}

/**
 * Adjust firing one callback: its URL decoded once (already done by the inspection), each
 * placeholder filled and percent-encoded, a placeholder without data replaced by an empty string,
 * an unknown `{…}` left as written. `path` is the activity that fired it.
 */
export function fireCallback(
  callback: InspectedCallback,
  ctx: FireContext,
  path: string,
): FiredCallback {
  const resolve = (name: string) => {
    if (!ADJUST_NAMES.has(name)) return undefined;
    if (ctx.explicit.size > 0 && ctx.explicit.has(name))
      return { value: ctx.explicit.get(name) ?? null };
    const fromActivity = ACTIVITY_VALUES.get(name);
    if (fromActivity !== undefined) return { value: fromActivity(ctx, name) };
    return { value: ctx.device.get(name) ?? null };
  };
  const filled = fillMacros(callback.url, 'adjust', resolve, callback.param);
  const findings: Finding[] = [];
  const dropped: string[] = [];
  for (const s of filled.substitutions) if (s.value === null) dropped.push(`{${s.macro}}`);
  if (dropped.length > 0) {
    findings.push(
      dryRunFinding(
        'dry-run-adjust-placeholder-dropped',
        `Adjust has no value for ${[...new Set(dropped)].join(', ')} in ${callback.param} at this ${ctx.activity}; the dry-run writes an empty string in its place. Give a value in device.values if the device should have one.`,
        path,
      ),
    );
  }
  for (const name of filled.unknown.length === 0 ? filled.unknown : new Set(filled.unknown)) {
    findings.push(
      dryRunFinding(
        'dry-run-adjust-placeholder-unknown',
        `{${name}} in ${callback.param} is not an Adjust placeholder; Adjust is assumed to leave it as written.`,
        path,
      ),
    );
  }
  const endpoint = checkCallbackEndpoint(filled.text, callback.param, 'offer.trackingUrl');
  findings.push(...endpoint.findings);
  return {
    url: filled.text,
    substitutions: filled.substitutions,
    findings,
    blocked: endpoint.blocked,
  };
}

const EVENT_TOKEN = /^[a-z0-9]{6}$/;

export function checkEventToken(token: string, path: string): Finding[] {
  return EVENT_TOKEN.test(token)
    ? []
    : [
        dryRunFinding(
          'dry-run-adjust-event-token-format',
          `Event token "${token}" is not 6 lowercase letters and digits; Adjust's event tokens look like abc123. Copy it from the advertiser's Adjust dashboard.`,
          `${path}.token`,
        ),
      ];
}
