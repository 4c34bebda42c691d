import { CLICK_ID_LENGTH } from '../affise/click-id';
import { dryRunFinding } from '../catalog/dry-run-rules';
import {
  ADJUST_NAMES,
  AFFISE_CLICK_NAMES,
  CLICK_CONTEXT_MACROS,
  SHARED_MACRO_NAMES,
} from '../catalog/macro-names';
import { AFFISE_CLICK_BY_NAME } from '../catalog/macros';
import type { Finding } from '../core/findings';
import { joinUrl } from '../url/split-url';
import { type Instant, isoTime, unixSeconds } from './clock';
import { fillPieceDecoding } from './fast/template-piece';
import {
  type TrackingUrlParam,
  type TrackingUrlTemplate,
  trackingUrlTemplate,
} from './fast/tracking-url-template';
import { fillPiece } from './fill-macros';
import type { SeededRandom } from './random';
import type { RequestParam, Substitution } from './result';
import type { Scenario } from './scenario';

export interface ClickResult {
  clickId: string;
  /** The offer's Tracking URL with Affise's click-time macros filled: where Affise redirects. */
  redirectUrl: string | null;
  /**
   * The redirect's query as requestParams(queryOf(redirectUrl)) would split it, built from the
   * parameters as they were filled: filled values are percent-encoded, so they add no "&", "=" or
   * "#" and the split is the template's own. Empty when there is no redirect.
   */
  redirectParams: RequestParam[];
  substitutions: Substitution[];
  findings: Finding[];
  /** Values of every Affise click macro for this click, for later hops (affiliate {sub1}, {ip}, …). */
  values: ReadonlyMap<string, string>;
}

/** Describe the click itself; filled from the catalogue examples unless the scenario gives a value. */
const CONTEXT_MACROS = [...CLICK_CONTEXT_MACROS, 'affiliate_name', 'advertiser_id'] as const;

/** The catalogue example of each context macro, looked up once rather than on every click. */
const CONTEXT_DEFAULTS: readonly (readonly [string, string])[] = CONTEXT_MACROS.map(
  (name) => [name, AFFISE_CLICK_BY_NAME.get(name)?.example ?? ''] as const,
);
/** {offer_name} when the scenario names no offer: the catalogue example. */
export const DEFAULT_OFFER_NAME = AFFISE_CLICK_BY_NAME.get('offer_name')?.example ?? '';
/** Set by the click itself; click.values cannot override them. */
const FIXED_CLICK_MACROS: ReadonlySet<string> = new Set(['clickid', 'click_id', 'pid', 'offer_id']);

/** Come from the tracking link or an impression; empty unless the scenario gives them. */
const LINK_MACROS: Record<string, string | undefined> = {
  fbclid: 'fbclid',
  impression_id: 'imp_id',
};

function clickValues(
  scenario: Scenario,
  clickId: string,
  at: Instant,
  random: SeededRandom,
): Map<string, string> {
  const { click, offer } = scenario;
  // {time_petty} and {date_only}, from one formatting of the instant.
  const iso = isoTime(at);
  const date = iso.slice(0, 10);
  const values = new Map<string, string>([
    ['clickid', clickId],
    ['click_id', clickId],
    ['pid', click.pid],
    ['offer_id', offer.id],
    ['offer_name', offer.name ?? DEFAULT_OFFER_NAME],
    // {rand} is a UUID and {time_petty} h:i:s (help-center.affise.com/en/articles/6553802).
    ['rand', random.uuid()],
    ['time', unixSeconds(at)],
    ['time_petty', iso.slice(11, 19)],
    ['date_only', date],
  ]);
  for (const [name, example] of CONTEXT_DEFAULTS) values.set(name, example);
  for (const [macro, param] of Object.entries(LINK_MACROS)) {
    const value = param ? click.params[param as keyof typeof click.params] : undefined;
    if (value !== undefined) values.set(macro, value);
  }
  for (const [name, value] of Object.entries(click.subs)) values.set(name, value);
  for (const [name, value] of Object.entries(click.values)) {
    if (AFFISE_CLICK_NAMES.has(name) && !FIXED_CLICK_MACROS.has(name) && !name.startsWith('sub')) {
      values.set(name, value);
    }
  }
  return values;
}

/** What one click's filling builds up: the findings (each reported once) and the substitutions. */
interface ClickFill {
  readonly values: ReadonlyMap<string, string>;
  readonly findings: Finding[];
  readonly reported: Set<string>;
  readonly substitutions: Substitution[];
}

/** Where every click finding points. */
const CLICK_PATH = 'offer.trackingUrl';

function report(fill: ClickFill, key: string, make: () => Finding): void {
  if (fill.reported.has(key)) return;
  fill.reported.add(key);
  fill.findings.push(make());
}

/**
 * The value Affise writes for `{name}`; undefined leaves the macro as written. `inCallback` names
 * the callback parameter the macro sits in, where a shared name is worth a warning.
 */
function clickResolver(fill: ClickFill, inCallback: string | null) {
  return (name: string): { value: string } | undefined => {
    if (!AFFISE_CLICK_NAMES.has(name)) return undefined;
    const value = fill.values.get(name);
    if (inCallback && SHARED_MACRO_NAMES.has(name)) {
      report(fill, `shared:${name}:${inCallback}`, () =>
        dryRunFinding(
          'dry-run-click-macro-shared-raw',
          `{${name}} is raw in ${inCallback}, so Affise fills it with the click's ${name} ("${value ?? ''}") at click time. If you meant Adjust's value at install, write it encoded as %7B${name}%7D.`,
          CLICK_PATH,
        ),
      );
    }
    if (value === undefined || value === '') {
      report(fill, `empty:${name}`, () =>
        dryRunFinding(
          'dry-run-click-macro-empty',
          `Affise has no value for {${name}} on this click, so it writes an empty string. Add ${name.startsWith('sub') ? `${name} to the tracking link` : `click.values.${name}`} to give it one.`,
          CLICK_PATH,
        ),
      );
      return { value: '' };
    }
    return { value };
  };
}

/** Raw `{name}`s Affise left: Adjust placeholders or unknown names. */
function classifyLeftovers(
  fill: ClickFill,
  unknown: readonly string[],
  where: string,
  inCallback: boolean,
): void {
  for (const name of unknown) {
    if (ADJUST_NAMES.has(name)) {
      report(fill, `adjust-raw:${name}`, () =>
        dryRunFinding(
          'dry-run-click-macro-adjust-raw',
          `{${name}} is raw in ${where}: Affise leaves it and Adjust fills it${inCallback ? '' : ' only inside callbacks'}. Adjust's docs write placeholders encoded: %7B${name}%7D.`,
          CLICK_PATH,
        ),
      );
    } else {
      report(fill, `unknown:${name}`, () =>
        dryRunFinding(
          'dry-run-click-macro-unknown',
          `{${name}} in ${where} is neither an Affise macro nor an Adjust placeholder; Affise leaves it as written. Check the spelling against Affise's macro list.`,
          CLICK_PATH,
        ),
      );
    }
  }
}

function reportEncodedMacros(fill: ClickFill, param: TrackingUrlParam): void {
  for (const name of param.encodedAffiseMacros) {
    report(fill, `encoded:${name}`, () =>
      dryRunFinding(
        'dry-run-click-macro-encoded',
        `%7B${name}%7D in ${param.name} is encoded, and Affise fills only raw {…} macros, so {${name}} is never filled. Write it raw: {${name}}.`,
        CLICK_PATH,
      ),
    );
  }
}

function fillPath(fill: ClickFill, template: TrackingUrlTemplate): string {
  const pathUnknown: string[] = [];
  const pathText = fillPiece(
    template.path,
    'affise-click',
    clickResolver(fill, null),
    'path',
    fill.substitutions,
    pathUnknown,
  );
  classifyLeftovers(fill, pathUnknown, 'the link path', false);
  return pathText;
}

/** The redirect's query, written and split at once (see ClickResult.redirectParams). */
function fillQuery(
  fill: ClickFill,
  template: TrackingUrlTemplate,
): { query: string; redirectParams: RequestParam[] } {
  const redirectParams: RequestParam[] = [];
  let query = '';
  for (const [index, param] of template.params.entries()) {
    if (index > 0) query += '&';
    if (param.value === null) {
      redirectParams.push({ name: param.name, raw: null, value: null });
      query += param.name;
      continue;
    }
    reportEncodedMacros(fill, param);
    const unknown: string[] = [];
    const filled = fillPieceDecoding(
      param.value,
      param.decodedLiterals,
      'affise-click',
      clickResolver(fill, param.callback ? param.name : null),
      param.name,
      fill.substitutions,
      unknown,
    );
    classifyLeftovers(fill, unknown, param.name, param.callback);
    redirectParams.push({ name: param.name, raw: filled.text, value: filled.decoded });
    query += `${param.name}=${filled.text}`;
  }
  return { query, redirectParams };
}

/**
 * Affise receiving a click on the tracking link: it issues a click id and redirects to the offer's
 * Tracking URL with its own macros filled. Only raw `{name}` is Affise's; encoded braces pass
 * through untouched. Each value is written percent-encoded once (the dry-run's documented
 * assumption: no public page says how Affise escapes what it fills).
 */
export function emulateClick(scenario: Scenario, at: Instant, random: SeededRandom): ClickResult {
  const clickId = scenario.click.clickId ?? random.hex(CLICK_ID_LENGTH);
  const values = clickValues(scenario, clickId, at, random);
  const findings: Finding[] = [];
  const template = trackingUrlTemplate(scenario.offer.trackingUrl);
  const { url } = template;
  if (!url) {
    findings.push(
      dryRunFinding(
        'dry-run-tracking-url-invalid',
        'The offer\'s Tracking URL is not an absolute http(s) URL. Paste the Adjust link from Offer edit → Tracking → "Tracking URL".',
        CLICK_PATH,
      ),
    );
    return { clickId, redirectUrl: null, redirectParams: [], substitutions: [], findings, values };
  }
  const fill: ClickFill = { values, findings, reported: new Set(), substitutions: [] };
  const pathText = fillPath(fill, template);
  const { query, redirectParams } = fillQuery(fill, template);
  const redirectUrl = joinUrl({ ...url, path: pathText, query: url.query === null ? null : query });
  return {
    clickId,
    redirectUrl,
    redirectParams,
    substitutions: fill.substitutions,
    findings,
    values,
  };
}
