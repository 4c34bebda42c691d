import { z } from 'zod/mini';
import { AdjustFillRecordSchema } from '@/lib/messages/adjust-fill';
import { defineStoredItem } from '@/utils/storage';

/**
 * The last "Fill in Adjust", kept for the browser session: the popup may have closed while the
 * Encoding tool loaded, and shows the result when it opens again.
 */
export const lastAdjustFill = defineStoredItem('session:lastAdjustFill', {
  schema: z.nullable(AdjustFillRecordSchema),
  fallback: null,
  version: 1,
});
