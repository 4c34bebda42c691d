/**
 * Failures of the page actions and of the background, said plainly: no request names, tab ids or
 * browser error texts (those go behind "Details"). Codes come from utils/tab-messaging.ts, the
 * content scripts and utils/adjust-fill-handlers.ts.
 */
export type PageAction = 'fill' | 'apply' | 'read';

const SAID: Record<PageAction, Record<string, string>> = {
  fill: {
    'field-not-found': 'This tab is not Adjust’s Encoding tool.',
    'not-running': 'This tab is not Adjust’s Encoding tool, or it needs reloading.',
    'plan-failed': 'The link has errors that stop the fill: fix them above, then fill again.',
    'add-event-failed':
      'Adjust’s page did not add the event rows: add them there by hand and fill again.',
    busy: 'Postbridge is still filling Adjust’s tool: wait a moment.',
    'load-timeout': 'Adjust’s Encoding tool did not load: check your connection and try again.',
  },
  apply: {
    'tracking-tab-not-open': 'Open the offer’s Tracking tab in Affise, then apply again.',
    'field-not-found':
      'This tab is not an Affise offer: open the offer in Affise (Offers → the offer → Edit).',
    'not-running': 'Postbridge cannot reach this Affise page: reload it and apply again.',
    'field-read-only':
      'The Tracking URL field is read-only for your Affise role: copy the link and ask someone who can edit the offer.',
    'not-a-link': 'There is no link to apply yet: fix the errors above first.',
  },
  read: {},
};

const FALLBACK: Record<PageAction, string> = {
  fill: 'Postbridge could not fill Adjust’s tool: reload that tab and try again.',
  apply: 'Postbridge could not write into the Affise page: reload it and try again.',
  read: 'Postbridge could not read this tab: reload the page and try again.',
};

export function plainFailure(action: PageAction, code: string): string {
  return SAID[action][code] ?? FALLBACK[action];
}
