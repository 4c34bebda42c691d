import {
  ADJUST_BY_NAME,
  AFFISE_CLICK_BY_NAME,
  AFFISE_CLICK_MACROS,
  SHARED_MACRO_NAMES,
} from '../catalog/macros';
import type { Finding } from '../findings';
import { encodedMacroNames } from '../url/macro-tokens';
import { formatQuery, parseQuery } from '../url/query';
import { joinUrl, splitUrl } from '../url/split-url';
import { callbackParamOf } from './callback-param-of';
import { dateOnly, type Instant, pettyTime, unixSeconds } from './clock';
import { fillMacros } from './fill-macros';
import type { SeededRandom } from './random';
import type { Substitution } from './result';
import { dryRunFinding } from './rules';
import type { Scenario } from './scenario';

export interface ClickResult {
  clickId: string;
  /** The offer's Tracking URL with Affise's click-time macros filled: where Affise redirects. */
  redirectUrl: string | null;
  substitutions: Substitution[];
  findings: Finding[];
  /** Values of every Affise click macro for this click, for later hops (affiliate {sub1}, {ip}, …). */
  values: ReadonlyMap<string, string>;
}

/** Describe the click itself; filled from the catalogue examples unless the scenario gives a value. */
const CONTEXT_MACROS = [
  'ip',
  'geo',
  'city',
  'language',
  'referrer',
  'os_version',
  'device_model',
  'device_ua',
  'affiliate_name',
  'advertiser_id',
] as const;

/** An encoded macro only Affise fills: `%7Bclickid%7D` is a mistake, `%7Bcountry%7D` is Adjust's. */
const AFFISE_ONLY_ENCODED = new RegExp(
  `%7B(?:${AFFISE_CLICK_MACROS.filter((m) => !ADJUST_BY_NAME.has(m.name))
    .map((m) => m.name)
    .join('|')})%7D`,
  'i',
);

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
  const values = new Map<string, string>([
    ['clickid', clickId],
    ['click_id', clickId],
    ['pid', click.pid],
    ['offer_id', offer.id],
    ['offer_name', offer.name ?? AFFISE_CLICK_BY_NAME.get('offer_name')?.example ?? ''],
    ['rand', String(random.int(0, 9_999_999))],
    ['time', unixSeconds(at)],
    ['time_petty', pettyTime(at)],
    ['date_only', dateOnly(at)],
  ]);
  for (const name of CONTEXT_MACROS)
    values.set(name, AFFISE_CLICK_BY_NAME.get(name)?.example ?? '');
  for (const [macro, param] of Object.entries(LINK_MACROS)) {
    const value = param ? click.params[param as keyof typeof click.params] : undefined;
    if (value !== undefined) values.set(macro, value);
  }
  for (const [name, value] of Object.entries(click.subs)) values.set(name, value);
  for (const [name, value] of Object.entries(click.values)) {
    if (
      AFFISE_CLICK_BY_NAME.has(name) &&
      !['clickid', 'click_id', 'pid', 'offer_id'].includes(name) &&
      !name.startsWith('sub')
    ) {
      values.set(name, value);
    }
  }
  return values;
}

/**
 * Affise receiving a click on the tracking link: it issues a click id and redirects to the offer's
 * Tracking URL with its own macros filled. Only raw `{name}` is Affise's; encoded braces pass
 * through untouched. Each value is written percent-encoded once (the dry-run's documented
 * assumption: no public page says how Affise escapes what it fills).
 */
export function emulateClick(scenario: Scenario, at: Instant, random: SeededRandom): ClickResult {
  const clickId = scenario.click.clickId ?? random.hex(24);
  const values = clickValues(scenario, clickId, at, random);
  const findings: Finding[] = [];
  const path = 'offer.trackingUrl';
  const url = splitUrl(scenario.offer.trackingUrl);
  if (!url || (url.scheme !== 'http' && url.scheme !== 'https')) {
    findings.push(
      dryRunFinding(
        'dry-run-tracking-url-invalid',
        'The offer\'s Tracking URL is not an absolute http(s) URL. Paste the Adjust link from Offer edit → Tracking → "Tracking URL".',
        path,
      ),
    );
    return { clickId, redirectUrl: null, substitutions: [], findings, values };
  }

  const reported = new Set<string>();
  const report = (key: string, make: () => Finding) => {
    if (reported.has(key)) return;
    reported.add(key);
    findings.push(make());
  };
  const resolve = (inCallback: string | null) => (name: string) => {
    if (!AFFISE_CLICK_BY_NAME.has(name)) return undefined;
    const value = values.get(name);
    if (inCallback && SHARED_MACRO_NAMES.has(name)) {
      report(`shared:${name}:${inCallback}`, () =>
        dryRunFinding(
          'dry-run-click-macro-shared-raw',
          `{${name}} is raw in ${inCallback}, so Affise fills it with the click's ${name} ("${value ?? ''}") at click time. If you meant Adjust's value at install, write it encoded as %7B${name}%7D.`,
          path,
        ),
      );
    }
    if (value === undefined || value === '') {
      report(`empty:${name}`, () =>
        dryRunFinding(
          'dry-run-click-macro-empty',
          `Affise has no value for {${name}} on this click, so it writes an empty string. Add ${name.startsWith('sub') ? `${name} to the tracking link` : `click.values.${name}`} to give it one.`,
          path,
        ),
      );
      return { value: '' };
    }
    return { value };
  };

  const substitutions: Substitution[] = [];
  const classifyLeftovers = (unknown: readonly string[], where: string, inCallback: boolean) => {
    for (const name of unknown) {
      if (ADJUST_BY_NAME.has(name)) {
        report(`adjust-raw:${name}`, () =>
          dryRunFinding(
            'dry-run-click-macro-adjust-raw',
            `{${name}} is raw in ${where}: Affise leaves it and Adjust fills it${inCallback ? '' : ' only inside callbacks'}. Adjust's docs write placeholders encoded: %7B${name}%7D.`,
            path,
          ),
        );
      } else {
        report(`unknown:${name}`, () =>
          dryRunFinding(
            'dry-run-click-macro-unknown',
            `{${name}} in ${where} is neither an Affise macro nor an Adjust placeholder; Affise leaves it as written. Check the spelling against Affise's macro list.`,
            path,
          ),
        );
      }
    }
  };

  const pathFill = fillMacros(url.path, 'affise-click', resolve(null), 'path');
  substitutions.push(...pathFill.substitutions);
  classifyLeftovers(pathFill.unknown, 'the link path', false);

  const params = parseQuery(url.query).map((param) => {
    const callback = callbackParamOf(param.name) ? param.name : null;
    const raw = param.value;
    if (raw === null) return param;
    const encoded = AFFISE_ONLY_ENCODED.test(raw) ? encodedMacroNames(raw) : [];
    for (const name of encoded) {
      if (AFFISE_CLICK_BY_NAME.has(name) && !ADJUST_BY_NAME.has(name)) {
        report(`encoded:${name}`, () =>
          dryRunFinding(
            'dry-run-click-macro-encoded',
            `%7B${name}%7D in ${param.name} is encoded, and Affise fills only raw {…} macros, so {${name}} is never filled. Write it raw: {${name}}.`,
            path,
          ),
        );
      }
    }
    const filled = fillMacros(raw, 'affise-click', resolve(callback), param.name);
    substitutions.push(...filled.substitutions);
    classifyLeftovers(filled.unknown, param.name, callback !== null);
    return filled.text === raw ? param : { name: param.name, value: filled.text };
  });
  const redirectUrl = joinUrl({
    ...url,
    path: pathFill.text,
    query: url.query === null ? null : formatQuery(params),
  });
  return { clickId, redirectUrl, substitutions, findings, values };
}
