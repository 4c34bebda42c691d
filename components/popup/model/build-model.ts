import { listMissing, type MissingField, type Offer } from '@/lib/affise/offer';
import { analyseAdjustLink } from '@/lib/link/analyse-adjust-link';
import { buildLinkOrReport } from '@/lib/link/build-link';
import type { GenerateResult } from '@/lib/link/schemas';
import type { AppTokens, Draft, TokenMemory } from '@/utils/popup-state';
import { type EffectiveOffer, effectiveOffer, type TextFieldName } from './effective-offer';
import { type TargetedFinding, targetFindings } from './finding-targets';
import { type BuiltInput, type MappedGoal, mappedGoals, toGenerateInput } from './generate-input';

/** Everything the Build tab shows, derived from the offer, the draft and the token memory. */
export interface BuildModel {
  effective: EffectiveOffer;
  trackingLink: TrackingLinkFacts | null;
  /** The Adjust link token(s), `_`-joined: the key of the app's remembered event tokens. */
  linkToken: string | null;
  remembered: AppTokens | undefined;
  goals: MappedGoal[];
  built: BuiltInput;
  result: GenerateResult;
  findings: TargetedFinding[];
  /** Required offer fields neither read nor typed. */
  missing: MissingField[];
}

export interface BuildSources {
  offer: Offer | null;
  draft: Draft;
  memory: TokenMemory;
  /** Custom Affise admin domains from the options page. */
  adminHosts: readonly string[];
}

/** What the popup needs of the Tracking URL: the link kind and token(s), read as buildLink reads them. */
export interface TrackingLinkFacts {
  kind: 'standard' | 'branded' | 'unknown';
  tokens: string[];
}

export function trackingLinkFacts(link: string): TrackingLinkFacts | null {
  if (link.trim() === '') return null;
  try {
    const info = analyseAdjustLink(link, 'auto').info;
    return info ? { kind: info.kind, tokens: info.tokens } : { kind: 'unknown', tokens: [] };
  } catch {
    return null;
  }
}

function hasValue(offer: EffectiveOffer, field: TextFieldName | 'goals'): boolean {
  return field === 'goals' ? offer.goals.value.length > 0 : offer[field].value.trim() !== '';
}

/** The offer's own admin host counts as an Affise host even before the options page lists it. */
export function knownAdminHosts(offer: Offer | null, listed: readonly string[]): string[] {
  return offer && !offer.adminHost.endsWith('.affise.com')
    ? [...listed, offer.adminHost]
    : [...listed];
}

export function linkTokenOf(link: TrackingLinkFacts | null): string | null {
  return link && link.tokens.length > 0 ? link.tokens.join('_') : null;
}

/** The derivation chain: effective offer → goals with mappings → generate input → link and findings. */
export function buildModel({ offer, draft, memory, adminHosts }: BuildSources): BuildModel {
  const effective = effectiveOffer(offer, draft.manual);
  const trackingLink = trackingLinkFacts(effective.trackingUrl.value);
  const linkToken = linkTokenOf(trackingLink);
  const remembered = linkToken ? memory[linkToken] : undefined;
  const goals = mappedGoals(effective.goals.value, draft, remembered);
  const built = toGenerateInput(
    effective.trackingUrl.value,
    effective.postbackUrl.value,
    goals,
    draft,
    knownAdminHosts(offer, adminHosts),
  );
  const result = buildLinkOrReport(built.input);
  const findings = targetFindings(result.findings, built.eventGoals, built.installGoal);
  const missing = listMissing(offer).filter(
    (item) => item.required && !hasValue(effective, item.field),
  );
  return {
    effective,
    trackingLink,
    linkToken,
    remembered,
    goals,
    built,
    result,
    findings,
    missing,
  };
}
