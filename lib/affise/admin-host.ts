import { z } from 'zod/mini';

/**
 * Affise admin panels live on `<network>.affise.com`; the same network also answers on
 * `offers-<network>.affise.com` (the documented postback host), legacy `offers.<network>.affise.com`
 * and `api-<network>.affise.com` (the API). All of them name one network, so offers read on any of
 * them are stored under the same key. https://help-center.affise.com/en/articles/6475468
 */
const AFFISE_SUFFIX = '.affise.com';
const NETWORK_PREFIXES = [/^offers-/, /^api-/, /^offers\./];

/** A host name, lower-cased, without scheme, port, path or wildcard. */
export const HostnameSchema = z
  .string()
  .check(
    z.trim(),
    z.toLowerCase(),
    z.regex(
      /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$/,
      'expected a host name such as admin.mynetwork.com (no https://, no path, no *)',
    ),
  );

/** Strips a port and lower-cases: `Rocket.Affise.com:8443` → `rocket.affise.com`. */
export function hostnameOf(host: string): string {
  const trimmed = host.trim().toLowerCase();
  const colon = trimmed.lastIndexOf(':');
  return colon > -1 && /^\d+$/.test(trimmed.slice(colon + 1)) ? trimmed.slice(0, colon) : trimmed;
}

export function isAffiseHost(host: string): boolean {
  const name = hostnameOf(host);
  return name.endsWith(AFFISE_SUFFIX) && name.length > AFFISE_SUFFIX.length;
}

/** True for `*.affise.com` and for any of the user's custom admin domains (exact host match). */
export function isAdminHost(host: string, customDomains: readonly string[] = []): boolean {
  const name = hostnameOf(host);
  return isAffiseHost(name) || customDomains.some((domain) => hostnameOf(domain) === name);
}

/**
 * The key shared by every host of one network: `rocketcompany` for rocketcompany.affise.com,
 * offers-rocketcompany.affise.com and api-rocketcompany.affise.com; a custom domain is its own key.
 */
export function networkOf(host: string): string {
  const name = hostnameOf(host);
  if (!isAffiseHost(name)) return name;
  let sub = name.slice(0, -AFFISE_SUFFIX.length);
  for (const prefix of NETWORK_PREFIXES) sub = sub.replace(prefix, '');
  return sub;
}

/** The documented postback host for an Affise network, or the custom domain itself. */
export function postbackHostFor(host: string): string {
  const name = hostnameOf(host);
  return isAffiseHost(name) ? `offers-${networkOf(name)}${AFFISE_SUFFIX}` : name;
}

/** The match pattern (and host permission) for a custom admin domain: admin panels are https only. */
export function matchPatternFor(domain: string): string {
  return `https://${hostnameOf(domain)}/*`;
}
