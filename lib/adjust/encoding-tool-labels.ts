import { indexLabels, type LabelIndex, labelKeysIn } from '../page/label-words';

/**
 * Everything Postbridge knows about the layout of Adjust's partner Encoding tool
 * (https://help.adjust.com/en/partner/encoding-tool), as data. The content script finds each field
 * by the visible text of its label, never by generated class names, so a redesign that keeps the
 * words keeps working, and a redesign that changes them fails with a message naming the field.
 *
 * Two generations of wording are known: the labels the Affise integration article shows
 * (seeds/affise-adjust-integration.txt: "Enter your links", "Your Callbacks" → "Install" and
 * "Event", "Generated URLs") and the step titles of today's help-centre page ("1. Add your
 * client’s Adjust links", "2. Add your callback URLs", "3. Copy and share your final Adjust links").
 * Both are listed; labels are compared after `normalizeLabel`.
 *
 * Assumed, not confirmed by any public page (the tool renders in the browser and its markup is not
 * documented): one multi-line links field, one "Install" field, event rows each holding an event
 * token input and a callback URL input, a button that adds event rows, and a read-only output with
 * one generated link per line. The fixtures in test/fixtures/adjust/ are built on these assumptions.
 */
export const encodingToolLabels = {
  /** Step 1: the advertiser's links, one per line. */
  links: [
    'Enter your links',
    'Add your client’s Adjust links',
    'Your Adjust links',
    'Adjust links',
  ],
  /** Step 2 section titles: only used in messages that say where a field should have been. */
  callbacksSection: ['Your Callbacks', 'Add your callback URLs'],
  install: ['Install', 'Install callback', 'Install callback URL'],
  /** The label every event row carries, when rows are labelled as a whole. */
  eventRow: ['Event', 'Event callback'],
  /** Accessible name of the token input of an event row. */
  eventToken: ['Event token', 'Token'],
  /** Accessible name of the callback URL input of an event row. */
  eventCallback: ['Callback URL', 'Event callback URL', 'Callback', 'Event callback'],
  addEvent: ['Add event', 'Add another event', 'Add event callback', 'Add an event'],
  /** Step 3: the output, one generated link per line. */
  generated: [
    'Generated URLs',
    'Copy and share your final Adjust links',
    'Your final Adjust links',
  ],
} as const satisfies Record<string, readonly string[]>;

export type EncodingToolLabelKey = keyof typeof encodingToolLabels;

export { encodingToolFieldNames } from './encoding-tool-field-names';

/** Pages the content script runs on (see entrypoints/adjust.content.ts). */
export const ENCODING_TOOL_URL = 'https://help.adjust.com/en/partner/encoding-tool';

/** How many matches each part must find in each committed fixture (test/fixtures/adjust/). */
export interface EncodingToolFixtureCounts {
  links: number;
  install: number;
  eventRows: number;
  addEvent: number;
  generated: number;
}

export const encodingToolFixtureCounts: Record<string, EncodingToolFixtureCounts> = {
  'encoding-tool.html': { links: 1, install: 1, eventRows: 1, addEvent: 1, generated: 1 },
  'encoding-tool-controlled.html': {
    links: 1,
    install: 1,
    eventRows: 1,
    addEvent: 1,
    generated: 1,
  },
  // Every label renamed: found only once a user taught each field.
  'encoding-tool-renamed.html': { links: 0, install: 0, eventRows: 0, addEvent: 0, generated: 0 },
};

const STEP_NUMBER = /^(?:step\s*)?\d+\s*[.):]\s*/;
const DECORATION = /^[\s+*•›>-]+|[\s:*•]+$/g;

/**
 * Label text as compared: case folded, whitespace collapsed, typographic apostrophes made plain,
 * a leading step number ("1. ", "Step 2:") and decorations ("+ Add event", "Install *:") dropped.
 */
export function normalizeLabel(text: string): string {
  return text
    .replace(/[’‘`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(STEP_NUMBER, '')
    .replace(DECORATION, '');
}

/**
 * Words that may stand before a label without changing what it names: step numbers and framing
 * ("Step 2 – your install callback"). Anything else might ("Rejected install" is another field).
 */
const NEUTRAL_PREFIX_WORDS = [
  'step',
  'your',
  'the',
  'enter',
  'adjust',
  'partner',
  'final',
  '1',
  '2',
  '3',
  '4',
];

const LABEL_LISTS: readonly (readonly string[])[] = Object.values(encodingToolLabels);
const LABEL_WORD_INDEX: LabelIndex<readonly string[]> = indexLabels(
  LABEL_LISTS.flatMap((labels) => labels.map((label) => [labels, label] as const)),
  new Map(LABEL_LISTS.map((labels) => [labels, NEUTRAL_PREFIX_WORDS])),
);

/**
 * Whether `text` shows one of `labels`: exactly (after `normalizeLabel`), or, for the lists in
 * `encodingToolLabels`, with qualifier words around it ("Install callback URL (optional)") as long
 * as no other list's label fits the text better (lib/page/label-words.ts).
 */
export function matchesLabel(text: string | null | undefined, labels: readonly string[]): boolean {
  if (!text) return false;
  const normalized = normalizeLabel(text);
  if (normalized === '') return false;
  if (labels.some((label) => normalizeLabel(label) === normalized)) return true;
  return labelKeysIn(text, LABEL_WORD_INDEX).includes(labels);
}
