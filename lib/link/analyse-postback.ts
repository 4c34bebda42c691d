import { isAdminHost } from '../affise/admin-host';
import { describeStatus, parseStatusCode, STATUS_CODES } from '../affise/conversion-status';
import {
  ADJUST_NAMES,
  AFFISE_AFFILIATE_NAMES,
  AFFISE_CLICK_NAMES,
  macroOwner,
  SHARED_MACRO_NAMES,
  type SharedMacroChoice,
} from '../catalog/macro-names';
import { GOAL_PLACEHOLDERS, POSTBACK_PARAM_BY_NAME } from '../catalog/postback-params';
import { finding } from '../catalog/rule-severities';
import type { Finding } from '../core/findings';
import { truncate } from '../core/truncate';
import { encodedMacroNames, macroNames } from '../url/macro-tokens';
import { decodeOnce, findParam, parseQuery, type RawParam } from '../url/query';
import { isIpHost, type SplitUrl, splitUrl } from '../url/split-url';
import { checkCallbackShape } from './check-callback-shape';

const STATUS_CHOICES = STATUS_CODES.map(describeStatus)
  .join(', ')
  .replace(/, ([^,]*)$/, ' or $1');

const AFFISE_TRACKING_HOST = /(^|\.)(g2afse|go2affise)\.com$/;

export interface PostbackCheckOptions {
  sharedMacros?: SharedMacroChoice;
  adminHosts?: readonly string[];
  /** Where findings point; the engine's input field by default. */
  path?: string;
  /**
   * The postback was read back from an Adjust link (inspect): how each `{…}` was written there is
   * checked by the caller, which still sees raw and encoded braces apart.
   */
  inLink?: boolean;
}

/**
 * Checks an Affise S2S postback template before it becomes a callback: that Adjust can call it,
 * that Affise would accept it (admin host, /postback, a click id) and that every `{…}` in it will
 * be filled by someone. Affise's rules apply only to a postback that goes to Affise.
 * Returns the template to build from, or null when it is unusable.
 */
export function analysePostback(
  raw: string,
  options: PostbackCheckOptions = {},
): { template: string | null; findings: Finding[] } {
  const path = options.path ?? 'postbackUrl';
  const text = raw.trim();
  if (/^https?%3A/i.test(text)) {
    return {
      template: null,
      findings: [
        finding(
          'double-encoding',
          'The postback is already percent-encoded (it starts with "http%3A"); encoding it again for Adjust would break it. Paste the plain URL from Affise (Offer edit → Postbacks → S2S (Postback)).',
          path,
        ),
      ],
    };
  }
  const url = splitUrl(text);
  if (!url || !['http', 'https'].includes(url.scheme) || url.host === '') {
    return {
      template: null,
      findings: [
        finding(
          'postback-invalid',
          `The postback "${truncate(text)}" is not a full URL. Copy it from Affise: Offer edit → Postbacks → Integration pixels → S2S (Postback); it starts with https://.`,
          path,
        ),
      ],
    };
  }
  const findings = [
    ...checkEndpoint(url, 'The postback', path),
    ...checkCallbackShape(url, text, 'The postback', path),
    ...encodedAdjustPlaceholders(text, path),
  ];
  if (isAffiseTrackingHost(url.host)) {
    findings.push(trackingDomainFinding(url.host, path));
  } else if (isAdminHost(url.host, options.adminHosts)) {
    findings.push(...checkAffisePostback(url, text, options, path));
  } else if (!isIpHost(url.host)) {
    findings.push(
      finding(
        'postback-not-affise',
        `${url.host} is not an Affise admin domain (*.affise.com), so Affise's postback rules were not applied. If your network uses a custom admin domain, add it in Postbridge's options; otherwise copy the postback from Affise.`,
        path,
      ),
    );
  }
  return { template: text, findings };
}

/** Affise's tracking domains take clicks, never postbacks. */
export function isAffiseTrackingHost(host: string): boolean {
  return AFFISE_TRACKING_HOST.test(host);
}

export function trackingDomainFinding(host: string, path: string): Finding {
  return finding(
    'postback-tracking-domain',
    `${host} is an Affise tracking domain; Affise receives postbacks on the admin domain, e.g. https://offers-<network>.affise.com/postback.`,
    path,
  );
}

/** Adjust's own requirements on any callback endpoint (callbacks checklist). */
export function checkEndpoint(url: SplitUrl, subject: string, path: string): Finding[] {
  const findings: Finding[] = [];
  if (url.scheme === 'http') {
    findings.push(
      finding(
        'postback-http',
        `${subject} uses http://. Adjust recommends https:// and sends some data only over https; change it to https://.`,
        path,
      ),
    );
  }
  if (isIpHost(url.host)) {
    findings.push(
      finding(
        'callback-ip-host',
        `${subject} goes to ${url.host}, an IP address; Adjust does not call IP-address hosts. Use the server's domain name.`,
        path,
      ),
    );
  }
  return findings;
}

/** `%7Bidfa%7D` in a plain postback: building encodes it again, so Adjust would never see `{idfa}`. */
function encodedAdjustPlaceholders(text: string, path: string): Finding[] {
  return [...new Set(encodedMacroNames(text))]
    .filter((name) => ADJUST_NAMES.has(name))
    .map((name) =>
      finding(
        'double-encoding',
        `The placeholder {${name}} is already encoded (%7B${name}%7D); Postbridge encodes it for Adjust, so it would arrive encoded twice and never be filled. Write {${name}} with plain braces.`,
        path,
      ),
    );
}

/** The rules of Affise's advertiser postback (https://help-center.affise.com/en/articles/6475468). */
export function checkAffisePostback(
  url: SplitUrl,
  text: string,
  options: PostbackCheckOptions,
  path: string,
): Finding[] {
  const findings: Finding[] = [];
  if (url.path !== '/postback') {
    findings.push(
      finding(
        'postback-path',
        `The postback path is "${truncate(url.path || '/')}", but Affise receives postbacks on /postback only.`,
        path,
      ),
    );
  }
  const params = parseQuery(url.query);
  findings.push(...checkClickId(params, path));
  const status = findParam(params, 'status');
  if (
    status?.value &&
    !status.value.includes('{') &&
    parseStatusCode(decodeOnce(status.value)) === null
  ) {
    findings.push(
      finding(
        'status-invalid',
        `status=${truncate(status.value)} is not an Affise status. Use ${STATUS_CHOICES}, or remove it.`,
        path,
      ),
    );
  }
  if (findParam(params, 'secure')) {
    findings.push(
      finding(
        'secure-visible',
        "The postback carries the offer's secure code; it will be visible to anyone who sees the Adjust link.",
        path,
      ),
    );
  }
  if (!options.inLink) {
    for (const name of new Set(encodedMacroNames(text))) {
      if (AFFISE_CLICK_NAMES.has(name) && !SHARED_MACRO_NAMES.has(name)) {
        findings.push(
          finding(
            'affise-macro-encoded',
            `%7B${name}%7D is an encoded Affise macro: Affise only fills raw {${name}}. Write {${name}} with plain braces.`,
            path,
          ),
        );
      }
    }
  }
  findings.push(...checkMacros(text, params, options, path));
  return findings;
}

/**
 * A click id must come from a click. Any Affise click macro does (`clickid={sub1}` is Affise's own
 * Affise-to-Affise postback, https://help-center.affise.com/en/articles/6838705); a literal does not.
 */
function checkClickId(params: readonly RawParam[], path: string): Finding[] {
  const clickId = findParam(params, 'clickid') ?? findParam(params, 'click_id');
  if (!clickId) {
    if (findParam(params, 'offer_id') && findParam(params, 'pid')) {
      return [
        finding(
          'postback-probabilistic',
          'The postback has no clickid but has offer_id and pid: Affise will treat conversions as probabilistic (no click matched).',
          path,
        ),
      ];
    }
    return [
      finding(
        'postback-no-clickid',
        'The postback has no clickid parameter, so Affise cannot match conversions to clicks. Add clickid={clickid}.',
        path,
      ),
    ];
  }
  const value = decodeOnce(clickId.value ?? '');
  if (macroNames(value).length > 0) return [];
  return [
    finding(
      'postback-clickid-not-macro',
      value === ''
        ? `${clickId.name} is empty, so Affise cannot match conversions to clicks. Write ${clickId.name}={clickid}.`
        : `${clickId.name} is "${truncate(value)}", a fixed value: every conversion would go to that one click. Write ${clickId.name}={clickid}.`,
      path,
    ),
  ];
}

/** Who fills each `{…}` of a postback that goes to Affise. */
function checkMacros(
  text: string,
  params: readonly RawParam[],
  options: PostbackCheckOptions,
  path: string,
): Finding[] {
  const findings: Finding[] = [];
  const paramOf = new Map(
    params.flatMap((p) => (p.value ? macroNames(p.value).map((m) => [m, p.name] as const) : [])),
  );
  for (const name of new Set(macroNames(text))) {
    if (GOAL_PLACEHOLDERS.has(name)) continue;
    if (SHARED_MACRO_NAMES.has(name)) {
      if (!options.inLink) findings.push(sharedMacroFinding(name, options.sharedMacros, path));
      continue;
    }
    if (macroOwner(name) !== 'unknown') continue;
    const param = POSTBACK_PARAM_BY_NAME.get(name);
    const where = paramOf.get(name);
    if (param) {
      findings.push(
        finding(
          'template-placeholder',
          `{${name}}${where ? ` (in ${where}=)` : ''} is a placeholder of the Affise postback template; Adjust won't fill it. ${param.advice}`,
          path,
        ),
      );
      continue;
    }
    const hint = AFFISE_AFFILIATE_NAMES.has(name)
      ? ' It is a macro of affiliate postbacks, not of the advertiser postback.'
      : '';
    findings.push(
      finding(
        'macro-unknown',
        `{${name}}${where ? ` (in ${where}=)` : ''} is neither an Affise macro nor an Adjust placeholder, so nobody fills it before the postback reaches Affise.${hint} Pick one from the macro palette or remove it.`,
        path,
      ),
    );
  }
  return findings;
}

function sharedMacroFinding(
  name: string,
  choice: SharedMacroChoice | undefined,
  path: string,
): Finding {
  return finding(
    'macro-shared',
    macroOwner(name, choice) === 'adjust'
      ? `{${name}} is both an Adjust placeholder and an Affise macro. It is encoded so Adjust fills it with the device's value when the callback fires; choose Affise's to get the click's value instead.`
      : `{${name}} is both an Adjust placeholder and an Affise macro. It is left raw so Affise fills it with the click's value; choose Adjust's to get the device's value instead.`,
    path,
  );
}
