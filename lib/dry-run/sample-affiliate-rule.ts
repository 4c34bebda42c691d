import type { AffiliatePostbackRule } from './scenario';

/**
 * A rule whose URL points at a `.example` host is one of Postbridge's samples: that top-level
 * domain is reserved for examples and never resolves (RFC 2606,
 * https://www.rfc-editor.org/rfc/rfc2606#section-2), so the samples use it and a real affiliate
 * never does. The dry run labels such rules, so nobody reads a sample's result as their own.
 */
export function isSampleAffiliateRule(rule: Pick<AffiliatePostbackRule, 'url'>): boolean {
  const host = /^[a-z][a-z0-9+.-]*:\/\/([^/?#:]+)/i.exec(rule.url.trim())?.[1]?.toLowerCase();
  return host !== undefined && (host === 'example' || host.endsWith('.example'));
}
