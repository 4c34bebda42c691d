import { pageFinding } from '../catalog/page-rules';
import type { Finding } from '../core/findings';
import { encodingToolFieldNames } from './encoding-tool-labels';

/**
 * What filling Adjust's Encoding tool reports on the way, and the decisions the filler
 * (utils/fill-encoding-tool.ts) makes about what it found. The codes, severities and sources are
 * in lib/catalog/page-rules.ts.
 */

export function fillBusy(): Finding {
  return pageFinding(
    'fill.busy',
    'Postbridge is still filling the Encoding tool on this page: wait for it to finish.',
    'page',
  );
}

/** `missing` event rows could not be added within `timeoutMs` after clicking "Add event". */
export function addEventFailed(pageUrl: string, missing: number, timeoutMs: number): Finding {
  return pageFinding(
    'fill.add-event-failed',
    `Clicking the ${encodingToolFieldNames.addEvent} on ${pageUrl} did not add an “Event” row within ${timeoutMs / 1000} s, so ${missing} event callback(s) could not be filled. Add the rows by hand and fill again.`,
    'events',
  );
}

export function outputUnchanged(pageUrl: string): Finding {
  return pageFinding(
    'fill.output-unchanged',
    `“Generated URLs” on ${pageUrl} did not change after filling; it is compared as it stands (it may already have shown this link).`,
    'generated',
  );
}

/** The sentence of a failed fill: what its error findings say, in order. */
export function failureSentence(findings: readonly Finding[]): string {
  return findings
    .filter((finding) => finding.severity === 'error')
    .map((finding) => finding.message)
    .join(' ');
}

/**
 * What one field of an "Event" row should hold: the planned value, or '' for a row beyond the
 * plan that still holds something (a token left from an earlier fill would add its callback).
 * Null leaves an empty field beyond the plan untouched.
 */
export function eventFieldValue(planned: string | undefined, current: string): string | null {
  if (planned !== undefined) return planned;
  return current === '' ? null : '';
}
