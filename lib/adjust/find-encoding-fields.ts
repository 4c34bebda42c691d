import { pageFinding } from '../catalog/page-rules';
import type { Finding } from '../core/findings';
import {
  accessibleNames,
  contains,
  findControlNear,
  isButton,
  isOutputElement,
  isTextControl,
  textOf,
  walkElements,
} from '../page/find-control';
import { childrenText, isElement, type PageNode, TEXT_NODE, tagName } from '../page/node';
import {
  type EncodingToolFixtureCounts,
  type EncodingToolLabelKey,
  encodingToolFieldNames,
  encodingToolLabels,
  matchesLabel,
} from './encoding-tool-labels';
import { ENCODING_TOOL_URL } from './encoding-tool-origin';
import type { EncodingFillPlan } from './plan-encoding-fill';

export interface EventRowNodes {
  /** The element holding one event's token and callback inputs. */
  row: PageNode;
  token: PageNode;
  callback: PageNode;
}

/** Every part of the Encoding tool found on a page, in document order; more than one means ambiguity. */
export interface EncodingFields {
  links: PageNode[];
  install: PageNode[];
  eventRows: EventRowNodes[];
  addEvent: PageNode[];
  generated: PageNode[];
}

const MAX_LABEL_TEXT = 120;
/** How far up from an event token input its row may be: input → wrapper → row → rows list. */
const MAX_ROW_CLIMB = 4;
const LABEL_KEYS = Object.keys(encodingToolLabels) as EncodingToolLabelKey[];

interface Scan {
  elements: PageNode[];
  byId: Map<string, PageNode>;
  labelsFor: Map<string, PageNode[]>;
  labels: Map<EncodingToolLabelKey, PageNode[]>;
  /** Label elements and their ancestors: a search for one field stops on reaching another. */
  labelAncestors: Map<PageNode, Set<EncodingToolLabelKey>>;
}

function keysFor(text: string | null): EncodingToolLabelKey[] {
  if (text === null || text.length > MAX_LABEL_TEXT) return [];
  return LABEL_KEYS.filter((key) => matchesLabel(text, encodingToolLabels[key]));
}

/**
 * Label keys an element shows as its whole visible text (`3. Generated <b>URLs</b>` counts).
 * The raw length check first keeps this cheap on large pages: long text is never a label.
 */
function ownTextKeys(node: PageNode): EncodingToolLabelKey[] {
  const raw = node.textContent ?? '';
  if (raw.length > MAX_LABEL_TEXT * 2 || raw.trim() === '') return [];
  return keysFor(textOf(node));
}

function scan(root: PageNode, isVisible?: (node: PageNode) => boolean): Scan {
  const elements: PageNode[] = [];
  const byId = new Map<string, PageNode>();
  const labelsFor = new Map<string, PageNode[]>();
  const labels = new Map<EncodingToolLabelKey, PageNode[]>();
  walkElements(
    root,
    (node) => {
      elements.push(node);
      const id = node.getAttribute?.('id');
      if (id && !byId.has(id)) byId.set(id, node);
      if (tagName(node) === 'label') {
        const target = node.getAttribute?.('for');
        if (target) labelsFor.set(target, [...(labelsFor.get(target) ?? []), node]);
      }
      for (const key of ownTextKeys(node)) labels.set(key, [...(labels.get(key) ?? []), node]);
    },
    isVisible,
  );
  // `<label><span>Install</span></label>` matches twice: keep the innermost element only.
  for (const [key, nodes] of labels) {
    labels.set(
      key,
      nodes.filter((node) => !nodes.some((other) => other !== node && contains(node, other))),
    );
  }
  const labelAncestors = new Map<PageNode, Set<EncodingToolLabelKey>>();
  for (const [key, nodes] of labels) {
    for (const node of nodes) {
      for (
        let current: PageNode | null = node;
        current && current !== root;
        current = current.parentNode
      ) {
        const set = labelAncestors.get(current) ?? new Set();
        set.add(key);
        labelAncestors.set(current, set);
      }
    }
  }
  return { elements, byId, labelsFor, labels, labelAncestors };
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

function controlsNamed(
  s: Scan,
  key: EncodingToolLabelKey,
  accept: (node: PageNode) => boolean,
): PageNode[] {
  return s.elements.filter(
    (node) =>
      accept(node) &&
      accessibleNames(node, s.byId, s.labelsFor).some((name) =>
        matchesLabel(name, encodingToolLabels[key]),
      ),
  );
}

/** Fields found by a label element next to them, then by their own accessible name. */
function fieldsFor(
  s: Scan,
  key: EncodingToolLabelKey,
  accept: (node: PageNode) => boolean,
): PageNode[] {
  const isOtherField = (node: PageNode) => {
    const keys = s.labelAncestors.get(node);
    return keys !== undefined && [...keys].some((other) => other !== key);
  };
  const near = (s.labels.get(key) ?? [])
    .map((label) => findControlNear(label, { accept, byId: s.byId, isOtherField }))
    .filter((node): node is PageNode => node !== null);
  return unique([...near, ...controlsNamed(s, key, accept)]);
}

function textControlsIn(ancestor: PageNode, isVisible?: (node: PageNode) => boolean): PageNode[] {
  const found: PageNode[] = [];
  walkElements(ancestor, (node) => isTextControl(node) && found.push(node), isVisible);
  return found;
}

function eventRows(s: Scan, isVisible?: (node: PageNode) => boolean): EventRowNodes[] {
  const tokens = controlsNamed(s, 'eventToken', isTextControl);
  const callbacks = new Set(controlsNamed(s, 'eventCallback', isTextControl));
  const rows: EventRowNodes[] = [];
  for (const token of tokens) {
    let ancestor = token.parentNode;
    for (
      let level = 0;
      ancestor && level < MAX_ROW_CLIMB;
      level++, ancestor = ancestor.parentNode
    ) {
      const row = ancestor;
      const controls = textControlsIn(row, isVisible);
      if (tokens.some((other) => other !== token && controls.includes(other))) break;
      const callback = controls.find((c) => callbacks.has(c)) ?? controls.find((c) => c !== token);
      if (callback) {
        rows.push({ row, token, callback });
        break;
      }
    }
  }
  if (rows.length > 0 || tokens.length > 0) return rows;
  // No input is named as a token: fall back to rows labelled "Event" holding two text inputs.
  const rowLabels = s.labels.get('eventRow') ?? [];
  for (const label of rowLabels) {
    let ancestor: PageNode | null = label.parentNode;
    if (tagName(label) !== 'label' && textControlsIn(label, isVisible).length >= 2)
      ancestor = label;
    for (
      let level = 0;
      ancestor && level < MAX_ROW_CLIMB;
      level++, ancestor = ancestor.parentNode
    ) {
      const row = ancestor;
      if (rowLabels.some((other) => other !== label && contains(row, other))) break;
      const [token, callback] = textControlsIn(row, isVisible);
      if (token && callback) {
        rows.push({ row, token, callback });
        break;
      }
    }
  }
  return rows;
}

/**
 * Finds the Encoding tool's fields under `root` by their visible labels (encoding-tool-labels.ts).
 * `isVisible` lets a browser caller skip what style sheets hide; markup-hidden parts are always skipped.
 */
export function findEncodingFields(
  root: PageNode,
  isVisible?: (node: PageNode) => boolean,
): EncodingFields {
  const s = scan(root, isVisible);
  const rows = eventRows(s, isVisible);
  const inRows = new Set(rows.flatMap((r) => [r.token, r.callback]));
  const outsideRows = (accept: (node: PageNode) => boolean) => (node: PageNode) =>
    accept(node) && !inRows.has(node);
  return {
    links: fieldsFor(s, 'links', outsideRows(isTextControl)),
    install: fieldsFor(s, 'install', outsideRows(isTextControl)),
    eventRows: rows,
    addEvent: unique(
      s.elements.filter(
        (node) =>
          isButton(node) &&
          (matchesLabel(textOf(node), encodingToolLabels.addEvent) ||
            matchesLabel(node.getAttribute?.('aria-label'), encodingToolLabels.addEvent) ||
            matchesLabel(node.getAttribute?.('value'), encodingToolLabels.addEvent)),
      ),
    ),
    generated: fieldsFor(s, 'generated', outsideRows(isOutputElement)),
  };
}

/** How many of each part a page shows: what encodingToolFixtureCounts promises per fixture. */
export function countEncodingFields(root: PageNode): EncodingToolFixtureCounts {
  const fields = findEncodingFields(root);
  return {
    links: fields.links.length,
    install: fields.install.length,
    eventRows: fields.eventRows.length,
    addEvent: fields.addEvent.length,
    generated: fields.generated.length,
  };
}

const BLOCK_TAGS = new Set([
  'div',
  'p',
  'li',
  'pre',
  'code',
  'tr',
  'section',
  'article',
  'ul',
  'ol',
  'dd',
  'dt',
  'blockquote',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
]);

function textWithBreaks(node: PageNode): string {
  if (node.nodeType === TEXT_NODE) return node.textContent ?? '';
  if (!isElement(node)) return '';
  const tag = tagName(node);
  if (tag === 'br') return '\n';
  if (tag === 'button' || tag === 'script' || tag === 'style' || tag === 'template') return '';
  const text = childrenText(node, textWithBreaks);
  return BLOCK_TAGS.has(tag) ? `\n${text}\n` : text;
}

/** "Generated URLs" as lines: a text field's value, or an element's text split at line and block breaks. */
export function readOutputLines(node: PageNode): string[] {
  const text =
    isTextControl(node) && typeof node.value === 'string' ? node.value : textWithBreaks(node);
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

function missing(key: EncodingToolLabelKey, pageUrl: string, path: string): Finding {
  const labels = encodingToolLabels[key].map((label) => `“${label}”`).join(', ');
  return pageFinding(
    'fill.field-not-found',
    `Postbridge could not find the ${encodingToolFieldNames[key]} on ${pageUrl}: it looks for ${labels}. Open Adjust’s Encoding tool (${ENCODING_TOOL_URL}) in this tab and try again; if the page shows these fields under other words, press “Show me where it is” in Postbridge and click the field once.`,
    path,
  );
}

/** Errors for every part the plan needs and the page lacks; empty when the page can be filled. */
export function missingFields(
  fields: EncodingFields,
  plan: EncodingFillPlan,
  pageUrl: string,
): Finding[] {
  const findings: Finding[] = [];
  if (fields.links.length === 0) findings.push(missing('links', pageUrl, 'links'));
  if (fields.install.length === 0) findings.push(missing('install', pageUrl, 'install'));
  if (plan.events.length > fields.eventRows.length && fields.addEvent.length === 0) {
    findings.push(
      fields.eventRows.length === 0
        ? missing('eventRow', pageUrl, 'events')
        : missing('addEvent', pageUrl, 'events'),
    );
  }
  if (fields.generated.length === 0) findings.push(missing('generated', pageUrl, 'generated'));
  return findings;
}
