import { NON_TEXT_INPUT_TYPES } from './input-types';
import { childrenText, isElement, type PageNode, TEXT_NODE, tagName } from './node';

/**
 * Finding the form control a visible label belongs to, for code that must write into a page
 * (filling Adjust's Encoding tool, "Apply to offer" on Affise). Readers only need the value next
 * to a label (lib/affise/find-value.ts); writers need the element itself.
 */

const BUTTON_INPUT_TYPES = new Set(['button', 'submit']);
/** Never shown as page content (linkedom still exposes `template` children). */
const SKIPPED_TAGS = new Set(['script', 'style', 'template', 'noscript', 'svg', 'head']);
/** How far up from the label the search may climb: label → its wrapper → the field row → section. */
const MAX_CLIMB = 3;

function attr(node: PageNode, name: string): string | null {
  return node.getAttribute?.(name) ?? null;
}

/** A text field a person types into: text-like input, textarea or contenteditable element. */
export function isTextControl(node: PageNode): boolean {
  if (!isElement(node)) return false;
  const tag = tagName(node);
  if (tag === 'textarea') return true;
  if (tag === 'input')
    return !NON_TEXT_INPUT_TYPES.has((attr(node, 'type') ?? 'text').toLowerCase());
  const editable = attr(node, 'contenteditable');
  return editable !== null && editable !== 'false';
}

/** Something that shows generated text: a text field, `output`, code block, list, or a live region. */
export function isOutputElement(node: PageNode): boolean {
  if (!isElement(node)) return false;
  if (isTextControl(node)) return true;
  if (['output', 'pre', 'code', 'ol', 'ul'].includes(tagName(node))) return true;
  const role = attr(node, 'role');
  return (
    role === 'textbox' || role === 'status' || role === 'log' || attr(node, 'aria-live') !== null
  );
}

export function isButton(node: PageNode): boolean {
  if (!isElement(node)) return false;
  const tag = tagName(node);
  if (tag === 'button') return true;
  if (tag === 'input') return BUTTON_INPUT_TYPES.has((attr(node, 'type') ?? '').toLowerCase());
  return attr(node, 'role') === 'button';
}

/**
 * Hidden by markup: the `hidden` attribute, `aria-hidden="true"`, an inline `display: none`, or
 * `<input type="hidden">`. Style sheets are not seen here; a browser caller adds its own check.
 */
export function isHiddenByMarkup(node: PageNode): boolean {
  if (!isElement(node)) return false;
  if (attr(node, 'hidden') !== null || attr(node, 'aria-hidden') === 'true') return true;
  if (tagName(node) === 'input' && (attr(node, 'type') ?? '').toLowerCase() === 'hidden')
    return true;
  return /display\s*:\s*none/i.test(attr(node, 'style') ?? '');
}

/** Element children, in order. */
export function elementChildren(node: PageNode): PageNode[] {
  const out: PageNode[] = [];
  const children = node.childNodes;
  for (let i = 0; i < children.length; i++) {
    const child = children[i];
    if (child && isElement(child)) out.push(child);
  }
  return out;
}

/** Visible text of an element, without scripts and without what controls inside it hold. */
export function textOf(node: PageNode): string {
  if (node.nodeType === TEXT_NODE) return node.textContent ?? '';
  if (!isElement(node)) return '';
  const tag = tagName(node);
  if (SKIPPED_TAGS.has(tag) || tag === 'textarea' || tag === 'select' || isHiddenByMarkup(node))
    return '';
  return childrenText(node, textOf);
}

/** Every element under `root` in document order, skipping what is never shown. */
export function walkElements(
  root: PageNode,
  visit: (node: PageNode) => void,
  isVisible?: (node: PageNode) => boolean,
): void {
  const children = root.childNodes;
  for (let i = 0; i < children.length; i++) {
    const child = children[i];
    if (!child || !isElement(child)) continue;
    if (SKIPPED_TAGS.has(tagName(child)) || isHiddenByMarkup(child)) continue;
    if (isVisible && !isVisible(child)) continue;
    visit(child);
    walkElements(child, visit, isVisible);
  }
}

export function firstDescendant(node: PageNode, test: (n: PageNode) => boolean): PageNode | null {
  for (const child of elementChildren(node)) {
    if (SKIPPED_TAGS.has(tagName(child)) || isHiddenByMarkup(child)) continue;
    if (test(child)) return child;
    const found = firstDescendant(child, test);
    if (found) return found;
  }
  return null;
}

function nextSiblings(node: PageNode): PageNode[] {
  const parent = node.parentNode;
  if (!parent) return [];
  const siblings = elementChildren(parent);
  const index = siblings.indexOf(node);
  return index === -1 ? [] : siblings.slice(index + 1);
}

export interface ControlSearch {
  /** What counts as the field: `isTextControl` for inputs, `isOutputElement` for read-only output. */
  accept: (node: PageNode) => boolean;
  /** Elements by id, for `<label for>` and `aria-labelledby`. */
  byId: ReadonlyMap<string, PageNode>;
  /** True for an element that is (or holds) another field's label: the search stops there. */
  isOtherField?: (node: PageNode) => boolean;
}

/**
 * The field a label names: the control its `for` points to, a control inside it, else the first
 * accepted element after it, climbing at most MAX_CLIMB levels and never past another field's label.
 */
export function findControlNear(label: PageNode, search: ControlSearch): PageNode | null {
  if (tagName(label) === 'label') {
    const target = attr(label, 'for');
    const control = target ? search.byId.get(target) : undefined;
    if (control && search.accept(control)) return control;
  }
  const inner = firstDescendant(label, search.accept);
  if (inner) return inner;
  let current: PageNode | null = label;
  for (let level = 0; current && level <= MAX_CLIMB; level++) {
    for (const sibling of nextSiblings(current)) {
      if (search.isOtherField?.(sibling)) return null;
      if (search.accept(sibling)) return sibling;
      const found = firstDescendant(sibling, search.accept);
      if (found) return found;
    }
    current = current.parentNode;
  }
  return null;
}

/**
 * What assistive technology would call a control, from markup alone: `aria-label`,
 * `aria-labelledby`, a `<label for>`, a wrapping `<label>`, then `placeholder` and `title`.
 * Several candidates are returned because pages mix them (a visible label and a placeholder).
 */
export function accessibleNames(
  control: PageNode,
  byId: ReadonlyMap<string, PageNode>,
  labelsFor: ReadonlyMap<string, PageNode[]>,
): string[] {
  const names: string[] = [];
  const push = (text: string | null | undefined) => {
    if (text && text.trim() !== '') names.push(text);
  };
  push(attr(control, 'aria-label'));
  const labelledBy = attr(control, 'aria-labelledby');
  if (labelledBy) {
    push(
      labelledBy
        .split(/\s+/)
        .map((id) => {
          const target = byId.get(id);
          return target ? textOf(target) : '';
        })
        .join(' '),
    );
  }
  const id = attr(control, 'id');
  for (const label of id ? (labelsFor.get(id) ?? []) : []) push(textOf(label));
  for (let node = control.parentNode; node; node = node.parentNode) {
    if (isElement(node) && tagName(node) === 'label') {
      push(textOf(node));
      break;
    }
  }
  push(attr(control, 'placeholder'));
  push(attr(control, 'title'));
  return names;
}

/** Whether `ancestor` contains `node` (or is it). */
export function contains(ancestor: PageNode, node: PageNode): boolean {
  for (let current: PageNode | null = node; current; current = current.parentNode) {
    if (current === ancestor) return true;
  }
  return false;
}
