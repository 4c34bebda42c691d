import { isAdminHost } from '../affise/admin-host';
import { ADJUST_NAMES, AFFISE_CLICK_NAMES, SHARED_MACRO_NAMES } from '../catalog/macro-names';
import { finding } from '../catalog/rule-severities';
import { type Finding, sortFindings } from '../core/findings';
import { truncate } from '../core/truncate';
import { encodedMacroNames, macroNames } from '../url/macro-tokens';
import { decodeOnce, findParam, parseQuery, type RawParam } from '../url/query';
import { isIpHost, type SplitUrl, splitUrl } from '../url/split-url';
import { analyseAdjustLink } from './analyse-adjust-link';
import {
  checkAffisePostback,
  checkEndpoint,
  isAffiseTrackingHost,
  trackingDomainFinding,
} from './analyse-postback';
import { type CallbackParamName, parseCallbackParam } from './callback-param';
import { BAD_ESCAPE, badEscapeFinding, checkCallbackShape } from './check-callback-shape';
import type { InspectedCallback, LinkInspection, LinkKind } from './schemas';

export interface InspectOptions {
  linkKind?: LinkKind;
  adminHosts?: readonly string[];
}

/**
 * A callback written raw into the link: Adjust's parser ends its value at the first `&`, so a
 * callback with several parameters is cut there and the rest become parameters of the link.
 */
function notEncoded(callback: InspectedCallback, next: string | undefined, path: string): Finding {
  if (callback.raw.includes('?') && next !== undefined) {
    return finding(
      'callback-not-encoded',
      `${callback.param} is not encoded: everything after its first "&" (from ${truncate(next, 30)}=) became a parameter of the Adjust link, so Adjust calls a cut-off URL. Encode the callback value (Postbridge's generate does).`,
      path,
    );
  }
  return finding(
    'callback-not-encoded-intact',
    `${callback.param} is not encoded. It arrives whole only because it has no "&" yet; Adjust's docs say to always encode the callback. Encode it (Postbridge's generate does).`,
    path,
  );
}

/** How each `{…}` is written in the link matters only for a callback the link carries to Affise. */
function checkRawMacros(callback: InspectedCallback, path: string): Finding[] {
  const { raw, param } = callback;
  const findings: Finding[] = [];
  for (const name of new Set(encodedMacroNames(raw))) {
    if (AFFISE_CLICK_NAMES.has(name) && !SHARED_MACRO_NAMES.has(name)) {
      findings.push(
        finding(
          'affise-macro-encoded',
          `${param} has the Affise macro {${name}} encoded (%7B${name}%7D): Affise fills only raw {${name}}, so Affise would receive the literal text. Leave Affise macros raw in the link.`,
          path,
        ),
      );
    }
  }
  const names = new Set(macroNames(raw));
  const adjustOnly = [...names].filter((n) => ADJUST_NAMES.has(n) && !AFFISE_CLICK_NAMES.has(n));
  if (adjustOnly.length > 0) {
    const list = adjustOnly.map((n) => `{${n}}`).join(', ');
    findings.push(
      finding(
        'adjust-placeholder-raw',
        `${param} has ${list} raw. That works: Adjust says placeholders in curly brackets need not be encoded. Postbridge encodes them when it builds a link.`,
        path,
      ),
    );
  }
  for (const name of names) {
    if (!SHARED_MACRO_NAMES.has(name)) continue;
    findings.push(
      finding(
        'macro-shared',
        `${param} has {${name}} raw: Affise fills it with the click's value before Adjust sees it. Encode it (%7B${name}%7D) if you meant Adjust's value.`,
        path,
      ),
    );
  }
  return findings;
}

/** Affise's rules, for a callback that goes to an Affise admin host. */
function checkAffiseCallback(
  callback: InspectedCallback,
  url: SplitUrl,
  path: string,
  options: InspectOptions,
): Finding[] {
  const findings = [
    ...checkRawMacros(callback, path),
    ...checkAffisePostback(
      url,
      callback.url,
      { adminHosts: options.adminHosts, inLink: true },
      path,
    ),
  ];
  if (callback.activity === 'event' && !findParam(parseQuery(url.query), 'goal')) {
    findings.push(
      finding(
        'event-callback-without-goal',
        `${callback.param} has no goal parameter, so Affise records it as goal "1" like an install. Add &goal=<goal value> to the callback.`,
        path,
      ),
    );
  }
  return findings;
}

function checkCallback(
  callback: InspectedCallback,
  next: string | undefined,
  path: string,
  options: InspectOptions,
  /** Hosts already told apart from Affise: one note per host and link is enough. */
  notedHosts: Set<string>,
): Finding[] {
  const { raw, url: decoded, param } = callback;
  if (/^https?:\/\//i.test(raw)) return [notEncoded(callback, next, path)];
  if (/^https?%3A/i.test(decoded)) {
    return [
      finding(
        'double-encoding',
        `${param} is encoded twice: after Adjust's one decode it still reads "${truncate(decoded, 40)}", which is no URL. Encode the callback once.`,
        path,
      ),
    ];
  }
  const url = splitUrl(decoded);
  if (!url || !['http', 'https'].includes(url.scheme) || url.host === '') {
    const badEscape = BAD_ESCAPE.exec(decoded);
    return [
      ...(badEscape ? [badEscapeFinding(decoded, badEscape.index, param, path)] : []),
      finding(
        'callback-invalid',
        `${param} holds "${truncate(decoded, 60)}", which is no http(s) URL after Adjust's one decode; Adjust's docs expect the server's URL there. Put the full encoded callback URL there, unless Adjust's integration team gave you this value.`,
        path,
      ),
    ];
  }
  const findings = [
    ...checkEndpoint(url, param, path),
    ...checkCallbackShape(url, decoded, param, path),
  ];
  if (isAffiseTrackingHost(url.host)) {
    findings.push(trackingDomainFinding(url.host, path));
  } else if (isAdminHost(url.host, options.adminHosts)) {
    findings.push(...checkAffiseCallback(callback, url, path, options));
  } else if (!isIpHost(url.host) && !notedHosts.has(url.host)) {
    notedHosts.add(url.host);
    findings.push(
      finding(
        'callback-not-affise',
        `${param} goes to ${url.host}, not to Affise, so only Adjust's checks were applied (to every callback for that host). If it is your network's custom admin domain, add it in Postbridge's options.`,
        path,
      ),
    );
  }
  return findings;
}

/**
 * A parameter that names a callback only once someone fills a template in it
 * (`event_callback_{event_token}`): Adjust never fires it, "You cannot change the callback
 * parameter syntax" (https://help.adjust.com/en/article/callback-structure-partner).
 */
function templateCallbackName(name: string): boolean {
  const bare = decodeOnce(name).replace(/^adj_/, '');
  const match = /^event_callback_?(.*)$/i.exec(bare);
  if (!match) return false;
  const rest = match[1] ?? '';
  return (
    rest === '' ||
    /[{}<>[\]]/.test(rest) ||
    /^(your_?)?(event_?)?token$/i.test(rest) ||
    parseCallbackParam(name) === null
  );
}

function templateNameFinding(name: string): Finding {
  return finding(
    'callback-param-template',
    `The link parameter "${truncate(name, 50)}" is a callback name whose template was never filled, so Adjust never fires it. Write event_callback_ followed by the real event token, e.g. event_callback_abc123.`,
    'adjustLink',
  );
}

/** What is wrong with a callback parameter's name: a repeat, or the wrong prefix for the link. */
function checkCallbackName(
  name: string,
  parsed: CallbackParamName,
  kind: 'standard' | 'branded' | undefined,
  seen: ReadonlySet<string>,
  path: string,
): Finding[] {
  const findings: Finding[] = [];
  if (seen.has(name)) {
    findings.push(
      finding(
        'callback-duplicate',
        `${name} appears more than once; Adjust would use only one of them. Keep one.`,
        path,
      ),
    );
  }
  if (kind && parsed.branded !== (kind === 'branded')) {
    findings.push(
      finding(
        'link-kind-mismatch',
        kind === 'branded'
          ? `${name} on a branded link must be written adj_${name}, or Adjust ignores it.`
          : `${name} has the adj_ prefix of branded links, but this is a standard link: write ${name.slice(4)}.`,
        path,
      ),
    );
  }
  return findings;
}

/** Every callback parameter of the link, decoded once as Adjust decodes it, and its findings. */
function readCallbacks(
  params: readonly RawParam[],
  kind: 'standard' | 'branded' | undefined,
  options: InspectOptions,
): { callbacks: InspectedCallback[]; findings: Finding[] } {
  const callbacks: InspectedCallback[] = [];
  const findings: Finding[] = [];
  const seen = new Set<string>();
  const notedHosts = new Set<string>();
  for (const [i, param] of params.entries()) {
    if (templateCallbackName(param.name)) {
      findings.push(templateNameFinding(param.name));
      continue;
    }
    const parsed = parseCallbackParam(param.name);
    if (!parsed) continue;
    const path = `callbacks[${callbacks.length}]`;
    const callback: InspectedCallback = {
      param: param.name,
      activity: parsed.activity,
      tokens: parsed.tokens,
      raw: param.value ?? '',
      url: decodeOnce(param.value ?? ''),
    };
    callbacks.push(callback);
    findings.push(...checkCallbackName(param.name, parsed, kind, seen, path));
    seen.add(param.name);
    findings.push(...checkCallback(callback, params[i + 1]?.name, path, options, notedHosts));
  }
  return { callbacks, findings };
}

/**
 * Reads any Adjust link back: its base, its parameters, and every callback decoded once as Adjust
 * decodes it, with the activity and event tokens it belongs to, plus what is wrong with each.
 */
export function inspectLink(link: string, options: InspectOptions = {}): LinkInspection {
  const analysed = analyseAdjustLink(link, options.linkKind ?? 'auto');
  const url = analysed.info?.url ?? splitUrl(link.trim());
  if (!url) {
    return {
      base: link.trim(),
      kind: 'unknown',
      host: '',
      tokens: [],
      params: [],
      callbacks: [],
      findings: sortFindings(analysed.findings),
    };
  }
  const rawParams = analysed.info?.params ?? parseQuery(url.query);
  const read = readCallbacks(rawParams, analysed.info?.kind, options);
  return {
    base: `${url.scheme}://${url.authority}${url.path}`,
    kind: analysed.info?.kind ?? 'unknown',
    host: url.host,
    tokens: analysed.info?.tokens ?? [],
    params: rawParams.map((p) => ({
      name: p.name,
      raw: p.value,
      value: p.value === null ? null : decodeOnce(p.value),
    })),
    callbacks: read.callbacks,
    findings: sortFindings([...analysed.findings, ...read.findings]),
  };
}
