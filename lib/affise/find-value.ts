import { NON_VALUE_INPUT_TYPES } from '../page/input-types';
import { childrenText, isElement, type PageNode, TEXT_NODE, tagName } from '../page/node';

/** Where a value was taken from: a form control, a read-only code block, or plain text. */
export interface ValueHit {
  kind: 'control' | 'code' | 'text';
  /** As shown, whitespace kept (callers decide how much of it is meaningful). */
  text: string;
  /** Steps from the label to the value (0: the label is or names the control): nearest wins. */
  distance?: number;
}

const CONTROL_TAGS = new Set(['input', 'textarea', 'select']);
const CODE_TAGS = new Set(['code', 'pre', 'samp', 'kbd']);
/** Never a field value: action buttons ("Copy"), icons, scripts. */
const IGNORED_TAGS = new Set(['button', 'svg', 'script', 'style', 'template', 'noscript']);
/** How far up from the label the search may climb: label → its wrapper → the field row. */
const MAX_CLIMB = 3;

export function isControl(node: PageNode): boolean {
  if (!isElement(node)) return false;
  const tag = tagName(node);
  if (!CONTROL_TAGS.has(tag)) return false;
  if (tag !== 'input') return true;
  const type = (node.getAttribute?.('type') ?? 'text').toLowerCase();
  return !NON_VALUE_INPUT_TYPES.has(type);
}

export function controlValue(node: PageNode): string {
  if (typeof node.value === 'string') return node.value;
  if (tagName(node) === 'textarea') return node.textContent ?? '';
  return node.getAttribute?.('value') ?? '';
}

function firstDescendant(node: PageNode, test: (n: PageNode) => boolean): PageNode | null {
  const children = node.childNodes;
  for (let i = 0; i < children.length; i++) {
    const child = children[i];
    if (!child || !isElement(child) || IGNORED_TAGS.has(tagName(child))) continue;
    if (test(child)) return child;
    const found = firstDescendant(child, test);
    if (found) return found;
  }
  return null;
}

function isCode(node: PageNode): boolean {
  return CODE_TAGS.has(tagName(node));
}

/** Text without what buttons and icons inside the element say. */
function visibleText(node: PageNode): string {
  if (node.nodeType === TEXT_NODE) return node.textContent ?? '';
  if (!isElement(node) || IGNORED_TAGS.has(tagName(node))) return '';
  return childrenText(node, visibleText);
}

/** The value an element holds: a control in it, else a code block in it, else its text. */
export function valueIn(node: PageNode): ValueHit | null {
  if (node.nodeType === TEXT_NODE) {
    const text = node.textContent ?? '';
    return text.trim() === '' ? null : { kind: 'text', text };
  }
  if (!isElement(node) || IGNORED_TAGS.has(tagName(node))) return null;
  if (isControl(node)) return { kind: 'control', text: controlValue(node) };
  if (isCode(node)) return { kind: 'code', text: node.textContent ?? '' };
  const control = firstDescendant(node, isControl);
  if (control) return { kind: 'control', text: controlValue(control) };
  const code = firstDescendant(node, isCode);
  if (code) return { kind: 'code', text: code.textContent ?? '' };
  const text = visibleText(node);
  return text.trim() === '' ? null : { kind: 'text', text };
}

function nextSiblings(node: PageNode): PageNode[] {
  const parent = node.parentNode;
  if (!parent) return [];
  const siblings = parent.childNodes;
  const after: PageNode[] = [];
  let seen = false;
  for (let i = 0; i < siblings.length; i++) {
    const sibling = siblings[i];
    if (!sibling) continue;
    if (seen) after.push(sibling);
    else if (sibling === node) seen = true;
  }
  return after;
}

export interface FindValueContext {
  controlsById: ReadonlyMap<string, PageNode>;
  /** Element id → the control whose `aria-labelledby` names it. */
  labelledControls?: ReadonlyMap<string, PageNode>;
  /**
   * True for a label element or an element containing one. Only siblings of the label and of its
   * ancestors are tested, so a hit is always another field: the search stops there.
   */
  isOtherField: (node: PageNode) => boolean;
}

/**
 * The value shown next to a label: the control a `<label for>` names, a control inside the label,
 * else the first thing after the label that holds a value, climbing at most MAX_CLIMB levels.
 * Reaching another field's label first means this field shows no value (null).
 */
export function findValue(label: PageNode, context: FindValueContext): ValueHit | null {
  if (isControl(label)) return { kind: 'control', text: controlValue(label), distance: 0 };
  const named = namedControl(label, context);
  if (named) return { kind: 'control', text: controlValue(named), distance: 0 };
  const inner = firstDescendant(label, isControl);
  if (inner) return { kind: 'control', text: controlValue(inner), distance: 1 };
  let current: PageNode | null = label;
  for (let level = 0; current && level <= MAX_CLIMB; level++) {
    let offset = 0;
    for (const sibling of nextSiblings(current)) {
      if (isElement(sibling)) offset++;
      if (context.isOtherField(sibling)) return null;
      const hit = valueIn(sibling);
      if (hit) return { ...hit, distance: 1 + level * 2 + offset };
    }
    current = current.parentNode;
  }
  return null;
}

/** The control a `<label for>` or a control's `aria-labelledby` ties to this label element. */
function namedControl(label: PageNode, context: FindValueContext): PageNode | undefined {
  if (tagName(label) === 'label') {
    const target = label.getAttribute?.('for');
    const control = target ? context.controlsById.get(target) : undefined;
    if (control) return control;
  }
  const id = label.getAttribute?.('id');
  return id ? context.labelledControls?.get(id) : undefined;
}
