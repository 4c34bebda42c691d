import type { EncodingToolLabelKey } from './encoding-tool-labels';

/**
 * What a user calls each part of Adjust's Encoding tool in messages and on buttons. Apart from the
 * label lists (encoding-tool-labels.ts) so the popup can name fields without loading them.
 */
export const encodingToolFieldNames: Record<EncodingToolLabelKey, string> = {
  links: '“Enter your links” (step 1)',
  callbacksSection: '“Your Callbacks” (step 2)',
  install: '“Install” callback (step 2)',
  eventRow: '“Event” rows (step 2)',
  eventToken: 'event token of an “Event” row',
  eventCallback: 'callback URL of an “Event” row',
  addEvent: '“Add event” button',
  generated: '“Generated URLs” (step 3)',
};
