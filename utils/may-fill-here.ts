import { FILL_TARGET_MESSAGES } from '@/lib/messages/fill-target';
import { MessageError } from '@/utils/message-failure';
import { sendRequest } from '@/utils/send-request';

/**
 * The fill script's own check before it writes: the background's verdict on this page, from the
 * address the browser reports for it (this script cannot read storage.local, where the allowed
 * sites are: utils/fill-target.ts). Throws a `wrong-page` MessageError when it may not fill.
 */
export async function refuseUnlessMayFillHere(): Promise<void> {
  const verdict = await sendRequest(FILL_TARGET_MESSAGES, { type: 'mayFillHere' }).catch(
    () => null,
  );
  if (!verdict) {
    throw new MessageError(
      'wrong-page',
      'Postbridge could not check this page with its background. Reload the page and try again.',
    );
  }
  if (!verdict.allowed) throw new MessageError('wrong-page', verdict.message);
}
