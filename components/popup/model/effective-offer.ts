import type { FieldSource, Goal, Offer } from '@/lib/affise/offer';
import type { DraftGoal, ManualFields } from '@/utils/popup-state';

/** A field as the popup uses it: the typed value if there is one, else what was read. */
export interface EffectiveField<T> {
  value: T;
  /** null: nothing read and nothing typed. */
  source: FieldSource | null;
  /** What the page or API gave, kept so a manual value can be reset to it. */
  read: T | null;
}

export type TextFieldName = 'title' | 'trackingUrl' | 'postbackUrl' | 'secureCode';

export interface EffectiveOffer {
  title: EffectiveField<string>;
  trackingUrl: EffectiveField<string>;
  postbackUrl: EffectiveField<string>;
  secureCode: EffectiveField<string>;
  goals: EffectiveField<DraftGoal[]>;
  /** Read goals with revenue and payout, for the dry run. */
  readGoals: Goal[];
}

function text(
  manual: string | undefined,
  read: { value: string; source: FieldSource } | undefined,
): EffectiveField<string> {
  if (manual !== undefined) return { value: manual, source: 'manual', read: read?.value ?? null };
  if (read) return { value: read.value, source: read.source, read: read.value };
  return { value: '', source: null, read: null };
}

export function effectiveOffer(offer: Offer | null, manual: ManualFields): EffectiveOffer {
  const fields = offer?.fields ?? {};
  const readGoals = fields.goals?.value ?? [];
  const readGoalRows = fields.goals
    ? readGoals.map((g) => ({ value: g.value, title: g.title }))
    : null;
  const goals: EffectiveField<DraftGoal[]> =
    manual.goals !== undefined
      ? { value: manual.goals, source: 'manual', read: readGoalRows }
      : fields.goals
        ? { value: readGoalRows ?? [], source: fields.goals.source, read: readGoalRows }
        : { value: [], source: null, read: null };
  return {
    title: text(manual.title, fields.title),
    trackingUrl: text(manual.trackingUrl, fields.trackingUrl),
    postbackUrl: text(manual.postbackUrl, fields.postbackUrl),
    secureCode: text(manual.secureCode, fields.secureCode),
    goals,
    readGoals,
  };
}
