import {
  accessibleNames,
  elementChildren,
  isButton,
  isTextControl,
  textOf,
  walkElements,
} from './find-control';
import { labelWords } from './label-words';
import { isElement, type PageNode, tagName } from './node';
import { cellsOf, closest, isCell, isHeaderRow, isRow, isTable, role, rowsOf } from './table';

/**
 * A taught locator: how to find again a field the user showed Postbridge ("Show me where it is"),
 * from evidence that survives a redesign: the element's kind, its `name`, a hand-written id, the
 * label that names it (label element, ARIA, placeholder or the text just before it), the heading
 * above it, the header over its table column, and, only when all that fits several elements, its
 * position among them. Never class names: Affise and Adjust generate them anew with each release.
 */
export interface FieldLocator {
  tag: string;
  inputType?: string;
  /** The `name` attribute with digit runs as `#` (`payouts[#][goal]` fits every payout row). */
  name?: string;
  /** Kept only when it looks written by hand: no digits, which generated ids carry. */
  id?: string;
  role?: string;
  /** Label words, lower-cased and joined by one space (see labelWords). */
  label?: string;
  heading?: string;
  column?: string;
  /** Set when the evidence fit several elements when taught: which one, out of how many. */
  position?: { index: number; of: number };
}

export type LocatorMatch =
  | { status: 'found'; nodes: PageNode[] }
  | { status: 'missing' }
  | { status: 'ambiguous'; count: number };

export interface LocatorOptions {
  /** Per-row fields (payout columns, event rows): every match is wanted, no position. */
  many?: boolean;
  /** A browser caller skips what style sheets hide; markup-hidden parts are always skipped. */
  isVisible?: (node: PageNode) => boolean;
}

/** Longer text is not a label but content. */
const MAX_EVIDENCE_TEXT = 80;
/** How far up from the element a label or a table cell is looked for. */
const MAX_CLIMB = 3;
const STABLE_ID = /^[A-Za-z][A-Za-z_-]{1,60}$/;
const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'legend', 'caption']);

interface PageIndex {
  elements: PageNode[];
  byId: Map<string, PageNode>;
  labelsFor: Map<string, PageNode[]>;
}

function attr(node: PageNode, name: string): string | undefined {
  return node.getAttribute?.(name) ?? undefined;
}

function indexPage(root: PageNode, isVisible?: (node: PageNode) => boolean): PageIndex {
  const index: PageIndex = { elements: [], byId: new Map(), labelsFor: new Map() };
  walkElements(
    root,
    (node) => {
      index.elements.push(node);
      const id = attr(node, 'id');
      if (id && !index.byId.has(id)) index.byId.set(id, node);
      const target = tagName(node) === 'label' ? attr(node, 'for') : undefined;
      if (target) index.labelsFor.set(target, [...(index.labelsFor.get(target) ?? []), node]);
    },
    isVisible,
  );
  return index;
}

/** Text as evidence: its words only, so "Zielwert *" and "Zielwert:" are the same label. */
export function evidenceText(text: string | null | undefined): string | undefined {
  if (!text) return undefined;
  const trimmed = text.trim();
  if (trimmed === '' || trimmed.length > MAX_EVIDENCE_TEXT) return undefined;
  const words = labelWords(trimmed).map((word) => word.text);
  return words.length === 0 ? undefined : words.join(' ');
}

function previousSiblings(node: PageNode): PageNode[] {
  const parent = node.parentNode;
  if (!parent) return [];
  const siblings = elementChildren(parent);
  const at = siblings.indexOf(node);
  return at <= 0 ? [] : siblings.slice(0, at).reverse();
}

function holdsControl(node: PageNode): boolean {
  let found = false;
  walkElements(node, (child) => {
    if (isTextControl(child) || ['select', 'input'].includes(tagName(child))) found = true;
  });
  return found || isTextControl(node);
}

/** The text just before the element, climbing a few levels, stopping at another field. */
function textBefore(node: PageNode): string | undefined {
  let current: PageNode | null = node;
  for (let level = 0; current && level <= MAX_CLIMB; level++) {
    for (const sibling of previousSiblings(current)) {
      if (holdsControl(sibling)) return undefined;
      const text = evidenceText(textOf(sibling));
      if (text) return text;
    }
    current = current.parentNode;
  }
  return undefined;
}

function cellOf(node: PageNode): PageNode | null {
  if (isCell(node)) return node;
  let current = node.parentNode;
  for (let level = 0; current && level < MAX_CLIMB; level++, current = current.parentNode) {
    if (isCell(current)) return current;
  }
  return null;
}

/** The text of the header over the element's table column; undefined outside data cells. */
function columnOf(node: PageNode): string | undefined {
  const cell = cellOf(node);
  const row = cell ? closest(cell, isRow) : null;
  const table = row ? closest(row, isTable) : null;
  if (!cell || !row || !table || isHeaderRow(row)) return undefined;
  const header = rowsOf(table).find(isHeaderRow);
  const at = cellsOf(row).indexOf(cell);
  const headerCell = header ? cellsOf(header)[at] : undefined;
  return headerCell ? evidenceText(textOf(headerCell)) : undefined;
}

/** What names the element: its own words for a button, its accessible name, else nearby text. */
function labelOf(node: PageNode, page: PageIndex): string | undefined {
  if (isButton(node)) {
    return (
      evidenceText(textOf(node)) ?? evidenceText(attr(node, 'aria-label') ?? attr(node, 'value'))
    );
  }
  for (const name of accessibleNames(node, page.byId, page.labelsFor)) {
    const text = evidenceText(name);
    if (text) return text;
  }
  const cell = cellOf(node);
  if (cell) {
    // In a table the column header names a cell; a row header (`th` before it) may too.
    const before = previousSiblings(cell)[0];
    return before && tagName(before) === 'th' ? evidenceText(textOf(before)) : undefined;
  }
  return textBefore(node);
}

function isHeading(node: PageNode): boolean {
  return HEADING_TAGS.has(tagName(node)) || role(node) === 'heading';
}

function lastHeadingIn(node: PageNode): PageNode | null {
  let last: PageNode | null = null;
  walkElements(node, (child) => {
    if (isHeading(child)) last = child;
  });
  return last;
}

/** The nearest heading before the element in document order. */
function headingOf(node: PageNode): string | undefined {
  for (let current: PageNode | null = node; current; current = current.parentNode) {
    for (const sibling of previousSiblings(current)) {
      const heading = isHeading(sibling) ? sibling : lastHeadingIn(sibling);
      if (heading) return evidenceText(textOf(heading));
    }
  }
  return undefined;
}

function nameOf(node: PageNode): string | undefined {
  const name = attr(node, 'name')?.trim();
  return name ? name.slice(0, 120).replace(/\d+/g, '#') : undefined;
}

function inputTypeOf(node: PageNode): string | undefined {
  return tagName(node) === 'input' ? (attr(node, 'type') ?? 'text').toLowerCase() : undefined;
}

/** Every piece of evidence the element shows (no position). */
function evidenceOf(node: PageNode, page: PageIndex): FieldLocator {
  const id = attr(node, 'id');
  const evidence: FieldLocator = { tag: tagName(node) };
  const fields: [keyof FieldLocator, string | undefined][] = [
    ['inputType', inputTypeOf(node)],
    ['name', nameOf(node)],
    ['id', id && STABLE_ID.test(id) ? id : undefined],
    ['role', attr(node, 'role')],
    ['label', labelOf(node, page)],
    ['heading', headingOf(node)],
    ['column', columnOf(node)],
  ];
  for (const [key, value] of fields) if (value) Object.assign(evidence, { [key]: value });
  return evidence;
}

/** Checks cheapest first; `heading` walks the most, so it goes last. */
const CHECKS: readonly [keyof FieldLocator, (node: PageNode, page: PageIndex) => unknown][] = [
  ['inputType', inputTypeOf],
  ['id', (node) => attr(node, 'id')],
  ['name', nameOf],
  ['role', (node) => attr(node, 'role')],
  ['column', columnOf],
  ['label', labelOf],
  ['heading', headingOf],
];

function fits(
  node: PageNode,
  locator: FieldLocator,
  page: PageIndex,
  skip: ReadonlySet<keyof FieldLocator>,
): boolean {
  if (!isElement(node) || tagName(node) !== locator.tag) return false;
  for (const [key, read] of CHECKS) {
    const wanted = locator[key];
    if (wanted === undefined || skip.has(key)) continue;
    if (read(node, page) !== wanted) return false;
  }
  return true;
}

function candidates(
  page: PageIndex,
  locator: FieldLocator,
  skip: ReadonlySet<keyof FieldLocator> = new Set(),
): PageNode[] {
  return page.elements.filter((node) => fits(node, locator, page, skip));
}

/**
 * The evidence of every element `accept` picks, in page order: what a page report shows about
 * the page's fields (lib/teach/page-report.ts).
 */
export function describeElements(
  root: PageNode,
  accept: (node: PageNode) => boolean,
): FieldLocator[] {
  const page = indexPage(root);
  return page.elements.filter(accept).map((node) => evidenceOf(node, page));
}

export type LocatorBuild =
  | { ok: true; locator: FieldLocator }
  | { ok: false; reason: 'no-evidence' | 'not-on-page' };

/**
 * The locator for `target` under `root`: all of its stable evidence, plus its position when that
 * evidence fits several elements (never for `many` fields, whose matches are all wanted).
 */
export function buildLocator(
  root: PageNode,
  target: PageNode,
  options: LocatorOptions = {},
): LocatorBuild {
  const page = indexPage(root, options.isVisible);
  if (!page.elements.includes(target)) return { ok: false, reason: 'not-on-page' };
  const locator = evidenceOf(target, page);
  const evidence = Object.keys(locator).filter((key) => key !== 'tag' && key !== 'inputType');
  if (evidence.length === 0 && options.many) return { ok: false, reason: 'no-evidence' };
  const fitting = candidates(page, locator);
  if (!options.many && fitting.length > 1) {
    locator.position = { index: fitting.indexOf(target), of: fitting.length };
  }
  return { ok: true, locator };
}

/**
 * The elements `locator` names under `root`. A single field is found only when exactly one element
 * fits (or its taught position still makes sense among as many as when it was taught); several
 * with no way to tell them apart is "ambiguous", never a guess. A heading that changed is forgiven
 * when the rest of the evidence still fits.
 */
export function matchLocator(
  root: PageNode,
  locator: FieldLocator,
  options: LocatorOptions = {},
): LocatorMatch {
  const page = indexPage(root, options.isVisible);
  let fitting = candidates(page, locator);
  if (fitting.length === 0 && locator.heading !== undefined) {
    fitting = candidates(page, locator, new Set(['heading']));
  }
  if (fitting.length === 0) return { status: 'missing' };
  if (options.many || fitting.length === 1) return { status: 'found', nodes: fitting };
  const position = locator.position;
  const picked = position && fitting.length === position.of ? fitting[position.index] : undefined;
  return picked
    ? { status: 'found', nodes: [picked] }
    : { status: 'ambiguous', count: fitting.length };
}
