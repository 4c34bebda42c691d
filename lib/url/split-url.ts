/**
 * A lossless split of an absolute URL into its parts. We do not use WHATWG `URL` because it
 * rewrites what it parses (it percent-encodes `{` and `}`, lowercases hosts, drops default ports),
 * and a link template must come back byte for byte as the user wrote it.
 */
export interface SplitUrl {
  scheme: string;
  /** Everything between `//` and the path: userinfo, host and port as written. */
  authority: string;
  host: string;
  port: string;
  path: string;
  /** The query without its `?`; null when there is no `?`. */
  query: string | null;
  /** The fragment without its `#`; null when there is no `#`. */
  fragment: string | null;
}

const URL_PATTERN =
  /^([a-zA-Z][a-zA-Z0-9+.-]*):\/\/([^/?#]*)([^?#]*)(?:\?([^#]*))?(?:#([\s\S]*))?$/;

export function splitUrl(raw: string): SplitUrl | null {
  const match = URL_PATTERN.exec(raw.trim());
  if (!match) return null;
  const [, scheme = '', authority = '', path = '', query, fragment] = match;
  const hostPort = authority.includes('@')
    ? authority.slice(authority.lastIndexOf('@') + 1)
    : authority;
  const portMatch = /^(.*?)(?::(\d*))?$/.exec(hostPort);
  const host = hostPort.startsWith('[')
    ? hostPort.slice(0, hostPort.indexOf(']') + 1)
    : (portMatch?.[1] ?? hostPort);
  const port = hostPort.startsWith('[')
    ? hostPort.slice(hostPort.indexOf(']') + 2)
    : (portMatch?.[2] ?? '');
  return {
    scheme: scheme.toLowerCase(),
    authority,
    host: host.toLowerCase(),
    port,
    path,
    query: query ?? null,
    fragment: fragment ?? null,
  };
}

export function joinUrl(url: SplitUrl): string {
  return (
    `${url.scheme}://${url.authority}${url.path}` +
    (url.query === null ? '' : `?${url.query}`) +
    (url.fragment === null ? '' : `#${url.fragment}`)
  );
}

const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;

export function isIpHost(host: string): boolean {
  return IPV4.test(host) || host.startsWith('[');
}
