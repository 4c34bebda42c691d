import { z } from 'zod/mini';
import { defineStoredItem } from '@/utils/storage';

/**
 * What Postbridge could not keep (issue 10 §5: never a silent drop): an offer removed to stay
 * within the storage quota, a run too large to keep. The options page lists them ("Stored data").
 */
export const StorageNoticeSchema = z.object({ at: z.string(), message: z.string() });
export type StorageNotice = z.infer<typeof StorageNoticeSchema>;

/** The newest notices kept; older ones say nothing the newer ones do not. */
export const MAX_NOTICES = 20;

export const storageNotices = defineStoredItem('local:storageNotices', {
  schema: z.array(StorageNoticeSchema).check(z.maxLength(MAX_NOTICES)),
  fallback: [],
  version: 1,
  label: 'storage notices',
});

export async function addStorageNotice(message: string, now = new Date()): Promise<void> {
  console.warn(`[postbridge] ${message}`);
  const notices = await storageNotices.getValue();
  await storageNotices.setValue(
    [{ at: now.toISOString(), message }, ...notices].slice(0, MAX_NOTICES),
  );
}
