import { truncate } from './analyse-adjust-link';
import {
  ADJUST_BY_NAME,
  AFFISE_AFFILIATE_BY_NAME,
  AFFISE_CLICK_BY_NAME,
  macroOwner,
  SHARED_MACRO_NAMES,
  type SharedMacroChoice,
} from './catalog/macros';
import { GOAL_PLACEHOLDERS, POSTBACK_PARAM_BY_NAME } from './catalog/postback-params';
import { finding } from './catalog/rules';
import type { Finding } from './findings';
import { encodedMacroNames, macroNames } from './url/macro-tokens';
import { decodeOnce, findParam, parseQuery } from './url/query';
import { isIpHost, splitUrl } from './url/split-url';

const AFFISE_ADMIN_HOST = /^([a-z0-9-]+\.)+affise\.com$/;
const AFFISE_TRACKING_HOST = /(^|\.)(g2afse|go2affise)\.com$/;
const CLICK_ID_MACROS = new Set(['{clickid}', '{click_id}']);
const STATUSES = new Set(['1', '2', '3', '5']);

export interface PostbackCheckOptions {
  sharedMacros?: SharedMacroChoice;
  adminHosts?: readonly string[];
  /** Where findings point; the engine's input field by default. */
  path?: string;
}

export function isAffiseAdminHost(host: string, adminHosts: readonly string[] = []): boolean {
  const lower = host.toLowerCase();
  return AFFISE_ADMIN_HOST.test(lower) || adminHosts.some((h) => h.trim().toLowerCase() === lower);
}

/**
 * Checks an Affise S2S postback template before it becomes a callback: that Affise would accept
 * it (admin host, /postback, a click id) and that every `{…}` in it will be filled by someone.
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
  const findings: Finding[] = [];
  const add = (f: Finding) => findings.push(f);

  if (url.scheme === 'http') {
    add(
      finding(
        'postback-http',
        'The postback uses http://. Adjust recommends https:// and sends some data only over https; change it to https://.',
        path,
      ),
    );
  }
  if (isIpHost(url.host)) {
    add(
      finding(
        'callback-ip-host',
        `The postback host ${url.host} is an IP address; Adjust does not call IP-address hosts. Use the network's Affise admin domain.`,
        path,
      ),
    );
  } else if (AFFISE_TRACKING_HOST.test(url.host)) {
    add(
      finding(
        'postback-tracking-domain',
        `${url.host} is an Affise tracking domain; Affise receives postbacks on the admin domain, e.g. https://offers-<network>.affise.com/postback.`,
        path,
      ),
    );
  } else if (!isAffiseAdminHost(url.host, options.adminHosts)) {
    add(
      finding(
        'postback-not-affise',
        `${url.host} is not an Affise admin domain (*.affise.com). If your network uses a custom admin domain, add it in Postbridge's options; otherwise copy the postback from Affise.`,
        path,
      ),
    );
  }
  if (url.path !== '/postback') {
    add(
      finding(
        'postback-path',
        `The postback path is "${truncate(url.path || '/')}", but Affise receives postbacks on /postback only.`,
        path,
      ),
    );
  }

  const params = parseQuery(url.query);
  const clickId = findParam(params, 'clickid') ?? findParam(params, 'click_id');
  if (!clickId) {
    if (findParam(params, 'offer_id') && findParam(params, 'pid')) {
      add(
        finding(
          'postback-probabilistic',
          'The postback has no clickid but has offer_id and pid: Affise will treat conversions as probabilistic (no click matched).',
          path,
        ),
      );
    } else {
      add(
        finding(
          'postback-no-clickid',
          'The postback has no clickid parameter, so Affise cannot match conversions to clicks. Add clickid={clickid}.',
          path,
        ),
      );
    }
  } else if (!CLICK_ID_MACROS.has(clickId.value ?? '')) {
    add(
      finding(
        'postback-clickid-not-macro',
        `${clickId.name} is "${truncate(decodeOnce(clickId.value ?? ''))}", a fixed value: every conversion would go to that one click. Write ${clickId.name}={clickid}.`,
        path,
      ),
    );
  }
  const status = findParam(params, 'status');
  if (status?.value && !status.value.includes('{') && !STATUSES.has(decodeOnce(status.value))) {
    add(
      finding(
        'status-invalid',
        `status=${truncate(status.value)} is not an Affise status. Use 1 (approved), 2 (pending), 3 (declined) or 5 (hold), or remove it.`,
        path,
      ),
    );
  }
  if (findParam(params, 'secure')) {
    add(
      finding(
        'secure-visible',
        "The postback carries the offer's secure code; it will be visible to anyone who sees the Adjust link.",
        path,
      ),
    );
  }

  for (const name of new Set(encodedMacroNames(text))) {
    if (AFFISE_CLICK_BY_NAME.has(name) && !SHARED_MACRO_NAMES.has(name)) {
      add(
        finding(
          'affise-macro-encoded',
          `%7B${name}%7D is an encoded Affise macro: Affise only fills raw {${name}}. Write {${name}} with plain braces.`,
          path,
        ),
      );
    } else if (ADJUST_BY_NAME.has(name)) {
      add(
        finding(
          'double-encoding',
          `The placeholder {${name}} is already encoded (%7B${name}%7D); Postbridge encodes it for Adjust, so it would arrive encoded twice and never be filled. Write {${name}} with plain braces.`,
          path,
        ),
      );
    }
  }

  const paramOf = new Map(
    params.flatMap((p) => (p.value ? macroNames(p.value).map((m) => [m, p.name] as const) : [])),
  );
  for (const name of new Set(macroNames(text))) {
    if (GOAL_PLACEHOLDERS.has(name)) continue;
    if (SHARED_MACRO_NAMES.has(name)) {
      const owner = macroOwner(name, options.sharedMacros);
      add(
        finding(
          'macro-shared',
          owner === 'adjust'
            ? `{${name}} is both an Adjust placeholder and an Affise macro. It is encoded so Adjust fills it with the device's value when the callback fires; choose Affise's to get the click's value instead.`
            : `{${name}} is both an Adjust placeholder and an Affise macro. It is left raw so Affise fills it with the click's value; choose Adjust's to get the device's value instead.`,
          path,
        ),
      );
      continue;
    }
    if (macroOwner(name) !== 'unknown') continue;
    const param = POSTBACK_PARAM_BY_NAME.get(name);
    if (param) {
      const where = paramOf.get(name);
      add(
        finding(
          'template-placeholder',
          `{${name}}${where ? ` (in ${where}=)` : ''} is a placeholder of the Affise postback template; Adjust won't fill it. ${param.advice}`,
          path,
        ),
      );
    } else {
      const hint = AFFISE_AFFILIATE_BY_NAME.has(name)
        ? ' It is a macro of affiliate postbacks, not of the advertiser postback.'
        : '';
      add(
        finding(
          'macro-unknown',
          `{${name}} is neither an Affise macro nor an Adjust placeholder, so nobody fills it.${hint} Pick one from the macro palette or remove it.`,
          path,
        ),
      );
    }
  }
  return { template: text, findings };
}
