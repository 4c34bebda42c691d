import { dryRunFinding } from '../catalog/dry-run-rules';
import { AFFISE_CLICK_NAMES } from '../catalog/macro-names';
import { POSTBACK_PARAM_BY_NAME } from '../catalog/postback-params';
import type { Finding } from '../core/findings';
import { truncate } from '../core/truncate';
import { encodedMacroNames } from '../url/macro-tokens';
import { decodeOnce } from '../url/query';
import { isIpHost } from '../url/split-url';
import { isAffisePostbackUrl } from './affise-postback';
import { callbackParamOf } from './fast/callback-param-of';
import { scanMacroNames } from './fill-macros';
import type { DryRunRequest, Substitution } from './result';

/**
 * Checks that look at more than one hop: what a value looks like when it reaches a server after
 * every fill, encode and decode on the way, and whether Adjust would call a callback at all.
 */

export function checkCallbackEndpoint(
  url: string,
  param: string,
  path: string,
): { findings: Finding[]; blocked: boolean } {
  const split = endpointOf(url);
  if (!split) {
    const twice = /^https?%3A/i.test(url);
    return {
      blocked: true,
      findings: [
        dryRunFinding(
          'dry-run-adjust-callback-not-url',
          twice
            ? `${param} is encoded twice: after Adjust's one decode it reads "${truncate(url, 60)}", so Adjust has no URL to call. Encode the callback once.`
            : `${param} decodes to "${truncate(url, 60)}", which is no http(s) URL; Adjust cannot call it. Put a full https:// URL in the callback.`,
          path,
        ),
      ],
    };
  }
  if (isIpHost(split.host)) {
    return {
      blocked: true,
      findings: [
        dryRunFinding(
          'dry-run-adjust-callback-ip-host',
          `${param} goes to the IP address ${split.host}; Adjust does not call IP-address hosts. Use the Affise postback domain (offers-<network>.affise.com).`,
          path,
        ),
      ],
    };
  }
  if (split.scheme === 'http') {
    return {
      blocked: false,
      findings: [
        dryRunFinding(
          'dry-run-adjust-callback-http',
          `${param} calls http://${split.host}; Adjust sends some raw data only to https endpoints. Use https://.`,
          path,
        ),
      ],
    };
  }
  return { blocked: false, findings: [] };
}

/**
 * Scheme and host of an http(s) URL, as splitUrl reads them, without splitting the rest: this runs
 * for every callback of every run. A scan equivalent to `/^(https?):\/\/([^/?#]*)/i` on the
 * text without leading whitespace, then the port cut as `/:\d*$/`; test/unit/dry-run/
 * fast-paths.test.ts compares the two.
 */
export function endpointOf(url: string): { scheme: 'http' | 'https'; host: string } | null {
  const text = url.trimStart();
  if (!startsWithFold(text, 'http')) return null;
  let at = 4;
  const https = text.charCodeAt(at) === 0x73 || text.charCodeAt(at) === 0x53;
  if (https) at++;
  if (!text.startsWith('://', at)) return null;
  const start = at + 3;
  let end = start;
  while (end < text.length) {
    const c = text.charCodeAt(end);
    if (c === 0x2f || c === 0x3f || c === 0x23) break;
    end++;
  }
  const authority = text.slice(start, end);
  const hostPort = authority.slice(authority.lastIndexOf('@') + 1);
  const host = hostPort.startsWith('[')
    ? hostPort.slice(0, hostPort.indexOf(']') + 1)
    : withoutPort(hostPort);
  if (host === '') return null;
  return { scheme: https ? 'https' : 'http', host: host.toLowerCase() };
}

/** `text` starts with the lowercase ASCII `prefix`, ignoring case. */
function startsWithFold(text: string, prefix: string): boolean {
  if (text.length < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) {
    if ((text.charCodeAt(i) | 0x20) !== prefix.charCodeAt(i)) return false;
  }
  return true;
}

/** hostPort without a final `:digits`. */
function withoutPort(hostPort: string): string {
  const colon = hostPort.lastIndexOf(':');
  if (colon === -1) return hostPort;
  for (let i = colon + 1; i < hostPort.length; i++) {
    const c = hostPort.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return hostPort;
  }
  return hostPort.slice(0, colon);
}

/** Parts of a request a server interprets: for the redirect, the Adjust link minus its callbacks (checked when they fire). */
function interpretedText(request: DryRunRequest): string {
  if (request.hop !== 'redirect')
    return request.body === null ? request.url : `${request.url}\n${request.body}`;
  const cut = request.url.indexOf('?');
  const head = cut === -1 ? request.url : request.url.slice(0, cut);
  const own = request.params.filter((p) => !callbackParamOf(p.name)).map((p) => p.raw ?? '');
  return [head, ...own].join('&');
}

/** A request that Affise's postback endpoint receives: there a literal macro is a postback problem. */
function reachesAffisePostback(request: DryRunRequest): boolean {
  return (
    (request.hop === 'adjust-callback' || request.hop === 'advertiser-postback') &&
    isAffisePostbackUrl(request.url)
  );
}

/** A `{macro}` that reaches a server unfilled, raw or as %7B…%7D (not Affise's postback: see postbackMacroFindings). */
export function literalMacroFindings(request: DryRunRequest, source: string): Finding[] {
  if (request.hop === 'click' || request.hop === 'internal') return [];
  const text = interpretedText(request);
  if (!text.includes('{') && !text.includes('%7B') && !text.includes('%7b')) return [];
  if (reachesAffisePostback(request)) return [];
  const raw = scanMacroNames(text);
  const encoded = encodedMacroNames(text);
  if (raw.length === 0 && encoded.length === 0) return [];
  const shown = [...new Set([...raw.map((n) => `{${n}}`), ...encoded.map((n) => `%7B${n}%7D`)])];
  const fix =
    request.hop === 'affiliate-postback'
      ? 'Use only Affise affiliate-postback macros ({sub1}…{sub8}, {sum}, {status}, {goal}, {offerid}, {transactionid}, …).'
      : request.hop === 'redirect'
        ? 'Use Affise click macros ({clickid}, {pid}, {sub1}, …) raw, or a fixed value.'
        : 'Write Affise macros raw ({clickid}) and Adjust placeholders encoded (%7Bcountry%7D), each spelled as its catalogue lists it.';
  return [
    dryRunFinding(
      'dry-run-macro-left-literal',
      `${request.title} reached the server with ${shown.join(', ')} unfilled: it got the macro's text, not a value. ${fix}`,
      source,
    ),
  ];
}

/** Why nobody filled `{name}` on its way to Affise, and what to write instead (the Build tab's words). */
function unfilledAdvice(name: string, encoded: boolean): string {
  const param = POSTBACK_PARAM_BY_NAME.get(name);
  if (param) {
    return `{${name}} is a placeholder of the Affise postback template; Adjust won't fill it. ${param.advice}`;
  }
  if (AFFISE_CLICK_NAMES.has(name) && encoded) {
    return `{${name}} is an Affise click macro written encoded, so Affise never filled it at the click. Write it raw.`;
  }
  return `{${name}} is neither an Affise macro nor an Adjust placeholder, so nobody fills it. Pick one from the macro palette or remove it.`;
}

const NONE: readonly UnfilledMacro[] = [];

export interface UnfilledMacro {
  name: string;
  /** The parameter as Affise read it: `sum={sum}`. */
  param: string;
  advice: string;
}

/** Every `{macro}` still in a postback Affise receives, by parameter. */
export function unfilledPostbackMacros(request: DryRunRequest): readonly UnfilledMacro[] {
  // Most requests carry no brace at all: that test is cheaper than the URL's.
  if (!request.url.includes('{') && !request.url.includes('%7B') && !request.url.includes('%7b'))
    return NONE;
  if (!reachesAffisePostback(request)) return NONE;
  const found: UnfilledMacro[] = [];
  for (const p of request.params) {
    const value = p.value ?? '';
    if (!value.includes('{') && !/%7B/i.test(value)) continue;
    const raw = scanMacroNames(value).map((name) => ({ name, encoded: false }));
    const encoded = encodedMacroNames(value).map((name) => ({ name, encoded: true }));
    for (const m of [...raw, ...encoded]) {
      found.push({
        name: m.name,
        param: `${p.name}=${truncate(value, 40)}`,
        advice: unfilledAdvice(m.name, m.encoded),
      });
    }
  }
  return found;
}

/** What happened at this hop: Affise received the macro's text. */
export function postbackMacroFindings(
  unfilled: readonly UnfilledMacro[],
  source: string,
): Finding[] {
  return unfilled.map((m) =>
    dryRunFinding(
      'dry-run-postback-macro-literal',
      `Affise received ${m.param}: the text of the macro, not a value. ${m.advice}`,
      source,
    ),
  );
}

/**
 * One run-level finding per unfilled macro, naming every postback that carried it: the problem is
 * one line in the Tracking URL however many callbacks repeat it.
 */
export function mergedPostbackMacroFindings(
  hits: readonly { title: string; source: string; macro: UnfilledMacro }[],
): Finding[] {
  const groups = new Map<string, { titles: string[]; source: string; macro: UnfilledMacro }>();
  for (const hit of hits) {
    // A status change repeats the callback's postback: the same macro is the same problem.
    const key = hit.macro.name;
    const group = groups.get(key);
    if (group) {
      if (!group.titles.includes(hit.title)) group.titles.push(hit.title);
    } else groups.set(key, { titles: [hit.title], source: hit.source, macro: hit.macro });
  }
  return [...groups.values()].map((g) =>
    dryRunFinding(
      'dry-run-postback-macro-literal',
      `{${g.macro.name}} reached Affise unfilled in ${g.titles.length === 1 ? g.titles[0] : `${g.titles.length} postbacks (${g.titles.join('; ')})`}. ${g.macro.advice}`,
      g.source,
    ),
  );
}

/** Escapes that are only %7Bname%7D macros: reported once, as a literal macro. */
const ONLY_ENCODED_MACROS = /^[^%]*(%7B[A-Za-z0-9_]+%7D[^%]*)+$/i;

/** A parameter that still holds percent-escapes after the server's one decode was encoded twice. */
export function stillEncodedFindings(request: DryRunRequest, source: string): Finding[] {
  if (request.hop === 'click' || request.hop === 'redirect' || request.hop === 'internal')
    return [];
  const findings: Finding[] = [];
  for (const param of request.params) {
    const value = param.value;
    if (
      value === null ||
      !value.includes('%') ||
      !/%[0-9A-Fa-f]{2}/.test(value) ||
      ONLY_ENCODED_MACROS.test(value) ||
      decodeOnce(value) === value
    )
      continue;
    findings.push(
      dryRunFinding(
        'dry-run-value-still-encoded',
        `${request.title}: ${param.name} arrives as "${truncate(value, 60)}" after the server decodes it, still percent-encoded (encoded twice, decoded once). It should read "${truncate(decodeOnce(value), 60)}"; encode it once less.`,
        source,
      ),
    );
  }
  return findings;
}

/** Where the user sets the value a click macro was filled with. */
function clickValuePath(macro: string): string {
  return /^sub\d+$/.test(macro) ? `click.subs.${macro}` : `click.values.${macro}`;
}

/**
 * Values Affise fills into a callback at click time are decoded twice before Affise reads them
 * back: once by Adjust (the callback value) and once by Affise's server (the query). A value that
 * needed encoding arrives changed: `%`, `+` and `&` are the dangerous ones.
 */
export function decodedTwiceFindings(clickSubstitutions: readonly Substitution[]): Finding[] {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const sub of clickSubstitutions) {
    if (sub.value === null || sub.written === sub.value || !callbackParamOf(sub.where)) continue;
    const key = `${sub.macro}\u0000${sub.where}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const insideCallback = sub.value;
    const cut = insideCallback.search(/[&#]/);
    const arrives = decodeOnce(cut === -1 ? insideCallback : insideCallback.slice(0, cut));
    // Characters such as "/" or ":" survive the extra decode; these do not, or make the URL invalid.
    const harmful = cut !== -1 || arrives !== sub.value || /[\s+%"<>\\^`{|}]/.test(sub.value);
    if (!harmful) continue;
    findings.push(
      dryRunFinding(
        'dry-run-value-decoded-twice',
        `{${sub.macro}} = "${truncate(sub.value, 40)}" goes into ${sub.where} encoded once (${truncate(sub.written, 40)}). Adjust's decode of the callback turns it back into "${truncate(sub.value, 40)}" inside the callback URL and Affise decodes the query again, so Affise reads "${truncate(arrives, 40)}"${cut === -1 ? '' : ' (cut at the "&" or "#")'}. Keep click values to letters, digits, "-", "_", "." and "~".`,
        clickValuePath(sub.macro),
      ),
    );
  }
  return findings;
}

/** Affiliate postback macros Affise does not have, with the one to use instead. */
export function affiliateRuleMacroFindings(
  url: string,
  index: number,
  /** scanMacroNames(url), when the caller has it already. */
  macroNames: readonly string[] = scanMacroNames(url),
): Finding[] {
  const names = new Set(macroNames);
  const path = `affiliatePostbacks[${index}].url`;
  const findings: Finding[] = [];
  for (const name of ['clickid', 'click_id']) {
    if (!names.has(name)) continue;
    findings.push(
      dryRunFinding(
        'dry-run-affiliate-clickid',
        `Affiliate postback ${index + 1} uses {${name}}, which Affise does not fill in affiliate postbacks. Ask the affiliate to pass its click id in a sub (sub1=<their macro> on the tracking link) and use {sub1} here.`,
        path,
      ),
    );
  }
  if (names.has('offer_id')) {
    findings.push(
      dryRunFinding(
        'dry-run-affiliate-offer-id-macro',
        `Affiliate postback ${index + 1} uses {offer_id}; in affiliate postbacks Affise's offer id macro is {offerid}.`,
        path,
      ),
    );
  }
  return findings;
}

/** Notes on the way ("Adjust leaves {sum} as written") that an unfilled-postback-macro finding already tells. */
const TOLD_BY_POSTBACK_MACRO = new Set([
  'dry-run-adjust-placeholder-unknown',
  'dry-run-click-macro-unknown',
]);

export function withoutToldTwice(
  findings: readonly Finding[],
  unfilled: readonly { macro: UnfilledMacro }[],
): Finding[] {
  if (unfilled.length === 0) return findings.slice();
  const names = new Set(unfilled.map((u) => `{${u.macro.name}} `));
  return findings.filter(
    (f) => !TOLD_BY_POSTBACK_MACRO.has(f.code) || ![...names].some((n) => f.message.startsWith(n)),
  );
}
