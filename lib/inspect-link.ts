import { analyseAdjustLink, truncate } from './analyse-adjust-link';
import { analysePostback } from './analyse-postback';
import { parseCallbackParam } from './callback-param';
import { ADJUST_BY_NAME, AFFISE_CLICK_BY_NAME, SHARED_MACRO_NAMES } from './catalog/macros';
import { finding } from './catalog/rules';
import { type Finding, sortFindings } from './findings';
import type { InspectedCallback, LinkInspection, LinkKind } from './schemas';
import { encodedMacroNames, macroNames } from './url/macro-tokens';
import { decodeOnce, findParam, parseQuery } from './url/query';
import { splitUrl } from './url/split-url';

export interface InspectOptions {
  linkKind?: LinkKind;
  adminHosts?: readonly string[];
}

function checkCallback(
  callback: InspectedCallback,
  path: string,
  options: InspectOptions,
): Finding[] {
  const { raw, url } = callback;
  if (/^https?:\/\//i.test(raw)) {
    return [
      finding(
        'callback-not-encoded',
        `${callback.param} is not encoded: everything after its first "&" became a parameter of the Adjust link, so Adjust calls a cut-off URL. Encode the callback value (Postbridge's generate does).`,
        path,
      ),
    ];
  }
  if (/^https?%3A/i.test(url)) {
    return [
      finding(
        'double-encoding',
        `${callback.param} is encoded twice: after Adjust's one decode it still reads "${truncate(url, 40)}", which is no URL. Encode the callback once.`,
        path,
      ),
    ];
  }
  const findings: Finding[] = [];
  for (const name of new Set(encodedMacroNames(raw))) {
    if (AFFISE_CLICK_BY_NAME.has(name) && !SHARED_MACRO_NAMES.has(name)) {
      findings.push(
        finding(
          'affise-macro-encoded',
          `${callback.param} has the Affise macro {${name}} encoded (%7B${name}%7D): Affise fills only raw {${name}}, so Affise would receive the literal text. Leave Affise macros raw in the link.`,
          path,
        ),
      );
    }
  }
  for (const name of new Set(macroNames(raw))) {
    if (ADJUST_BY_NAME.has(name) && !AFFISE_CLICK_BY_NAME.has(name)) {
      findings.push(
        finding(
          'adjust-placeholder-raw',
          `${callback.param} has the Adjust placeholder {${name}} raw; Adjust documents placeholders encoded (%7B${name}%7D) inside callbacks, and Affise may touch raw braces at click time.`,
          path,
        ),
      );
    } else if (SHARED_MACRO_NAMES.has(name)) {
      findings.push(
        finding(
          'macro-shared',
          `${callback.param} has {${name}} raw: Affise fills it with the click's value before Adjust sees it. Encode it (%7B${name}%7D) if you meant Adjust's value.`,
          path,
        ),
      );
    }
  }
  // The decoded callback is an Affise postback: check it as one (its path is the callback's).
  findings.push(...analysePostback(url, { adminHosts: options.adminHosts, path }).findings);
  if (
    callback.activity === 'event' &&
    !findParam(parseQuery(splitUrl(url)?.query ?? null), 'goal')
  ) {
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

/**
 * Reads any Adjust link back: its base, its parameters, and every callback decoded once as Adjust
 * decodes it, with the activity and event tokens it belongs to, plus what is wrong with each.
 */
export function inspectLink(link: string, options: InspectOptions = {}): LinkInspection {
  const analysed = analyseAdjustLink(link, options.linkKind ?? 'auto');
  const findings: Finding[] = [...analysed.findings];
  const url = analysed.info?.url ?? splitUrl(link.trim());
  if (!url) {
    return {
      base: link.trim(),
      kind: 'unknown',
      host: '',
      tokens: [],
      params: [],
      callbacks: [],
      findings: sortFindings(findings),
    };
  }
  const rawParams = analysed.info?.params ?? parseQuery(url.query);
  const params = rawParams.map((p) => ({
    name: p.name,
    raw: p.value,
    value: p.value === null ? null : decodeOnce(p.value),
  }));
  const callbacks: InspectedCallback[] = [];
  const seen = new Set<string>();
  const kind = analysed.info?.kind;
  for (const param of rawParams) {
    const parsed = parseCallbackParam(param.name);
    if (!parsed) continue;
    const index = callbacks.length;
    const path = `callbacks[${index}]`;
    const callback: InspectedCallback = {
      param: param.name,
      activity: parsed.activity,
      tokens: parsed.tokens,
      raw: param.value ?? '',
      url: decodeOnce(param.value ?? ''),
    };
    callbacks.push(callback);
    if (seen.has(param.name)) {
      findings.push(
        finding(
          'callback-duplicate',
          `${param.name} appears more than once; Adjust would use only one of them. Keep one.`,
          path,
        ),
      );
    }
    seen.add(param.name);
    if (kind && parsed.branded !== (kind === 'branded')) {
      findings.push(
        finding(
          'link-kind-mismatch',
          kind === 'branded'
            ? `${param.name} on a branded link must be written adj_${param.name}, or Adjust ignores it.`
            : `${param.name} has the adj_ prefix of branded links, but this is a standard link: write ${param.name.slice(4)}.`,
          path,
        ),
      );
    }
    findings.push(...checkCallback(callback, path, options));
  }
  return {
    base: `${url.scheme}://${url.authority}${url.path}`,
    kind: analysed.info?.kind ?? 'unknown',
    host: url.host,
    tokens: analysed.info?.tokens ?? [],
    params,
    callbacks,
    findings: sortFindings(findings),
  };
}
