import { z } from 'zod/mini';
import { OfferIdSchema } from '../affise/offer';
import { dryRunFinding } from '../catalog/dry-run-rules';
import type { Finding } from '../core/findings';
import { encodeValue, formatQuery, type RawParam } from '../url/query';
import { LINK_PARAM_NAMES, ScenarioClickSchema } from './scenario';

/**
 * Affise's "Get tracking link" dialog, offline: the affiliate-facing link a click starts from.
 * Also used by the popup's "Affiliate link" builder.
 */
export const TrackingLinkInputSchema = z.extend(
  z.pick(ScenarioClickSchema, {
    domain: true,
    pid: true,
    useSsl: true,
    shortlink: true,
    subs: true,
    params: true,
  }),
  { offerId: OfferIdSchema },
);
export type TrackingLinkInput = z.input<typeof TrackingLinkInputSchema>;
export type TrackingLinkOptions = z.output<typeof TrackingLinkInputSchema>;

export interface TrackingLink {
  /** The long form `https://<domain>/click?pid=…&offer_id=…&sub1=…`. */
  url: string;
  /** True when a shortlink was asked for; `url` is still the long form, which is what a shortlink resolves to. */
  shortlink: boolean;
  params: RawParam[];
  findings: Finding[];
}

const subNumber = (name: string): number => Number(name.slice(3));

export function buildTrackingLink(options: TrackingLinkOptions, path = 'click'): TrackingLink {
  const findings: Finding[] = [];
  const params: RawParam[] = [
    { name: 'pid', value: encodeValue(options.pid) },
    { name: 'offer_id', value: encodeValue(options.offerId) },
  ];
  const subs = Object.entries(options.subs)
    .filter(([, value]) => value !== '')
    .sort(([a], [b]) => subNumber(a) - subNumber(b));
  for (const [name, value] of subs) params.push({ name, value: encodeValue(value) });
  for (const name of LINK_PARAM_NAMES) {
    const value = options.params[name];
    if (value !== undefined && value !== '') params.push({ name, value: encodeValue(value) });
  }
  const scheme = options.useSsl ? 'https' : 'http';
  if (!options.useSsl) {
    findings.push(
      dryRunFinding(
        'dry-run-tracking-link-http',
        `"Use SSL" is off, so the tracking link starts with http://${options.domain}. Turn it on when the tracking domain allows https.`,
        `${path}.useSsl`,
      ),
    );
  }
  if (options.shortlink) {
    findings.push(
      dryRunFinding(
        'dry-run-tracking-link-shortlink',
        `A shortlink (https://${options.domain}/ and 6 characters) cannot be decoded offline; the dry-run uses the long /click form it stands for.`,
        `${path}.shortlink`,
      ),
    );
  }
  return {
    url: `${scheme}://${options.domain}/click?${formatQuery(params)}`,
    shortlink: options.shortlink,
    params,
    findings,
  };
}
