import { ELEMENT_NODE, type PageNode, TEXT_NODE } from '../page/node';
import { fieldOfLabel, type PageLabel } from './page-labels';

export interface LabelMatch {
  entry: PageLabel;
  /** The element that shows the label text. */
  element: PageNode;
}

export interface LabelScan {
  matches: LabelMatch[];
  /** input/textarea/select elements by id, for `<label for=…>`. */
  controlsById: Map<string, PageNode>;
  /** Element id → the control whose `aria-labelledby` names it. */
  labelledControls: Map<string, PageNode>;
}

type TagKind = 'skip' | 'label' | 'control';

/**
 * What the walk does with an element, keyed by `nodeName` in both cases (upper case in HTML
 * documents, lower case elsewhere): one map lookup per element keeps the walk within budget.
 * Skipped: never shown as page content (`template` children are not rendered, though linkedom
 * still exposes them). Label: its whole text is a label even when split over several nodes
 * (`Tracking <b>URL</b>`). Control: indexed by id for `<label for>`.
 */
const TAG_KINDS: ReadonlyMap<string, TagKind> = new Map(
  (
    [
      ['script', 'skip'],
      ['style', 'skip'],
      ['template', 'skip'],
      ['noscript', 'skip'],
      ['svg', 'skip'],
      ['head', 'skip'],
      ['label', 'label'],
      ['th', 'label'],
      ['dt', 'label'],
      ['legend', 'label'],
      ['input', 'control'],
      ['textarea', 'control'],
      ['select', 'control'],
    ] as const
  ).flatMap(([tag, kind]) => [
    [tag, kind],
    [tag.toUpperCase(), kind],
  ]),
);
/** Raw text longer than this cannot be a label even with generous indentation around it. */
const MAX_RAW_LABEL_LENGTH = 200;
/** Text without a letter (amounts, dates, ids) is never a label: skipped before any matching. */
const HAS_LETTER = /[^\d\s.,:;$€£%#/+*()-]/;

function labelFor(text: string | null): PageLabel | undefined {
  if (text === null || text.length > MAX_RAW_LABEL_LENGTH || !HAS_LETTER.test(text))
    return undefined;
  return fieldOfLabel(text);
}

/**
 * A control that names its own field: `aria-label`, else `placeholder`. The control is its own
 * value, so the match's element is the control.
 */
function controlLabel(node: PageNode): PageLabel | undefined {
  return labelFor(node.getAttribute?.('aria-label') ?? node.getAttribute?.('placeholder') ?? null);
}

/**
 * One pass over the page: every element that shows one of the PAGE_LABELS texts, in document
 * order, counted once even when the text sits in a nested span.
 */
export function findLabels(root: PageNode): LabelScan {
  const matches: LabelMatch[] = [];
  const controlsById = new Map<string, PageNode>();
  const labelledControls = new Map<string, PageNode>();
  const visit = (node: PageNode, insideLabel: boolean): void => {
    const type = node.nodeType;
    if (type === TEXT_NODE) {
      if (insideLabel) return;
      const entry = labelFor(node.textContent);
      if (entry && node.parentNode) matches.push({ entry, element: node.parentNode });
      return;
    }
    let inside = insideLabel;
    if (type === ELEMENT_NODE) {
      const kind = TAG_KINDS.get(node.nodeName);
      if (kind === 'skip') return;
      if (kind === 'control') {
        const id = node.getAttribute?.('id');
        if (id) controlsById.set(id, node);
        for (const labelId of node.getAttribute?.('aria-labelledby')?.split(/\s+/) ?? []) {
          if (labelId !== '') labelledControls.set(labelId, node);
        }
        const entry = controlLabel(node);
        if (entry) matches.push({ entry, element: node });
      } else if (kind === 'label' && !insideLabel) {
        const entry = labelFor(node.textContent);
        if (entry) {
          matches.push({ entry, element: node });
          inside = true;
        }
      }
    }
    const children = node.childNodes;
    for (let i = 0, n = children.length; i < n; i++) {
      const child = children[i];
      if (child) visit(child, inside);
    }
  };
  visit(root, false);
  return { matches, controlsById, labelledControls };
}

/** How many label elements of each field the page shows (what page-labels.ts promises per fixture). */
export function countLabelMatches(root: PageNode): Record<PageLabel['field'], number> {
  const counts: Record<PageLabel['field'], number> = {
    offerId: 0,
    title: 0,
    trackingUrl: 0,
    postbackUrl: 0,
    goalValue: 0,
    goalTitle: 0,
    revenue: 0,
    payout: 0,
    currency: 0,
  };
  for (const match of findLabels(root).matches) counts[match.entry.field] += 1;
  return counts;
}
