import { listMissing, type MissingField, type Offer } from '@/lib/affise/offer';
import { buildLinkOrReport } from '@/lib/link/build-link';
import { inspectLink } from '@/lib/link/inspect-link';
import type { GenerateResult, LinkInspection } from '@/lib/link/schemas';
import type { AppTokens, Draft, TokenMemory } from '@/utils/popup-state';
import { type EffectiveOffer, effectiveOffer, type TextFieldName } from './effective-offer';
import { type TargetedFinding, targetFindings } from './finding-targets';
import { type BuiltInput, type MappedGoal, mappedGoals, toGenerateInput } from './generate-input';

/** Everything the Build tab shows, derived from the offer, the draft and the token memory. */
export interface BuildModel {
  effective: EffectiveOffer;
  inspection: LinkInspection | null;
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

export function safeInspect(link: string): LinkInspection | null {
  if (link.trim() === '') return null;
  try {
    return inspectLink(link);
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

export function linkTokenOf(inspection: LinkInspection | null): string | null {
  return inspection && inspection.tokens.length > 0 ? inspection.tokens.join('_') : null;
}

/** The derivation chain: effective offer → goals with mappings → generate input → link and findings. */
export function buildModel({ offer, draft, memory, adminHosts }: BuildSources): BuildModel {
  const effective = effectiveOffer(offer, draft.manual);
  const inspection = safeInspect(effective.trackingUrl.value);
  const linkToken = linkTokenOf(inspection);
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
  return { effective, inspection, linkToken, remembered, goals, built, result, findings, missing };
}
