import { pageFinding } from '../catalog/page-rules';
import type { Finding } from '../core/findings';
import { type FieldLocator, matchLocator } from '../page/locator';
import type { PageNode } from '../page/node';
import { type FillerField, teachableField } from '../teach/teachable-fields';
import type { EncodingFields, EventRowNodes } from './find-encoding-fields';

export type TaughtFillerLocators = Partial<Record<FillerField, FieldLocator>>;

export interface TaughtEncodingFields {
  fields: EncodingFields;
  /** What the taught places changed or could not find, for the fill's findings. */
  findings: Finding[];
}

const SINGLE: readonly ('links' | 'install' | 'addEvent' | 'generated')[] = [
  'links',
  'install',
  'addEvent',
  'generated',
];

function nameOf(field: FillerField): string {
  return teachableField(`adjust.${field}`)?.name ?? field;
}

function lost(field: FillerField): Finding {
  return pageFinding(
    'fill.taught-lost',
    `The place you showed Postbridge for the ${nameOf(field)} is no longer on this page (or now fits several places), so the built-in labels were used. Show it again with “Show me where it is”.`,
    field,
  );
}

function used(fields: readonly FillerField[]): Finding {
  return pageFinding(
    'fill.taught-used',
    `Found where you showed Postbridge: ${fields.map(nameOf).join(', ')}.`,
    'taught',
  );
}

/** Event rows from taught token and callback inputs, paired in page order. */
function taughtRows(tokens: readonly PageNode[], callbacks: readonly PageNode[]): EventRowNodes[] {
  return tokens.flatMap((token, index) => {
    const callback = callbacks[index];
    return callback ? [{ row: token.parentNode ?? token, token, callback }] : [];
  });
}

function matchRowParts(
  root: PageNode,
  taught: TaughtFillerLocators,
  isVisible?: (node: PageNode) => boolean,
): { tokens?: PageNode[]; callbacks?: PageNode[]; lost: FillerField[] } {
  const out: { tokens?: PageNode[]; callbacks?: PageNode[]; lost: FillerField[] } = { lost: [] };
  for (const field of ['eventToken', 'eventCallback'] as const) {
    const locator = taught[field];
    if (!locator) continue;
    const match = matchLocator(root, locator, { many: true, ...(isVisible ? { isVisible } : {}) });
    if (match.status !== 'found') out.lost.push(field);
    else if (field === 'eventToken') out.tokens = match.nodes;
    else out.callbacks = match.nodes;
  }
  return out;
}

/**
 * Lays the places a user taught on this host over what the built-in labels found
 * (findEncodingFields): a taught field that still matches wins; one that no longer does is
 * reported and the labels' result is kept.
 */
export function applyTaughtFields(
  root: PageNode,
  found: EncodingFields,
  taught: TaughtFillerLocators,
  isVisible?: (node: PageNode) => boolean,
): TaughtEncodingFields {
  const fields: EncodingFields = { ...found };
  const usedFields: FillerField[] = [];
  const lostFields: FillerField[] = [];
  for (const field of SINGLE) {
    const locator = taught[field];
    if (!locator) continue;
    const match = matchLocator(root, locator, isVisible ? { isVisible } : {});
    if (match.status === 'found') {
      fields[field] = match.nodes;
      usedFields.push(field);
    } else lostFields.push(field);
  }
  const parts = matchRowParts(root, taught, isVisible);
  lostFields.push(...parts.lost);
  if (parts.tokens || parts.callbacks) {
    const tokens = parts.tokens ?? found.eventRows.map((row) => row.token);
    const callbacks = parts.callbacks ?? found.eventRows.map((row) => row.callback);
    fields.eventRows = taughtRows(tokens, callbacks);
    if (parts.tokens) usedFields.push('eventToken');
    if (parts.callbacks) usedFields.push('eventCallback');
  }
  const findings = lostFields.map(lost);
  if (usedFields.length > 0) findings.push(used(usedFields));
  return { fields, findings };
}
