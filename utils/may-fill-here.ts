import { browser } from 'wxt/browser';
import { z } from 'zod/mini';
import {
  CheckFillTargetResponseSchema,
  type MayFillHereRequestSchema,
} from '@/lib/messages/fill-target';
import { MessageError } from '@/utils/message-failure';

const VerdictSchema = z.object({ ok: z.literal(true), data: CheckFillTargetResponseSchema });

/**
 * The fill script's own check before it writes: the background's verdict on this page, from the
 * address the browser reports for it (this script cannot read storage.local, where the allowed
 * sites are: utils/fill-target.ts). Throws a `wrong-page` MessageError when it may not fill.
 * Sent without `sendRequest`, whose schemas for every background request would ride along in
 * the Adjust script for this one question.
 */
export async function refuseUnlessMayFillHere(): Promise<void> {
  const message: z.input<typeof MayFillHereRequestSchema> = { type: 'mayFillHere' };
  const reply = VerdictSchema.safeParse(
    await browser.runtime.sendMessage(message).catch(() => null),
  );
  if (!reply.success) {
    throw new MessageError(
      'wrong-page',
      'Postbridge could not check this page with its background. Reload the page and try again.',
    );
  }
  if (!reply.data.data.allowed) throw new MessageError('wrong-page', reply.data.data.message);
}
