import { listMissing, type Offer, type OfferFieldName } from '@/lib/affise/offer';
import type { Finding } from '@/lib/core/findings';
import {
  type FillerField,
  type ReaderField,
  TEACHABLE_FIELDS,
  type TeachableField,
  type TeachSite,
} from '@/lib/teach/teachable-fields';

/** The reader field to teach when an offer field is missing ("goals": its goal value column). */
const READER_FIELD_OF: Record<OfferFieldName, ReaderField> = {
  title: 'title',
  trackingUrl: 'trackingUrl',
  postbackUrl: 'postbackUrl',
  goals: 'goalValue',
  secureCode: 'secureCode',
};

/** Reader fields the last read of this offer did not find, in catalogue order. */
export function missingReaderFields(offer: Offer | null): TeachableField[] {
  if (!offer) return ['affise.offerId', 'affise.trackingUrl'];
  return listMissing(offer).map((item) => `affise.${READER_FIELD_OF[item.field]}` as const);
}

/** Finding paths of the filler's "field not found" errors → the fields to teach. */
const FILLER_FIELD_OF: Record<string, FillerField[]> = {
  links: ['links'],
  install: ['install'],
  events: ['eventToken', 'eventCallback', 'addEvent'],
  generated: ['generated'],
};

export function fillerFieldsToTeach(findings: readonly Finding[]): TeachableField[] {
  const fields = findings
    .filter((f) => f.code === 'fill.field-not-found' || f.code === 'fill.taught-lost')
    .flatMap(
      (f) =>
        FILLER_FIELD_OF[f.path] ?? (f.code === 'fill.taught-lost' ? [f.path as FillerField] : []),
    );
  return [...new Set(fields)].map((field) => `adjust.${field}` as const);
}

export function fieldsOfSite(site: TeachSite) {
  return TEACHABLE_FIELDS.filter((info) => info.site === site);
}
