import { dryRunFinding } from '../catalog/dry-run-rules';
import { SOURCES } from '../catalog/sources';
import type { Finding } from '../core/findings';
import type { Scenario } from './scenario';

/**
 * Refusals Affise applies before it looks at a postback's parameters (article 6476587): the offer
 * is disabled, the sender's IP is not on the whitelist, or the secure postback code is missing.
 */

/**
 * Adjust's callback servers, as Adjust's "Advanced security options" page allows them in its
 * example (SOURCES.adjustSecurityOptions). Adjust's full list of server IPs sits on a page the
 * project could not read; this is a stated assumption, and `adjust.callbackIp` overrides it.
 */
export const ADJUST_CALLBACK_RANGES = ['178.162.216.64/26', '178.162.216.128/26'] as const;
export const ADJUST_CALLBACK_IP_DEFAULT = '178.162.216.65';
export const ADJUST_CALLBACK_RANGES_SOURCE = SOURCES.adjustSecurityOptions;
/** Where a status change comes from when the scenario does not say: the advertiser's own server (a documentation address). */
export const ADVERTISER_SERVER_IP_DEFAULT = '203.0.113.10';

export type SettingLevel = 'offer' | 'advertiser' | 'platform';

export interface SecureSetting {
  code: string;
  level: SettingLevel;
}

export interface IpWhitelist {
  ranges: readonly string[];
  level: 'offer' | 'advertiser';
}

/** Who sent a postback, for the IP whitelist. */
export interface PostbackOrigin {
  ip: string;
  /** "Adjust's callback server", "the advertiser's server": how the finding names the sender. */
  sender: string;
  /** The scenario field that sets the IP. */
  path: string;
}

/**
 * The secure code Affise checks: the offer's, else the advertiser's, else the platform's. Affise
 * says the code can be set at each level (6476587) but not which wins; the most specific one set
 * is the emulator's stated choice.
 */
export function resolveSecure(
  scenario: Pick<Scenario, 'offer' | 'advertiser' | 'platform'>,
): SecureSetting | null {
  if (scenario.offer.secureCode !== undefined)
    return { code: scenario.offer.secureCode, level: 'offer' };
  if (scenario.advertiser?.secureCode !== undefined)
    return { code: scenario.advertiser.secureCode, level: 'advertiser' };
  if (scenario.platform.secureCode !== undefined)
    return { code: scenario.platform.secureCode, level: 'platform' };
  return null;
}

/** The offer's whitelist, else the advertiser's (the same stated choice as for the secure code). */
export function resolveWhitelist(
  scenario: Pick<Scenario, 'offer' | 'advertiser'>,
): IpWhitelist | null {
  const offer = scenario.offer.ipWhitelist;
  if (offer !== undefined && offer.length > 0) return { ranges: offer, level: 'offer' };
  const advertiser = scenario.advertiser?.ipWhitelist;
  if (advertiser !== undefined && advertiser.length > 0)
    return { ranges: advertiser, level: 'advertiser' };
  return null;
}

function ipv4(text: string): number | null {
  const parts = text.split('.');
  if (parts.length !== 4) return null;
  let value = 0;
  for (const part of parts) {
    const n = Number(part);
    if (!/^\d{1,3}$/.test(part) || n > 255) return null;
    value = value * 256 + n;
  }
  return value;
}

/** `ip` lies in `range` (an address or `a.b.c.d/bits`). */
export function ipInRange(ip: string, range: string): boolean {
  const [base = '', bitsText] = range.split('/');
  const address = ipv4(ip);
  const start = ipv4(base);
  if (address === null || start === null) return false;
  const bits = bitsText === undefined ? 32 : Number(bitsText);
  const size = 2 ** (32 - bits);
  const first = Math.floor(start / size) * size;
  return address >= first && address < first + size;
}

export interface Refusal {
  error: string;
  findings: Finding[];
}

export function offerDisabledRefusal(source: string): Refusal {
  return {
    error: 'Offer disabled',
    findings: [
      dryRunFinding(
        'dry-run-postback-offer-disabled',
        'The offer is Disabled, so Affise refuses the postback ("Offer disabled"). Set the offer to Active to receive conversions.',
        source,
      ),
    ],
  };
}

export function ipRefusal(
  whitelist: IpWhitelist | null,
  origin: PostbackOrigin | null,
  source: string,
): Refusal | null {
  if (whitelist === null || origin === null) return null;
  if (whitelist.ranges.some((range) => ipInRange(origin.ip, range))) return null;
  const fromAdjust = origin.path === 'adjust.callbackIp';
  const fix = fromAdjust
    ? `Add Adjust's callback servers (${ADJUST_CALLBACK_RANGES.join(', ')}) to the ${whitelist.level}'s IP whitelist.`
    : `Add ${origin.ip} to the ${whitelist.level}'s IP whitelist, or send the change from a whitelisted server.`;
  return {
    error: 'Current IP-address is denied',
    findings: [
      dryRunFinding(
        'dry-run-postback-ip-denied',
        `The postback comes from ${origin.sender} ${origin.ip} (${origin.path}), which is not on the ${whitelist.level}'s IP whitelist, so Affise refuses it ("Current IP-address is denied"). ${fix}`,
        source,
      ),
    ],
  };
}

export function secureRefusal(
  secure: SecureSetting | null,
  sent: string | null,
  source: string,
): Refusal | null {
  if (secure === null || sent === secure.code) return null;
  const where = secure.level === 'offer' ? "the offer's" : `the ${secure.level}'s`;
  return {
    error: 'Access denied',
    findings: [
      dryRunFinding(
        'dry-run-postback-access-denied',
        sent === null
          ? `A secure postback code is set at ${secure.level} level but the postback has no secure= parameter: Affise answers "Access denied". Add secure=<${where} code>.`
          : `The postback's secure=${sent.slice(0, 30)} is not ${where} secure code: Affise answers "Access denied".`,
        source,
      ),
    ],
  };
}
