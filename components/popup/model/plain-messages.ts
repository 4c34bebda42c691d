import type { RuleCode } from '@/lib/catalog/rule-severities';
import type { Finding } from '@/lib/core/findings';

/**
 * What the popup says about each finding, in one plain sentence for an account manager: what is
 * wrong and what to do. The engine's own message (with values and paths), its code and the rule's
 * catalogue text stay behind "Details" (FindingList). Keyed by the codes of lib/catalog/rules.ts;
 * test/unit/popup/words-and-tabs.test.ts fails when a code has no sentence here (until then the
 * engine's message is shown, so a new rule never leaves a finding without words).
 */
export const PLAIN_MESSAGES: Partial<Record<RuleCode, string>> = {
  'input-invalid': 'A value is too long or malformed to be read: shorten or paste it again.',
  'adjust-link-invalid':
    'This is not a whole link: paste the offer’s Tracking URL again, starting with https://.',
  'adjust-link-encoded':
    'The Adjust link itself is encoded (it starts with https%3A): paste it as a plain link.',
  'not-adjust-link':
    'This is not an Adjust link: paste the advertiser’s Adjust link (app.adjust.com/…) as the Tracking URL.',
  'link-token-malformed':
    'The Adjust link’s token looks wrong: copy the whole link again from the advertiser.',
  'link-kind-mismatch':
    'The link kind you chose does not match the link: let Postbridge detect it.',
  'link-kind-custom-domain':
    'This branded link gets callbacks named adj_…, as Adjust expects for branded links.',
  's2s-link-without-s2s': 'Links on s2s.adjust.com need s2s=1: add it to the Adjust link.',
  'link-has-callbacks':
    'The Adjust link already has callbacks: Postbridge replaces them, or remove the old ones.',
  'link-other-callbacks': 'The link has callbacks for other activities; Postbridge keeps them.',
  'link-no-query-mark':
    'The Adjust link has no ? before its parameters, so Adjust reads none of them: copy the link again.',
  'link-short':
    'This is a short branded link, which cannot be read offline: use the long Adjust link if you have it.',
  'link-param-not-encoded':
    'A web address inside the Adjust link is not encoded, so part of it may be lost: encode that value.',
  'link-param-cut':
    'A web address inside the Adjust link is not encoded and is cut at its first &: encode that value.',
  'link-second-question-mark':
    'The Adjust link has a second ?, which hides the parameters after it: replace it with &.',
  'callback-not-encoded-intact':
    'A callback in the link is not encoded; it still works, but let Postbridge encode it to be safe.',
  'callback-invalid':
    'A callback in the link is not a web address, so Adjust cannot call it: check it with the advertiser.',
  'callback-not-affise':
    'This callback goes to another server, not to Affise: only Adjust’s own checks apply to it.',
  'callback-param-template':
    'A callback name still holds a {placeholder}, so Adjust never fires it: put the real event token in.',
  'callback-no-query-mark':
    'A callback address has no ? before its parameters, so its server cannot read them: add the ?.',
  'callback-bad-escape':
    'A callback has a broken % code, so Adjust cannot decode it: fix or remove the stray %.',
  'callback-param-swallowed':
    'Two callback parameters are run together without &, so one is lost: add the missing &.',
  'postback-invalid':
    'This is not a whole postback URL: copy it again from Affise (Offer edit → Postbacks), starting with https://.',
  'double-encoding':
    'This postback is encoded twice, so Adjust would call a broken address: decode it once.',
  'callback-not-encoded':
    'A callback in the link is not encoded, so the link breaks apart: let Postbridge build the callbacks.',
  'callback-duplicate': 'The link has the same callback twice: remove one of them.',
  'affise-macro-encoded':
    'An Affise macro is encoded (%7B…%7D), so Affise will never fill it: write it with plain braces.',
  'adjust-placeholder-raw':
    'An Adjust placeholder in the link is not encoded: let Postbridge build the callbacks.',
  'postback-tracking-domain':
    'The postback goes to a tracking domain: use the admin domain (offers-<network>.affise.com) instead.',
  'postback-not-affise':
    'The postback does not go to Affise: check it, or add your custom Affise domain in the options.',
  'postback-path': 'Affise receives postbacks on /postback only: fix the path of the postback URL.',
  'postback-no-clickid':
    'The postback has no clickid, so Affise cannot match conversions to clicks: add clickid={clickid}.',
  'postback-clickid-not-macro':
    'clickid holds a fixed value, so every conversion would go to one click: use {clickid}.',
  'postback-probabilistic':
    'Without a click id Affise matches conversions only by offer and affiliate.',
  'postback-http': 'The postback uses http: switch to https.',
  'callback-ip-host': 'Adjust does not call an IP address: use the Affise domain name.',
  'secure-visible': 'The secure code is part of the link, so anyone who sees the link sees it.',
  'template-placeholder':
    'The postback still has a placeholder that nobody fills: replace it with an Adjust value or remove it.',
  'macro-unknown': 'Neither Affise nor Adjust fills this {macro}: check its spelling.',
  'macro-shared': 'Both Affise and Adjust know this macro: choose which one fills it.',
  'status-invalid': 'This status is not one Affise knows: use 1, 2, 3 or 5.',
  'goal-replaced': 'Each callback sends its own goal in place of the postback’s goal.',
  'event-token-format': 'Adjust event tokens are lowercase: use lowercase.',
  'event-token-length':
    'This event token does not have 6 characters, so it can never fire: copy it again from Adjust.',
  'event-token-invalid':
    'This event token has characters Adjust tokens never have: copy it again from Adjust.',
  'event-token-duplicate':
    'Two goals have the same event token: give each goal its own token, or leave one out.',
  'goal-without-token': 'Type the Adjust event token for this goal, or leave the goal out.',
  'goal-value-invalid':
    'This goal value is empty or has characters Affise does not allow: copy it from the offer’s Payouts tab.',
  'goal-case-conflict': 'Two goal values differ only in capitals: Affise cannot tell them apart.',
  'install-goal-as-event':
    'The install goal is also an event, so Affise would count it twice: map it once.',
  'event-callback-without-goal':
    'An event callback has no goal, so Affise counts it as an install: let Postbridge rebuild it.',
  'no-callbacks': 'Choose the install goal or type an event token, or the link reports nothing.',
};

/** Values of the offer the sentences depend on. */
export interface PlainContext {
  trackingUrl: string;
  postbackUrl: string;
}

/** An empty field is a step not done yet, said as what to do. */
const EMPTY_FIELD: Partial<Record<string, { field: keyof PlainContext; text: string }>> = {
  'adjust-link-invalid': {
    field: 'trackingUrl',
    text: 'Paste the offer’s Tracking URL (the advertiser’s Adjust link), or read it from the Affise offer page.',
  },
  'postback-invalid': {
    field: 'postbackUrl',
    text: 'Paste the offer’s postback (Affise: Offer edit → Postbacks → S2S), or read it from the Affise offer page.',
  },
};

/** True when the finding only says a field is still empty. */
export function isEmptyFieldFinding(finding: Finding, context: PlainContext): boolean {
  const empty = EMPTY_FIELD[finding.code];
  return empty !== undefined && context[empty.field].trim() === '';
}

export function plainMessage(finding: Finding, context: PlainContext): string {
  const empty = EMPTY_FIELD[finding.code];
  if (empty && context[empty.field].trim() === '') return empty.text;
  return (PLAIN_MESSAGES as Record<string, string | undefined>)[finding.code] ?? finding.message;
}
