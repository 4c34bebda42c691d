import { countEncodingFields } from '../adjust/find-encoding-fields';
import { countLabelMatches } from '../affise/find-labels';
import { controlValue, isControl } from '../affise/find-value';
import { isButton, isOutputElement, textOf, walkElements } from '../page/find-control';
import { describeElements, evidenceText, type FieldLocator } from '../page/locator';
import { type PageNode, tagName } from '../page/node';
import { isHeaderRow, isTable, rowsOf } from '../page/table';

/**
 * "Page report": what a page's form looks like, for whoever maintains a team's setup or writes a
 * fixture, WITHOUT what the page holds. Only label-like text goes in (headings, labels, column
 * headers, terms, button words), as lower-cased words, digits as `0`, and any of it that contains
 * a value the page shows (control values, code blocks, table cells, definitions) is withheld. No
 * address but the host. The README ("Turning a page report into a fixture") says how to use it.
 */

/** Elements whose text is a value, never a label: withheld wherever it appears. */
const VALUE_TAGS = new Set([
  'code',
  'pre',
  'samp',
  'kbd',
  'dd',
  'td',
  'output',
  'textarea',
  'option',
]);
const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'legend', 'caption', 'summary']);
/** Shorter values ("1", "US") say nothing about the page and would withhold every label. */
const MIN_VALUE_LENGTH = 3;
const MAX_LIST = 60;

function collectValues(root: PageNode): string[] {
  const values = new Set<string>();
  const add = (text: string | null | undefined) => {
    const words = evidenceText(text?.slice(0, 2000).trim().slice(0, 80)) ?? '';
    if (words.length >= MIN_VALUE_LENGTH) values.add(words);
  };
  walkElements(root, (node) => {
    if (isControl(node)) add(controlValue(node));
    else if (VALUE_TAGS.has(tagName(node))) add(textOf(node));
  });
  return [...values];
}

/** Label-like text as it may appear in a report, or null when it could carry a value. */
function safeText(text: string | null | undefined, values: readonly string[]): string | null {
  if (!text || /[a-z][a-z0-9+.-]*:\/\/|www\./i.test(text)) return null;
  const words = evidenceText(text);
  if (!words) return null;
  // A label inside a value ("id" in a URL) is harmless; a value inside a label is not.
  if (values.some((value) => words.includes(value))) return null;
  return words.replace(/\d/g, '0');
}

function kindOf(locator: FieldLocator): string {
  return locator.inputType ? `${locator.tag}[${locator.inputType}]` : locator.tag;
}

function fieldLine(locator: FieldLocator, values: readonly string[]): string {
  const parts = [kindOf(locator)];
  const add = (name: string, text: string | undefined) => {
    if (text === undefined) return;
    parts.push(`${name}: ${safeText(text, values) ?? '(withheld)'}`);
  };
  add('label', locator.label);
  add('column', locator.column);
  add('heading', locator.heading);
  if (locator.name) parts.push(`name: ${locator.name.replace(/\d/g, '0')}`);
  return parts.join(' · ');
}

function counted(items: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return [...counts]
    .slice(0, MAX_LIST)
    .map(([item, n]) => (n > 1 ? `- ${item} (×${n})` : `- ${item}`));
}

function section(title: string, lines: readonly string[]): string[] {
  return lines.length === 0 ? [] : ['', `${title}:`, ...lines];
}

function tableLines(root: PageNode, values: readonly string[]): string[] {
  const lines: string[] = [];
  walkElements(root, (node) => {
    if (!isTable(node) || lines.length >= MAX_LIST) return;
    const rows = rowsOf(node);
    const header = rows.find(isHeaderRow);
    const columns = header
      ? textOfCells(header).map((text) => safeText(text, values) ?? '(withheld)')
      : [];
    const dataRows = rows.filter((row) => !isHeaderRow(row)).length;
    lines.push(`- columns: ${columns.join(' | ') || '(no header row)'}; ${dataRows} data row(s)`);
  });
  return lines;
}

function textOfCells(row: PageNode): string[] {
  const texts: string[] = [];
  walkElements(row, (node) => {
    if (['th', 'td'].includes(tagName(node))) texts.push(textOf(node));
  });
  return texts;
}

function textsOf(root: PageNode, test: (node: PageNode) => boolean, values: readonly string[]) {
  const texts: string[] = [];
  walkElements(root, (node) => {
    if (!test(node)) return;
    const text = safeText(textOf(node) || node.getAttribute?.('aria-label'), values);
    texts.push(text === null ? `${tagName(node)}: (withheld)` : `${tagName(node)}: ${text}`);
  });
  return counted(texts);
}

function builtInLines(root: PageNode): string[] {
  const affise = Object.entries(countLabelMatches(root)).filter(([, n]) => n > 0);
  const adjust = Object.entries(countEncodingFields(root)).filter(([, n]) => n > 0);
  return [
    `- Affise labels: ${affise.map(([field, n]) => `${field} ×${n}`).join(', ') || 'none'}`,
    `- Encoding-tool fields: ${adjust.map(([field, n]) => `${field} ×${n}`).join(', ') || 'none'}`,
  ];
}

export const PAGE_REPORT_TITLE =
  'Postbridge page report (no field values, no addresses beyond the host, no secure codes)';

/**
 * The report as plain text. `host` is the only part of the address it names; `reason` (what did
 * not work) is written by Postbridge, never taken from the page.
 */
export function buildPageReport(root: PageNode, host: string, reason = ''): string {
  const values = collectValues(root);
  let elements = 0;
  walkElements(root, () => {
    elements++;
  });
  const fields = describeElements(root, (node) => isControl(node) || isOutputElement(node));
  return [
    PAGE_REPORT_TITLE,
    `Host: ${host}`,
    ...(reason === '' ? [] : [`Why: ${reason}`]),
    `Elements: ${elements}; fields and outputs: ${fields.length}`,
    ...section('Built-in labels Postbridge found', builtInLines(root)),
    ...section(
      'Headings',
      textsOf(root, (n) => HEADING_TAGS.has(tagName(n)), values),
    ),
    ...section(
      'Fields (kind · label · column · heading)',
      counted(fields.map((f) => fieldLine(f, values))),
    ),
    ...section('Tables', tableLines(root, values)),
    ...section(
      'Labels and terms',
      textsOf(root, (n) => ['label', 'dt', 'th'].includes(tagName(n)), values),
    ),
    ...section('Buttons', textsOf(root, isButton, values)),
  ].join('\n');
}

/**
 * Adds why the report was made, under its host line: the page script builds the report, the
 * popup knows what failed.
 */
export function withReason(report: string, reason: string): string {
  const lines = report.split('\n');
  if (reason.trim() === '' || lines[0] !== PAGE_REPORT_TITLE) return report;
  return [...lines.slice(0, 2), `Why: ${reason.trim()}`, ...lines.slice(2)].join('\n');
}
