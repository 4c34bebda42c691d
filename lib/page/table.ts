import { isElement, type PageNode, tagName } from './node';

/**
 * Tables as a reader sees them: HTML tables and ARIA grids alike. Shared by the payout-row reader
 * (lib/affise/read-payout-rows.ts) and taught locators (lib/page/locator.ts, column headers).
 */

const CELL_ROLES = new Set(['cell', 'gridcell', 'columnheader', 'rowheader']);

export function role(node: PageNode): string {
  return node.getAttribute?.('role') ?? '';
}

export function isRow(node: PageNode): boolean {
  return isElement(node) && (tagName(node) === 'tr' || role(node) === 'row');
}

export function isTable(node: PageNode): boolean {
  return isElement(node) && (tagName(node) === 'table' || ['table', 'grid'].includes(role(node)));
}

export function isCell(node: PageNode): boolean {
  return isElement(node) && (['td', 'th'].includes(tagName(node)) || CELL_ROLES.has(role(node)));
}

/** The nearest ancestor (not the node itself) that passes `test`. */
export function closest(node: PageNode, test: (n: PageNode) => boolean): PageNode | null {
  for (let current = node.parentNode; current; current = current.parentNode) {
    if (test(current)) return current;
  }
  return null;
}

export function cellsOf(row: PageNode): PageNode[] {
  const cells: PageNode[] = [];
  for (let i = 0; i < row.childNodes.length; i++) {
    const child = row.childNodes[i];
    if (child && isCell(child)) cells.push(child);
  }
  return cells;
}

/** Every row of `table`, nested tables left out. */
export function rowsOf(table: PageNode): PageNode[] {
  const rows: PageNode[] = [];
  const visit = (node: PageNode): void => {
    for (let i = 0; i < node.childNodes.length; i++) {
      const child = node.childNodes[i];
      if (!child || !isElement(child) || isTable(child)) continue;
      if (isRow(child)) rows.push(child);
      else visit(child);
    }
  };
  visit(table);
  return rows;
}

/** A row made of header cells only (`th` or `columnheader`), or one inside `thead`. */
export function isHeaderRow(row: PageNode): boolean {
  if (closest(row, (n) => tagName(n) === 'thead')) return true;
  const cells = cellsOf(row);
  return cells.length > 0 && cells.every((c) => tagName(c) === 'th' || role(c) === 'columnheader');
}
