import { applyTaughtFields } from '@/lib/adjust/apply-taught-fields';
import { compareGenerated } from '@/lib/adjust/compare-generated';
import {
  addEventFailed,
  eventFieldValue,
  failureSentence,
  fillBusy,
  outputUnchanged,
} from '@/lib/adjust/fill-findings';
import {
  type EncodingFields,
  findEncodingFields,
  missingFields,
  readOutputLines,
} from '@/lib/adjust/find-encoding-fields';
import { planEncodingFill } from '@/lib/adjust/plan-encoding-fill';
import { type Finding, hasErrors } from '@/lib/core/findings';
import type { FillAdjustEncodingToolResponse } from '@/lib/messages/page-fill';
import type { PageNode } from '@/lib/page/node';
import { MessageError } from '@/utils/message-failure';
import { asControl, type FormControl, isShown, readField, writeField } from '@/utils/page-form';
import type { TabHandlers } from '@/utils/tab-listener';
import { fetchPageTaught, fillerLocators } from '@/utils/taught-page';
import { waitForOutput, waitUntil } from '@/utils/wait-for-output';

type FillRequest = Parameters<TabHandlers['fillAdjustEncodingTool']>[0];

/** How long the page may take to show a row after "Add event" is clicked. */
const ADD_ROW_TIMEOUT_MS = 2000;

/** The failure the popup shows: the error findings' sentences, all findings behind "Details". */
function fail(code: string, findings: Finding[]): MessageError {
  return new MessageError(code, failureSentence(findings), { findings });
}

/** A second click while a fill runs would add rows twice. */
let running = false;

/**
 * Fills Adjust's Encoding tool in `doc` with what `request` asks for, waits for "Generated URLs"
 * to settle, reads it back and compares it with Postbridge's link. The user's click in the popup
 * is what starts this; nothing runs on page load.
 */
export async function fillEncodingTool(
  request: FillRequest,
  doc: Document = document,
): Promise<FillAdjustEncodingToolResponse> {
  if (running) throw fail('busy', [fillBusy()]);
  running = true;
  try {
    return await fill(request, doc);
  } finally {
    running = false;
  }
}

/**
 * Finds the tool's fields: places a user showed Postbridge on this host ("Show me where it is")
 * win over the built-in labels; `findings()` says which were used and which are gone.
 */
async function taughtFinder(doc: Document) {
  const taught = fillerLocators(await fetchPageTaught());
  let findings: Finding[] = [];
  const find = (): EncodingFields => {
    const found = findEncodingFields(doc.body, isShown);
    if (Object.keys(taught).length === 0) return found;
    const applied = applyTaughtFields(doc.body, found, taught);
    findings = applied.findings;
    return applied.fields;
  };
  return { find, findings: () => findings };
}

type Plan = ReturnType<typeof planEncodingFill>;

/**
 * Reads "Generated URLs", re-finding it only when a re-render replaced it: a full scan on every
 * poll would be wasted work.
 */
function outputReader(first: PageNode | undefined, find: () => EncodingFields) {
  let output = asControl(first);
  const read = () => {
    if (!output?.isConnected) output = asControl(find().generated[0]);
    return output ? readField(output) : '';
  };
  return { read, element: () => output };
}

/** Clicks "Add event" until the page shows a row for every planned event; then the fields as found. */
async function addEventRows(
  found: EncodingFields,
  plan: Plan,
  find: () => EncodingFields,
  pageUrl: string,
): Promise<EncodingFields> {
  let fields = found;
  while (fields.eventRows.length < plan.events.length) {
    const button = asControl(fields.addEvent[0]);
    const count = fields.eventRows.length;
    if (!button) throw fail('field-not-found', missingFields(fields, plan, pageUrl));
    button.click();
    const added = await waitUntil(() => find().eventRows.length > count, ADD_ROW_TIMEOUT_MS);
    if (!added) {
      const missing = plan.events.length - count;
      throw fail('add-event-failed', [addEventFailed(pageUrl, missing, ADD_ROW_TIMEOUT_MS)]);
    }
    fields = find();
  }
  return fields;
}

function writeEventField(control: FormControl, planned: string | undefined): void {
  const value = eventFieldValue(planned, readField(control));
  if (value !== null) writeField(control, value);
}

function fillEventRows(fields: EncodingFields, plan: Plan): void {
  fields.eventRows.forEach((row, index) => {
    const token = asControl(row.token);
    const callback = asControl(row.callback);
    if (!token || !callback) return;
    const planned = plan.events[index];
    writeEventField(token, planned?.token);
    writeEventField(callback, planned?.callback);
  });
}

/** Waits for "Generated URLs" to settle, then reads it back and compares it with the built link. */
async function readBack(
  request: FillRequest,
  output: ReturnType<typeof outputReader>,
  before: string,
  findings: Finding[],
  pageUrl: string,
): Promise<FillAdjustEncodingToolResponse> {
  const settled = await waitForOutput(output.read, before);
  if (!settled.changed) findings.push(outputUnchanged(pageUrl));
  output.read();
  const element = output.element();
  const generated = element ? readOutputLines(element) : [];
  return {
    generated,
    comparison: compareGenerated(request.result.link ?? '', generated),
    findings,
  };
}

async function fill(request: FillRequest, doc: Document): Promise<FillAdjustEncodingToolResponse> {
  const plan = planEncodingFill(request.adjustLink, request.result);
  if (hasErrors(plan.findings)) throw fail('plan-failed', plan.findings);

  const pageUrl = doc.location?.href ?? 'this page';
  const finder = await taughtFinder(doc);
  const fields = finder.find();
  const missing = missingFields(fields, plan, pageUrl);
  if (missing.length > 0) throw fail('field-not-found', [...missing, ...finder.findings()]);

  const links = asControl(fields.links[0]);
  const install = asControl(fields.install[0]);
  if (!links || !install) throw fail('field-not-found', missingFields(fields, plan, pageUrl));
  const output = outputReader(fields.generated[0], finder.find);
  const before = output.read();

  writeField(links, plan.links);
  writeField(install, plan.install);
  fillEventRows(await addEventRows(fields, plan, finder.find, pageUrl), plan);

  const findings: Finding[] = [...plan.findings, ...finder.findings()];
  return readBack(request, output, before, findings, pageUrl);
}
