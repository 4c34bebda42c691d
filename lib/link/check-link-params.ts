import { finding } from '../catalog/rule-severities';
import type { Finding } from '../core/findings';
import { truncate } from '../core/truncate';
import type { RawParam } from '../url/query';
import { parseCallbackParam } from './callback-param';

/**
 * Link parameters whose value is a URL (https://help.adjust.com/en/article/link-parameters):
 * Adjust writes them encoded, and its "Unencoded URL" examples say "do not use". Branded links
 * prefix them with `adj_`, legacy universal links with `adjust_`.
 */
const URL_VALUED = new Set([
  'deep_link',
  'deeplink',
  'redirect',
  'redirect_ios',
  'redirect_android',
  'redirect_windows',
  'redirect_windows_phone',
  'redirect_macos',
  'fallback',
]);
/**
 * Parameters Adjust reads from its links (https://help.adjust.com/en/article/link-parameters,
 * /links, /record-s2s-with-advertising-ids): a second `?` that hides one of these loses it. Other
 * names after a `?` inside a value may well belong to that value (a deep link's own query).
 */
const ADJUST_LINK_PARAMS = new Set([
  't',
  'tracker',
  'campaign',
  'adgroup',
  'creative',
  'label',
  'engagement_type',
  'idfa',
  'idfv',
  'gps_adid',
  'fire_adid',
  'oaid',
  'android_id',
  'adid',
  'win_adid',
  'external_click_id',
  'ip_address',
  'user_agent',
  'cost_type',
  'cost_amount',
  'cost_currency',
  'cost_id',
  's2s',
  ...URL_VALUED,
]);
const RAW_URL = /^[A-Za-z][A-Za-z0-9+.-]*:\/\//;
/** `?name=` inside a value: a second `?` where an `&` was meant. */
const HIDDEN_PARAM = /\?([A-Za-z_][A-Za-z0-9_]*)=/;
const PATH = 'adjustLink';

const bare = (name: string) => name.replace(/^(adj_|adjust_)/i, '').toLowerCase();

function isUrlValued(name: string): boolean {
  return URL_VALUED.has(bare(name));
}

function isAdjustParam(name: string): boolean {
  return ADJUST_LINK_PARAMS.has(bare(name)) || parseCallbackParam(name) !== null;
}

function unencodedUrl(
  param: RawParam & { value: string },
  next: RawParam | undefined,
  fragment: string | null,
): Finding {
  const value = truncate(param.value, 50);
  if (param.value.includes('?') && next) {
    return finding(
      'link-param-cut',
      `${param.name} holds an unencoded URL ("${value}"): everything after its first "&" (from ${truncate(next.name, 30)}=) became a parameter of the Adjust link, so the URL is cut. Encode the value (e.g. https%3A%2F%2F…).`,
      PATH,
    );
  }
  if (!next && fragment !== null) {
    return finding(
      'link-param-cut',
      `${param.name} holds an unencoded URL ("${value}"): its part after "#" is the link's own fragment and never reaches Adjust. Encode the value (e.g. https%3A%2F%2F…).`,
      PATH,
    );
  }
  return finding(
    'link-param-not-encoded',
    `${param.name} holds an unencoded URL ("${value}"); Adjust's docs write it encoded and mark the unencoded form "do not use": any "&" or "#" added to it would cut it. Encode the value (e.g. https%3A%2F%2F…).`,
    PATH,
  );
}

function secondQuestionMark(param: RawParam & { value: string }, hidden: string): Finding {
  const token = /^(adj_t|adjust_t)$/i.test(hidden)
    ? ` (the link token), so Adjust finds no token`
    : '';
  return finding(
    'link-second-question-mark',
    `The link has a second "?" in ${param.name}="${truncate(param.value, 50)}": Adjust reads ${hidden}= as part of ${param.name}'s value${token}. Replace that "?" with "&".`,
    PATH,
  );
}

/** What is wrong with the Adjust link's own parameters (callbacks are checked on their own). */
export function checkLinkParams(params: readonly RawParam[], fragment: string | null): Finding[] {
  const findings: Finding[] = [];
  params.forEach((param, i) => {
    if (param.value === null || parseCallbackParam(param.name)) return;
    const withValue = { name: param.name, value: param.value };
    if (RAW_URL.test(param.value)) {
      if (isUrlValued(param.name)) findings.push(unencodedUrl(withValue, params[i + 1], fragment));
      return;
    }
    const hidden = HIDDEN_PARAM.exec(param.value);
    if (hidden?.[1] && isAdjustParam(hidden[1])) {
      findings.push(secondQuestionMark(withValue, hidden[1]));
    }
  });
  return findings;
}
