import { pageFinding } from '../catalog/page-rules';
import type { Finding } from '../core/findings';
import type { PageNode } from '../page/node';
import { teachableField } from '../teach/teachable-fields';
import { decodeOnce, findParam, parseQuery } from '../url/query';
import { splitUrl } from '../url/split-url';
import { hostnameOf, networkOf } from './admin-host';
import { capGoals, dedupeGoals } from './dedupe-goals';
import {
  CurrencySchema,
  type Goal,
  GoalSchema,
  GoalValueSchema,
  HttpUrlSchema,
  type OfferFields,
  OfferIdSchema,
  type OfferRead,
  OfferReadSchema,
} from './offer';
import type { OfferPageScan } from './offer-page-scan';
import { parseAmount } from './parse-amount';
import type { TaughtReaderLocators } from './read-taught-fields';
import { scanOfferPage } from './scan-offer-page';

export interface OfferPageResult {
  /** What the page shows of one offer; null when it shows no offer (a list, another section). */
  read: OfferRead | null;
  findings: Finding[];
}

export interface ReadOfferPageInput {
  /** The page's address (`location.href`): it gives the admin host and usually the offer id. */
  url: string;
  /** When the page was read, as an ISO timestamp (passed in so the reader stays pure). */
  readAt: string;
  /** Where users showed Postbridge this host's fields (tried before the built-in labels). */
  taught?: TaughtReaderLocators;
}

const collapse = (value: string) => value.replace(/\s+/g, ' ').trim();

const FIELD_NAMES: Record<'trackingUrl' | 'postbackUrl', { label: string; where: string }> = {
  trackingUrl: { label: 'Tracking URL', where: 'the Tracking tab' },
  postbackUrl: { label: 'S2S (Postback)', where: 'the Postbacks tab → Integration pixels' },
};

function readUrlField(
  name: 'trackingUrl' | 'postbackUrl',
  shown: string | null,
  findings: Finding[],
): string | undefined {
  if (shown === null) return undefined;
  const { label, where } = FIELD_NAMES[name];
  const value = shown.trim();
  if (value === '') {
    findings.push(
      pageFinding(
        'affise.field-empty',
        `The "${label}" field on ${where} is empty. Fill it in Affise and reload, or paste the value into Postbridge.`,
        name,
      ),
    );
    return undefined;
  }
  if (!HttpUrlSchema.safeParse(value).success || /\s/.test(value)) {
    findings.push(
      pageFinding(
        'affise.value-not-url',
        `The "${label}" field on ${where} shows "${value.slice(0, 120)}", which is not an http(s) URL, so Postbridge did not keep it. Correct it in Affise or paste the right URL.`,
        name,
      ),
    );
    return undefined;
  }
  return value;
}

function secureCodeOf(postbackUrl: string): string | undefined {
  const secure = findParam(parseQuery(splitUrl(postbackUrl)?.query ?? null), 'secure');
  const value = secure?.value ? decodeOnce(secure.value).trim() : '';
  // `secure={secure}` is a template placeholder, not the code.
  return value === '' || /^\{.*\}$/.test(value) ? undefined : value;
}

function readAmount(
  shown: string | undefined,
  what: 'revenue' | 'payout',
  row: number,
  findings: Finding[],
): { amount?: number; currency?: string } {
  if (shown === undefined || collapse(shown) === '') return {};
  const parsed = parseAmount(shown);
  if (parsed) return parsed;
  findings.push(
    pageFinding(
      'affise.amount-unreadable',
      `Payout row ${row + 1}: the ${what} "${collapse(shown)}" is not a single amount (a percentage or a range?), so it was left out. The goal itself was read.`,
      `goals[${row}].${what}`,
    ),
  );
  return {};
}

type ScannedRow = NonNullable<OfferPageScan['payoutRows']>[number];

/**
 * A row that shows a goal title or amounts but no goal value cannot become a goal (the value is
 * what Affise matches postbacks on): said per row, never dropped silently.
 */
function reportRowWithoutValue(raw: ScannedRow, row: number, findings: Finding[]): void {
  const title = collapse(raw.goalTitle ?? '');
  const shown = title !== '' || collapse(raw.revenue ?? raw.payout ?? '') !== '';
  if (!shown) return;
  findings.push(
    pageFinding(
      'affise.goal-value-missing',
      `Payout row ${row + 1}${title === '' ? '' : ` (“${title}”)`} shows no goal value, so Postbridge left it out. Add the goal in the popup's goal table, or use "Show me where it is" for the goal value.`,
      `goals[${row}].value`,
    ),
  );
}

function readGoal(raw: ScannedRow, row: number, findings: Finding[]): Goal | null {
  const value = collapse(raw.goalValue ?? '');
  if (value === '') {
    reportRowWithoutValue(raw, row, findings);
    return null;
  }
  if (!GoalValueSchema.safeParse(value).success) {
    findings.push(
      pageFinding(
        'affise.goal-value-invalid',
        `Payout row ${row + 1}: the goal value "${value}" has characters Affise does not allow in a goal value (letters, digits, "_", space, "." and "-" only), so the row was skipped. Check the Payouts tab.`,
        `goals[${row}].value`,
      ),
    );
    return null;
  }
  const revenue = readAmount(raw.revenue, 'revenue', row, findings);
  const payout = readAmount(raw.payout, 'payout', row, findings);
  const currencyText = collapse(raw.currency ?? '').toUpperCase();
  const currency = CurrencySchema.safeParse(currencyText).success
    ? currencyText
    : (revenue.currency ?? payout.currency);
  const goal = GoalSchema.safeParse({
    value,
    title: collapse(raw.goalTitle ?? ''),
    ...(revenue.amount === undefined ? {} : { revenue: revenue.amount }),
    ...(payout.amount === undefined ? {} : { payout: payout.amount }),
    ...(currency ? { currency } : {}),
  });
  return goal.success ? goal.data : null;
}

/** Titles shown on some rows but not on others: each untitled row is named, its goal kept. */
function reportMissingTitles(rows: readonly ScannedRow[], findings: Finding[]): void {
  const titled = rows.filter((raw) => collapse(raw.goalTitle ?? '') !== '').length;
  if (titled === 0) return;
  rows.forEach((raw, row) => {
    const value = collapse(raw.goalValue ?? '');
    if (value === '' || collapse(raw.goalTitle ?? '') !== '') return;
    findings.push(
      pageFinding(
        'affise.goal-title-missing',
        `Payout row ${row + 1} shows goal “${value}” without a title; it is kept under its value. Type a title in the popup if you need one.`,
        `goals[${row}].title`,
      ),
    );
  });
}

function readGoals(rows: readonly ScannedRow[], findings: Finding[]): Goal[] {
  const goals = rows.flatMap((raw, row) => {
    const goal = readGoal(raw, row, findings);
    return goal ? [goal] : [];
  });
  reportMissingTitles(rows, findings);
  const { goals: distinct, repeated } = dedupeGoals(goals);
  const { goals: unique, finding } = capGoals(distinct);
  if (finding) findings.push(finding);
  for (const value of repeated) {
    findings.push(
      pageFinding(
        'affise.goal-repeated',
        `Goal "${value}" appears in several payout rows (other countries or filters); it is counted once, with the amounts of its first row.`,
        'goals',
      ),
    );
  }
  return unique;
}

function readOfferId(scan: OfferPageScan, findings: Finding[]): string | null {
  const fromUrl = scan.offerIdInUrl;
  const fromPage = collapse(scan.shownOfferId ?? '').replace(/^#/, '');
  const pageId = OfferIdSchema.safeParse(fromPage).success ? fromPage : null;
  if (fromUrl && pageId && fromUrl !== pageId) {
    findings.push(
      pageFinding(
        'affise.offer-id-mismatch',
        `The address names offer ${fromUrl} but the page shows ID ${pageId}; Postbridge used ${fromUrl}. Reload the page if you switched offers.`,
        'offerId',
      ),
    );
  }
  return fromUrl ?? pageId;
}

/** A taught place that no longer fits the page is said, never silently skipped. */
function reportLostTaught(scan: OfferPageScan, findings: Finding[]): void {
  for (const field of scan.taught?.lost ?? []) {
    const name = teachableField(`affise.${field}`)?.name ?? field;
    findings.push(
      pageFinding(
        'affise.taught-lost',
        `The place you showed Postbridge for “${name}” is no longer on this page (or now fits several places), so the built-in labels were used. Show it again with “Show me where it is”.`,
        field,
      ),
    );
  }
}

/**
 * Turns what a page showed into offer fields: values that are not what their label promises are
 * reported as findings and left out, never stored.
 */
export function interpretOfferScan(scan: OfferPageScan, readAt: string): OfferPageResult {
  const findings: Finding[] = [];
  const offerId = readOfferId(scan, findings);
  const host = hostnameOf(splitUrl(scan.url)?.host ?? '');
  if (!offerId || host === '') {
    findings.push(
      pageFinding(
        'affise.no-offer-on-page',
        'This page shows no single Affise offer. Open an offer’s edit page (Offers → an offer → Edit offer) to read it.',
        'offerId',
      ),
    );
    return { read: null, findings };
  }
  const stamp = { source: 'page', readAt } as const;
  const fields: OfferFields = {};
  const title = collapse(scan.title ?? '');
  if (title !== '') fields.title = { value: title, ...stamp };
  const trackingUrl = readUrlField('trackingUrl', scan.trackingUrl, findings);
  if (trackingUrl) fields.trackingUrl = { value: trackingUrl, ...stamp };
  const postbackUrl = readUrlField('postbackUrl', scan.postbackUrl, findings);
  if (postbackUrl) fields.postbackUrl = { value: postbackUrl, ...stamp };
  const secureCode = collapse(scan.secureCode ?? '') || (postbackUrl && secureCodeOf(postbackUrl));
  if (secureCode) fields.secureCode = { value: secureCode.slice(0, 256), ...stamp };
  reportLostTaught(scan, findings);
  if (scan.payoutRows) {
    const goals = readGoals(scan.payoutRows, findings);
    if (goals.length > 0) fields.goals = { value: goals, ...stamp };
  }
  const read = OfferReadSchema.safeParse({
    network: networkOf(host),
    offerId,
    adminHost: host,
    fields,
  });
  if (!read.success) {
    findings.push(
      pageFinding(
        'affise.read-invalid',
        `Postbridge read this offer but the result failed its own checks (${read.error.issues[0]?.message ?? 'unknown'}). Please report this page layout.`,
        'offer',
      ),
    );
    return { read: null, findings };
  }
  return { read: read.data, findings };
}

/**
 * Reads what an Affise offer page shows: offer id and title, Tracking URL, S2S postback (and its
 * secure code) and the payout goals, validated. The extension runs the two halves apart (scan in
 * the page, interpretation in the background); tests and the CLI run them together here.
 */
export function readOfferPage(root: PageNode, input: ReadOfferPageInput): OfferPageResult {
  return interpretOfferScan(scanOfferPage(root, input.url, input.taught), input.readAt);
}
