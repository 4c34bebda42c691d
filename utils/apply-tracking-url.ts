import { browser } from 'wxt/browser';
import type { z } from 'zod/mini';
import { findTrackingUrlControls } from '@/lib/affise/find-tracking-url-controls';
import { pageFinding } from '@/lib/catalog/page-rules';
import type { Finding } from '@/lib/core/findings';
import type {
  ApplyTrackingUrlRequestSchema,
  ApplyTrackingUrlResponse,
  TabReply,
} from '@/lib/messages/page-fill';
import { failureOf, MessageError, requestTypeOf } from '@/utils/message-failure';
import { asControl, type FormControl, isShown, isWritable, writeField } from '@/utils/page-form';

type ApplyRequest = z.infer<typeof ApplyTrackingUrlRequestSchema>;
type ProbeReply = { ok: true; data: { shown: boolean } };

function isHttpUrl(text: string): boolean {
  try {
    return /^https?:$/.test(new URL(text).protocol);
  } catch {
    return false;
  }
}

/** The failure codes of applying a link; each has its `apply.` finding in lib/catalog/page-rules.ts. */
type ApplyFailureCode =
  | 'not-a-link'
  | 'tracking-tab-not-open'
  | 'field-not-found'
  | 'field-read-only'
  | 'invalid-request';

function failure(code: ApplyFailureCode, message: string, path = 'trackingUrl'): MessageError {
  return new MessageError(code, message, {
    findings: [pageFinding(`apply.${code}`, message, path)],
  });
}

/**
 * The offer's "Tracking URL" fields (lib/affise/find-tracking-url-controls.ts), and the one shown
 * to the user, if any (Affise keeps the other tabs in the page, hidden).
 */
export function locateTrackingUrlField(doc: Document): {
  fields: FormControl[];
  field: FormControl | undefined;
} {
  const fields = findTrackingUrlControls(doc.body).flatMap((node) => asControl(node) ?? []);
  return { fields, field: fields.find(isShown) };
}

/**
 * "Apply to offer": writes Postbridge's link into the offer's "Tracking URL" field (Offer edit →
 * Tracking tab) as typing would, so the admin panel's form state sees it. It never saves: the user
 * reviews the change and clicks Affise's own Save. The field is found by its label with the
 * reader's label data (lib/affise/page-labels.ts), the same words the reader relies on.
 */
export function applyTrackingUrl(
  request: ApplyRequest,
  doc: Document = document,
): ApplyTrackingUrlResponse {
  const pageUrl = doc.location?.href ?? 'this page';
  const link = request.link.trim();
  if (!isHttpUrl(link)) {
    throw failure(
      'not-a-link',
      `“${request.link}” is not an http(s) link, so it was not written into the Tracking URL field.`,
      'link',
    );
  }
  const { fields, field } = locateTrackingUrlField(doc);
  if (!field) {
    throw fields.length > 0
      ? failure(
          'tracking-tab-not-open',
          `The “Tracking URL” field on ${pageUrl} is not shown: open the offer’s Tracking tab, then click “Apply to offer” again.`,
        )
      : failure(
          'field-not-found',
          `Postbridge could not find the “Tracking URL” field on ${pageUrl}: open the offer in Affise (Offers → the offer → Edit → Tracking tab) and try again.`,
        );
  }
  if (!isWritable(field)) {
    throw failure(
      'field-read-only',
      `The “Tracking URL” field on ${pageUrl} cannot be edited (it is read-only for your Affise role?); copy the link and ask someone who can edit the offer.`,
    );
  }

  const { previous, now } = writeField(field, link);
  const findings: Finding[] = [];
  if (now !== link) {
    findings.push(
      pageFinding(
        'apply.value-changed-by-page',
        `The Affise page changed the Tracking URL after it was written (it now holds “${now}”); check the field before saving.`,
        'trackingUrl',
      ),
    );
  }
  findings.push(
    pageFinding(
      'apply.not-saved',
      'The link is in the Tracking URL field but not saved: review it and click Save in Affise.',
      'trackingUrl',
    ),
  );
  return { previous, findings };
}

/**
 * The Affise content script's answers to "applyTrackingUrl" and to "findTrackingUrlField" (the
 * popup asks whether the Tracking tab is open to offer "Apply to offer" first) in the
 * utils/tab-messaging.ts protocol: other messages are left to other listeners. Checked by hand, not with the zod schema: zod/mini with
 * that schema would add about 8 kB gzipped to a script that loads on every Affise admin page,
 * against its 20 kB budget (see utils/watch-offer-page.ts). The popup's `sendToTab` validates the request before sending
 * and the reply after receiving it with the schemas in lib/messages/page-fill.ts; here only the
 * extension's own pages are listened to, and the link is checked again before it is written.
 */
export function listenForApplyTrackingUrl(): () => void {
  const listener = (
    message: unknown,
    sender: { id?: string },
  ): Promise<TabReply | ProbeReply> | undefined => {
    if (sender.id !== browser.runtime.id) return undefined;
    const type = requestTypeOf(message);
    if (type === 'findTrackingUrlField') {
      return Promise.resolve({
        ok: true,
        data: { shown: locateTrackingUrlField(document).field !== undefined },
      });
    }
    if (type !== 'applyTrackingUrl') return undefined;
    const link: unknown = Reflect.get(Object(message), 'link');
    return Promise.resolve()
      .then((): TabReply => {
        if (typeof link !== 'string') {
          throw failure('invalid-request', 'Postbridge sent no link to write: try again.', 'link');
        }
        return { ok: true, data: applyTrackingUrl({ type: 'applyTrackingUrl', link }) };
      })
      .catch((error: unknown) => failureOf(error, 'page', 'applyTrackingUrl'));
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
