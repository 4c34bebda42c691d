import { type PageNode, tagName } from '../page/node';
import { cellsOf, closest, isCell, isRow, isTable, role, rowsOf } from '../page/table';
import type { LabelMatch } from './find-labels';
import { type FindValueContext, findValue, type ValueHit, valueIn } from './find-value';
import type { PayoutField } from './page-labels';

/** One payout row as shown, before validation. */
export type RawPayoutRow = Partial<Record<PayoutField, ValueHit>>;

const PAYOUT_FIELDS = new Set<string>(['goalValue', 'goalTitle', 'revenue', 'payout', 'currency']);
/** The label's cell when it heads a column: a `th` in a header row, or a `columnheader`. */
export function headerCell(label: PageNode): PageNode | null {
  const cell = isCell(label) ? label : closest(label, isCell);
  if (!cell) return null;
  if (role(cell) === 'columnheader') return cell;
  if (tagName(cell) !== 'th') return null;
  if (closest(cell, (n) => tagName(n) === 'thead')) return cell;
  const row = closest(cell, isRow);
  return row && cellsOf(row).every((c) => tagName(c) === 'th' || role(c) === 'columnheader')
    ? cell
    : null;
}

/**
 * The cell under a column header when its table shows exactly one data row (a one-offer summary
 * table); null when it shows several (a list) or none.
 */
export function singleRowCell(header: PageNode): ValueHit | null {
  const headerRow = closest(header, isRow);
  const table = closest(header, isTable);
  if (!headerRow || !table) return null;
  const index = cellsOf(headerRow).indexOf(header);
  const data = rowsOf(table).filter(
    (row) => row !== headerRow && !closest(row, (n) => tagName(n) === 'thead'),
  );
  const cell = data.length === 1 ? data[0] && cellsOf(data[0])[index] : undefined;
  const hit = cell ? valueIn(cell) : null;
  return hit ? { ...hit, distance: 2 } : null;
}

function readTable(table: PageNode, headers: readonly LabelMatch[]): RawPayoutRow[] {
  const columns = new Map<PayoutField, number>();
  const headerRows = new Set<PageNode>();
  for (const header of headers) {
    const cell = headerCell(header.element);
    const row = cell ? closest(cell, isRow) : null;
    if (!cell || !row) continue;
    headerRows.add(row);
    const field = header.entry.field as PayoutField;
    if (!columns.has(field)) columns.set(field, cellsOf(row).indexOf(cell));
  }
  return rowsOf(table)
    .filter((row) => !headerRows.has(row) && !closest(row, (n) => tagName(n) === 'thead'))
    .map((row) => {
      const cells = cellsOf(row);
      const raw: RawPayoutRow = {};
      for (const [field, index] of columns) {
        const cell = cells[index];
        const hit = cell ? valueIn(cell) : null;
        if (hit) raw[field] = hit;
      }
      return raw;
    })
    .filter((raw) => Object.keys(raw).length > 0);
}

function ancestorsOf(node: PageNode): PageNode[] {
  const ancestors: PageNode[] = [];
  for (let current = node.parentNode; current; current = current.parentNode)
    ancestors.push(current);
  return ancestors;
}

/**
 * Rows where every field has its own label (cards, definition lists): each "Goal value" label
 * owns the largest element around it that holds no other "Goal value" label, and the other
 * payout labels inside that element belong to its row.
 */
function readLabelledRows(
  labels: readonly LabelMatch[],
  context: FindValueContext,
): RawPayoutRow[] {
  const goalLabels = labels.filter((m) => m.entry.field === 'goalValue');
  const shared = new Map<PageNode, number>();
  for (const label of goalLabels) {
    for (const ancestor of ancestorsOf(label.element))
      shared.set(ancestor, (shared.get(ancestor) ?? 0) + 1);
  }
  const rowOwner = new Map<PageNode, number>();
  goalLabels.forEach((label, index) => {
    let container = label.element;
    for (const ancestor of ancestorsOf(label.element)) {
      if ((shared.get(ancestor) ?? 0) > 1) break;
      container = ancestor;
    }
    rowOwner.set(container, index);
  });
  const rows: RawPayoutRow[] = goalLabels.map(() => ({}));
  for (const label of labels) {
    const owner = [label.element, ...ancestorsOf(label.element)].find((n) => rowOwner.has(n));
    const row = owner ? rows[rowOwner.get(owner) ?? -1] : undefined;
    const field = label.entry.field as PayoutField;
    if (!row || row[field]) continue;
    const hit = findValue(label.element, context);
    if (hit) row[field] = hit;
  }
  return rows;
}

/** Every payout row the page shows, from column-headed tables and from per-row labels. */
export function readPayoutRows(
  matches: readonly LabelMatch[],
  context: FindValueContext,
): RawPayoutRow[] {
  const payoutLabels = matches.filter((m) => PAYOUT_FIELDS.has(m.entry.field));
  const byTable = new Map<PageNode, LabelMatch[]>();
  const labelled: LabelMatch[] = [];
  for (const match of payoutLabels) {
    const cell = headerCell(match.element);
    const table = cell ? closest(cell, isTable) : null;
    if (table) byTable.set(table, [...(byTable.get(table) ?? []), match]);
    else labelled.push(match);
  }
  const rows: RawPayoutRow[] = [];
  for (const [table, headers] of byTable) {
    if (headers.some((h) => h.entry.field === 'goalValue')) rows.push(...readTable(table, headers));
  }
  rows.push(...readLabelledRows(labelled, context));
  return rows;
}
