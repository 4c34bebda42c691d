import { z } from 'zod/mini';
import { GeneratedComparisonSchema } from '../adjust/compare-generated';
import { FindingSchema } from '../core/findings';
import { GenerateResultSchema } from '../link/schemas';

/**
 * Messages the popup sends straight to a tab's content script (`browser.tabs.sendMessage`), not to
 * the background: the page is where the fields are. Sent with `sendToTab` (utils/tab-messaging.ts).
 */

/** Fill Adjust's Encoding tool with Postbridge's callbacks and read "Generated URLs" back. */
export const FillAdjustEncodingToolRequestSchema = z.object({
  type: z.literal('fillAdjustEncodingTool'),
  /** The advertiser's Adjust link as the user gave it (GenerateInput.adjustLink). */
  adjustLink: z.string().check(z.maxLength(16_384)),
  /** What `buildLink` returned for it: its `link` is compared with Adjust's output. */
  result: GenerateResultSchema,
});

export const FillAdjustEncodingToolResponseSchema = z.object({
  /** "Generated URLs" as read back, one link per entry. */
  generated: z.array(z.string()),
  comparison: GeneratedComparisonSchema,
  /** What the fill noticed on the way (merged tokens expanded, output slow to update, …). */
  findings: z.array(FindingSchema),
});
export type FillAdjustEncodingToolResponse = z.infer<typeof FillAdjustEncodingToolResponseSchema>;

/** Write the final link into the Affise offer's "Tracking URL" field without saving the form. */
export const ApplyTrackingUrlRequestSchema = z.object({
  type: z.literal('applyTrackingUrl'),
  link: z.string().check(z.minLength(1, 'there is no link to apply'), z.maxLength(16_384)),
});

export const ApplyTrackingUrlResponseSchema = z.object({
  /** What the field held before, so the popup can offer to put it back. */
  previous: z.string(),
  findings: z.array(FindingSchema),
});
export type ApplyTrackingUrlResponse = z.infer<typeof ApplyTrackingUrlResponseSchema>;

/** Is the offer's "Tracking URL" field shown (Offer edit → Tracking tab)? The popup then offers "Apply to offer" first. */
export const FindTrackingUrlFieldRequestSchema = z.object({
  type: z.literal('findTrackingUrlField'),
});

export const FindTrackingUrlFieldResponseSchema = z.object({ shown: z.boolean() });

export const TabRequestSchema = z.discriminatedUnion('type', [
  FillAdjustEncodingToolRequestSchema,
  ApplyTrackingUrlRequestSchema,
  FindTrackingUrlFieldRequestSchema,
]);
export type TabRequest = z.infer<typeof TabRequestSchema>;
export type TabRequestType = TabRequest['type'];

export const TabResponseSchemas = {
  fillAdjustEncodingTool: FillAdjustEncodingToolResponseSchema,
  applyTrackingUrl: ApplyTrackingUrlResponseSchema,
  findTrackingUrlField: FindTrackingUrlFieldResponseSchema,
} satisfies Record<TabRequestType, z.ZodMiniType>;
export type TabResponseFor<T extends TabRequestType> = z.infer<(typeof TabResponseSchemas)[T]>;

/**
 * A failure as data (utils/message-failure.ts): `code` is stable, `message` says what is wrong,
 * where and how to fix it, `detail` holds what only "Details" shows (the request, the browser's
 * words), `findings` carries details (which field was not found on which page).
 */
export const TabFailureSchema = z.object({
  ok: z.literal(false),
  code: z.string(),
  message: z.string(),
  detail: z.optional(z.string()),
  findings: z._default(z.array(FindingSchema), []),
});
export type TabFailure = z.infer<typeof TabFailureSchema>;

/** What a content script answers: its response wrapped with `ok: true`, or a failure. */
export const TabReplySchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), data: z.unknown() }),
  TabFailureSchema,
]);
export type TabReply = z.infer<typeof TabReplySchema>;
