import { type FieldLocator, matchLocator } from '../page/locator';
import type { PageNode } from '../page/node';
import { closest, isRow } from '../page/table';
import type { ReaderField } from '../teach/teachable-fields';
import { valueIn } from './find-value';
import type { PayoutField } from './page-labels';

/** Fields with one value per offer that a user can teach. */
type SingleField = 'offerId' | 'title' | 'trackingUrl' | 'postbackUrl' | 'secureCode';
const SINGLE_FIELDS: readonly SingleField[] = [
  'offerId',
  'title',
  'trackingUrl',
  'postbackUrl',
  'secureCode',
];
const ROW_FIELDS = [
  'goalValue',
  'goalTitle',
  'revenue',
  'payout',
] as const satisfies readonly (PayoutField & ReaderField)[];

export type TaughtReaderLocators = Partial<Record<ReaderField, FieldLocator>>;

export interface TaughtRead {
  values: Partial<Record<SingleField, string>>;
  /** Payout rows as far as taught locators found them, null when none of them is taught. */
  rows: Partial<Record<PayoutField, string>>[] | null;
  /** Fields read where the user showed them. */
  found: ReaderField[];
  /** Fields whose taught place is gone or now fits several elements: reported, not guessed. */
  lost: ReaderField[];
}

function textOfValue(node: PageNode): string {
  return valueIn(node)?.text ?? '';
}

/** The row a value sits in (its table row), so per-field matches line up by row. */
function rowKey(node: PageNode, index: number): PageNode | number {
  return (isRow(node) ? node : closest(node, isRow)) ?? index;
}

function readRows(
  root: PageNode,
  taught: TaughtReaderLocators,
  result: TaughtRead,
  isVisible?: (node: PageNode) => boolean,
): void {
  const rows = new Map<PageNode | number, Partial<Record<PayoutField, string>>>();
  for (const field of ROW_FIELDS) {
    const locator = taught[field];
    if (!locator) continue;
    const match = matchLocator(root, locator, { many: true, ...(isVisible ? { isVisible } : {}) });
    if (match.status !== 'found') {
      result.lost.push(field);
      continue;
    }
    result.found.push(field);
    match.nodes.forEach((node, index) => {
      const key = rowKey(node, index);
      rows.set(key, { ...rows.get(key), [field]: textOfValue(node) });
    });
  }
  if (rows.size > 0) result.rows = [...rows.values()];
}

/**
 * Reads the fields a user taught on this host (lib/page/locator.ts). The caller prefers these
 * values to what built-in labels find, and falls back to the labels for every field listed as lost.
 */
export function readTaughtFields(
  root: PageNode,
  taught: TaughtReaderLocators,
  isVisible?: (node: PageNode) => boolean,
): TaughtRead {
  const result: TaughtRead = { values: {}, rows: null, found: [], lost: [] };
  for (const field of SINGLE_FIELDS) {
    const locator = taught[field];
    if (!locator) continue;
    const match = matchLocator(root, locator, isVisible ? { isVisible } : {});
    const node = match.status === 'found' ? match.nodes[0] : undefined;
    if (!node) {
      result.lost.push(field);
      continue;
    }
    result.found.push(field);
    result.values[field] = textOfValue(node);
  }
  readRows(root, taught, result, isVisible);
  return result;
}

/**
 * Payout rows with taught columns laid over the rows built-in labels found, row by row: a taught
 * column wins, the other columns stay as the labels read them.
 */
export function mergeTaughtRows(
  builtIn: Partial<Record<PayoutField, string>>[] | null,
  taught: Partial<Record<PayoutField, string>>[] | null,
): Partial<Record<PayoutField, string>>[] | null {
  if (!taught) return builtIn;
  if (!builtIn) return taught;
  const length = Math.max(builtIn.length, taught.length);
  return Array.from({ length }, (_, i) => ({ ...builtIn[i], ...taught[i] }));
}
