import { finding } from '../catalog/rule-severities';
import type { Finding } from '../core/findings';
import { truncate } from '../core/truncate';
import { decodeOnce, findParam, parseQuery, type RawParam } from '../url/query';
import { type SplitUrl, splitUrl } from '../url/split-url';
import { checkLinkParams } from './check-link-params';
import type { LinkKind } from './schemas';

export interface AdjustLinkInfo {
  url: SplitUrl;
  params: RawParam[];
  /** 'unknown' when the host is not Adjust's and nothing marks the link as branded. */
  detected: 'standard' | 'branded' | 'unknown';
  /** The kind callbacks are written for: the caller's choice, else the detected one. */
  kind: 'standard' | 'branded';
  tokens: string[];
  findings: Finding[];
}

const STANDARD_HOST = /^(app|view|s2s)\.adjust\.(com|io|net\.in|world)$/;
/**
 * "At least six lowercase, alphanumeric characters"
 * (https://help.adjust.com/en/resources/network-guides/integrating-adjust); no upper bound is
 * documented, so none is enforced.
 */
const TOKEN = /^[a-z0-9]{6,}$/;
const PATH = 'adjustLink';

/**
 * `https://app.adjust.com/<token>`, `view.adjust.com/impression/<token>`, and on s2s.adjust.com
 * `/impression/<token>` and `/click/<token>` (https://help.adjust.com/en/article/links). Decoded
 * once, because links are seen with `%5F` for the `_` that joins platform tokens.
 */
function tokenFromPath(path: string): string {
  const segments = path.split('/').filter(Boolean);
  const first = segments[0] === 'impression' || segments[0] === 'click' ? segments[1] : segments[0];
  return decodeOnce(first ?? '');
}

/**
 * The token of a branded or universal link, also when a second `?` hides `adj_t` inside the value
 * before it (`…?foo=1?adj_t=abc123`): Adjust would not see it, which
 * checkLinkParams reports; the token itself is still the link's.
 */
function brandedToken(query: string | null): string | null {
  const match = /(?:^|[?&])(?:adj_t|adjust_t)=([^&#?]*)/i.exec(query ?? '');
  return match ? decodeOnce(match[1] ?? '') : null;
}

/** The pasted text as a URL, or why it is none: percent-encoded, or not a full http(s) URL. */
function readLink(text: string): { url: SplitUrl } | { finding: Finding } {
  if (/^https?%3A/i.test(text)) {
    return {
      finding: finding(
        'adjust-link-encoded',
        'The Adjust link is percent-encoded (it starts with "http%3A"). Paste the link as it is: only callback values get encoded.',
        PATH,
      ),
    };
  }
  const url = splitUrl(text);
  if (!url || !['http', 'https'].includes(url.scheme) || url.host === '') {
    return {
      finding: finding(
        'adjust-link-invalid',
        `The Adjust link "${truncate(text)}" is not a full URL. Paste the whole link, starting with https://app.adjust.com/.`,
        PATH,
      ),
    };
  }
  return { url };
}

function notAdjustHostFinding(url: SplitUrl): Finding {
  return finding(
    'not-adjust-link',
    `${url.host} is not an Adjust link host (app.adjust.com, view.adjust.com, s2s.adjust.com, *.go.link, *.adj.st) and the link has no adj_t parameter. Paste the advertiser's Adjust link from the offer's Tracking URL, or set the link kind to branded if this is the app's own domain.`,
    PATH,
  );
}

function checkS2s(url: SplitUrl, params: readonly RawParam[]): Finding[] {
  if (!url.host.startsWith('s2s.') || findParam(params, 's2s')?.value === '1') return [];
  return [
    finding(
      's2s-link-without-s2s',
      'Links on s2s.adjust.com need the parameter s2s=1. Add &s2s=1 to the link.',
      PATH,
    ),
  ];
}

/**
 * Reads an Adjust link the way Adjust routes it: which host family, which token(s), and so whether
 * callbacks must be named plainly or with the `adj_` prefix of branded and universal links.
 * Returns null (with findings) when the text is no usable link.
 */
export function analyseAdjustLink(
  raw: string,
  linkKind: LinkKind,
): { info: AdjustLinkInfo | null; findings: Finding[] } {
  const read = readLink(raw.trim());
  if ('finding' in read) return { info: null, findings: [read.finding] };
  const { url } = read;
  const family = detectFamily(url, linkKind);
  if (!family) return { info: null, findings: [notAdjustHostFinding(url)] };
  const { detected, tokenText } = family;
  const params = parseQuery(url.query);
  const kind: 'standard' | 'branded' =
    linkKind === 'auto' ? (detected === 'branded' ? 'branded' : 'standard') : linkKind;
  const findings = [
    ...family.findings,
    ...checkToken(url, detected, tokenText),
    ...checkKind(detected, linkKind, kind),
    ...checkLinkParams(params, url.fragment),
    ...checkS2s(url, params),
  ];
  const tokens = tokenText === '' ? [] : tokenText.split('_');
  return { info: { url, params, detected, kind, tokens, findings }, findings };
}

/**
 * Which host family the link belongs to and the token text it carries; null for a link that is
 * on no Adjust host, carries no branded token, and was not declared branded.
 */
function detectFamily(
  url: SplitUrl,
  linkKind: LinkKind,
): { detected: AdjustLinkInfo['detected']; tokenText: string; findings: Finding[] } | null {
  if (STANDARD_HOST.test(url.host)) {
    return { detected: 'standard', tokenText: tokenFromPath(url.path), findings: [] };
  }
  const branded = brandedToken(url.query);
  const adjustBrandHost = url.host.endsWith('.go.link') || url.host.endsWith('.adj.st');
  if (adjustBrandHost || branded !== null) {
    const findings =
      !adjustBrandHost && linkKind === 'auto'
        ? [
            finding(
              'link-kind-custom-domain',
              `${url.host} is not an Adjust host, but the link carries a branded-link token, so it is treated as a branded link: callbacks get the adj_ prefix.`,
              PATH,
            ),
          ]
        : [];
    return { detected: 'branded', tokenText: branded ?? '', findings };
  }
  return linkKind === 'branded' ? { detected: 'unknown', tokenText: '', findings: [] } : null;
}

function checkToken(
  url: SplitUrl,
  detected: AdjustLinkInfo['detected'],
  tokenText: string,
): Finding[] {
  if (detected === 'branded' && tokenText === '' && isShortLink(url.host, url.path)) {
    return [
      finding(
        'link-short',
        `${url.host}${url.path} is a short branded link: Adjust keeps its link token behind the short path, so Postbridge cannot check the token offline.`,
        PATH,
      ),
    ];
  }
  if (tokenText !== '' && tokenText.split('_').every((t) => TOKEN.test(t))) return [];
  const amp = url.query === null ? url.path.indexOf('&') : -1;
  if (detected === 'standard' && amp !== -1) {
    const head = `${url.scheme}://${url.authority}${url.path.slice(0, amp)}`;
    return [
      finding(
        'link-no-query-mark',
        `The Adjust link has no "?" before its parameters, so Adjust reads them as part of the token and never sees them (callbacks included). Write "${truncate(head, 50)}?" before the first parameter.`,
        PATH,
      ),
    ];
  }
  return [
    finding(
      'link-token-malformed',
      tokenText === ''
        ? detected === 'standard'
          ? 'The Adjust link has no token in its path (https://app.adjust.com/<token>). Copy the full link from Adjust.'
          : 'The branded link has no adj_t (or adjust_t) parameter with the link token. Copy the full link from Adjust.'
        : `The link token "${truncate(tokenText)}" is not at least six lowercase letters and digits (tokens joined by "_" for multi-platform links). Check that the link was copied whole.`,
      PATH,
    ),
  ];
}

function checkKind(
  detected: AdjustLinkInfo['detected'],
  linkKind: LinkKind,
  kind: 'standard' | 'branded',
): Finding[] {
  if (linkKind === 'auto' || detected === 'unknown' || detected === linkKind) return [];
  return [
    finding(
      'link-kind-mismatch',
      `The link looks ${detected} but the link kind is set to ${linkKind}: callbacks will be named ${kind === 'branded' ? 'adj_install_callback' : 'install_callback'}. Set the link kind to auto unless you know better.`,
      'linkKind',
    ),
  ];
}

/** `https://brand.go.link/9ggUS`: a branded link's short form, one path segment and no adj_t. */
function isShortLink(host: string, path: string): boolean {
  return host.endsWith('.go.link') && /^\/[A-Za-z0-9_-]+\/?$/.test(path);
}
