import type { Finding } from '../core/findings';
import type { GroundedRule } from './grounded-rule';
import { SOURCES } from './sources';

/**
 * Every finding Postbridge reports about a page it reads or fills, or the data it stores: the link
 * engine's findings (input it could not take included) are in ./rules.ts, the dry run's in
 * ./dry-run-rules.ts. Each rests on a public page or a stated reason (./grounded-rule.ts). test/unit/engine/page-rules.test.ts checks both, and that no finding
 * is built with a hand-picked severity outside a catalogue.
 */
export type PageRule = GroundedRule;

const READING =
  'Postbridge reads the offer from the Affise page by its labels; Affise documents no page structure, so what the page shows is reported as found.';
const FILLING =
  'Postbridge fills the Encoding tool by its labels; Adjust documents the fields, not the page structure, so what Postbridge could not do there is reported.';
const TEACHING = 'A place the user showed Postbridge is kept per page and checked on every read.';

export const PAGE_RULES = {
  'storage.set-aside': {
    severity: 'warning',
    description: 'Stored data failed its check on load and was set aside instead of being used.',
    internal: 'Stored data written by an older or damaged version is never trusted silently.',
  },
  'affise.field-empty': {
    severity: 'warning',
    description: 'An offer field Postbridge needs (Tracking URL, postback) is empty in Affise.',
    source: SOURCES.affiseTrackingLink,
  },
  'affise.value-not-url': {
    severity: 'warning',
    description:
      'An offer field that should hold a URL holds something that is not an http(s) URL.',
    source: SOURCES.affiseTrackingLink,
  },
  'affise.amount-unreadable': {
    severity: 'info',
    description: 'A payout or revenue cell is not a single amount (a percentage or a range).',
    source: SOURCES.affisePayoutTypes,
  },
  'affise.goal-value-missing': {
    severity: 'warning',
    description: 'A payout row shows no goal value, so it cannot be mapped to an event.',
    source: SOURCES.affisePostback,
  },
  'affise.goal-value-invalid': {
    severity: 'warning',
    description:
      'A payout row’s goal value has characters Affise does not allow in a goal value (letters, digits, "_", space, "." and "-").',
    source: SOURCES.affisePostback,
  },
  'affise.goal-title-missing': {
    severity: 'info',
    description: 'A payout row shows a goal value without a title; the value stands in for it.',
    internal: READING,
  },
  'affise.goal-repeated': {
    severity: 'info',
    description:
      'The same goal appears in several payout rows (countries or filters) and is counted once.',
    internal: READING,
  },
  'affise.offer-id-mismatch': {
    severity: 'warning',
    description: 'The offer id in the address differs from the one the page shows.',
    internal: READING,
  },
  'affise.taught-lost': {
    severity: 'warning',
    description:
      'A place the user showed for an Affise field is gone; the built-in labels were used.',
    internal: TEACHING,
  },
  'affise.no-offer-on-page': {
    severity: 'info',
    description: 'The Affise page shows no single offer to read.',
    internal: READING,
  },
  'affise.read-invalid': {
    severity: 'error',
    description:
      'The offer read from the page failed Postbridge’s own checks (a page layout it misreads).',
    internal: READING,
  },
  'affise.no-offer-read': {
    severity: 'info',
    description:
      'No offer could be read for this tab (not an Affise offer page, or the read failed).',
    internal: READING,
  },
  'affise.goals-capped': {
    severity: 'warning',
    description: 'The offer has more goals than Postbridge keeps; the first ones are kept.',
    internal:
      'Postbridge bounds what it stores and shows per offer so storage and the popup stay small.',
  },
  'affise.api-goal-invalid': {
    severity: 'warning',
    description: 'A payment returned by the Affise API has a goal that is not a valid goal value.',
    source: SOURCES.affiseApiOffers,
  },
  'affise.api-offer-id-mismatch': {
    severity: 'warning',
    description: 'The Affise API answered with another offer than the one asked for.',
    source: SOURCES.affiseApiOffers,
  },
  'affise.postback-assembled': {
    severity: 'info',
    description:
      'The Affise API returns no S2S postback, so Postbridge assembled it from the admin host and the offer’s secure code.',
    source: SOURCES.affisePostback,
  },
  'fill.field-not-found': {
    severity: 'error',
    description: 'A field of Adjust’s Encoding tool was not found on the page.',
    source: SOURCES.adjustEncodingTool,
  },
  'fill.taught-lost': {
    severity: 'warning',
    description:
      'A place the user showed for an Encoding tool field is gone; the built-in labels were used.',
    internal: TEACHING,
  },
  'fill.taught-used': {
    severity: 'info',
    description: 'Places the user showed Postbridge were found and used.',
    internal: TEACHING,
  },
  'fill.output-unchanged': {
    severity: 'info',
    description: 'The Encoding tool’s “Generated URLs” did not change after filling.',
    source: SOURCES.adjustEncodingTool,
  },
  'fill.busy': {
    severity: 'error',
    description: 'Postbridge is still filling the Encoding tool on this page.',
    internal: 'Two fills at once would interleave their writes into the same fields.',
  },
  'fill.add-event-failed': {
    severity: 'error',
    description: 'Clicking the Encoding tool’s “Add event” did not add an “Event” row in time.',
    source: SOURCES.adjustEncodingTool,
  },
  'fill.no-adjust-link': {
    severity: 'error',
    description: 'There is no Adjust link to put into the Encoding tool’s “Enter your links”.',
    source: SOURCES.adjustEncodingTool,
  },
  'fill.no-link': {
    severity: 'error',
    description:
      'Postbridge built no link, so there is nothing to compare the Encoding tool’s output with.',
    internal: FILLING,
  },
  'fill.existing-callback-removed': {
    severity: 'warning',
    description:
      'The Adjust link already carries a callback Postbridge replaces; it is left out of the Encoding tool, which would append a second one.',
    source: SOURCES.adjustEncodingTool,
  },
  'fill.event-without-token': {
    severity: 'error',
    description: 'An event callback names no event token, so it cannot go into an “Event” row.',
    source: SOURCES.adjustEncodingTool,
  },
  'fill.merged-tokens-expanded': {
    severity: 'info',
    description:
      'A callback for several event tokens is written as one “Event” row per token, as the Encoding tool takes one token per row.',
    source: SOURCES.adjustEncodingTool,
  },
  'fill.activity-not-in-tool': {
    severity: 'warning',
    description: 'A callback’s activity has no field in the Encoding tool, so its output lacks it.',
    source: SOURCES.adjustEncodingTool,
  },
  'fill.several-installs': {
    severity: 'warning',
    description:
      'Several install callbacks go into the Encoding tool’s “Install” field one per line.',
    source: SOURCES.adjustEncodingTool,
  },
  'fill.branded-link': {
    severity: 'info',
    description:
      'A branded link’s callbacks need the adj_ prefix; whether the Encoding tool adds it is not documented.',
    source: SOURCES.adjustCallbacks,
  },
  'apply.not-a-link': {
    severity: 'error',
    description: 'The value to write into the Tracking URL field is not an http(s) link.',
    source: SOURCES.affiseTrackingLink,
  },
  'apply.tracking-tab-not-open': {
    severity: 'error',
    description: 'The offer’s Tracking tab, which holds the Tracking URL field, is not open.',
    source: SOURCES.affiseTrackingLink,
  },
  'apply.field-not-found': {
    severity: 'error',
    description: 'The Tracking URL field was not found on the Affise page.',
    source: SOURCES.affiseTrackingLink,
  },
  'apply.field-read-only': {
    severity: 'error',
    description: 'The Tracking URL field cannot be edited on this page.',
    internal:
      'Affise shows fields read-only to roles that cannot edit the offer; Postbridge never works around it.',
  },
  'apply.invalid-request': {
    severity: 'error',
    description: 'The request to write the Tracking URL did not carry a link.',
    internal: 'Every message between Postbridge’s parts is checked at the boundary.',
  },
  'apply.value-changed-by-page': {
    severity: 'warning',
    description: 'The Affise page changed the Tracking URL after Postbridge wrote it.',
    internal:
      'Postbridge reads the field back after writing it, since page scripts may rewrite it.',
  },
  'apply.not-saved': {
    severity: 'info',
    description: 'The link is in the Tracking URL field but the offer is not saved yet.',
    internal: 'Postbridge never presses Save: the user reviews the offer and saves it in Affise.',
  },
} as const satisfies Record<string, PageRule>;

export type PageRuleCode = keyof typeof PAGE_RULES;

/** A page, storage or input finding with the severity its catalogue entry gives. */
export function pageFinding(code: PageRuleCode, message: string, path: string): Finding {
  return { code, severity: PAGE_RULES[code].severity, message, path };
}
