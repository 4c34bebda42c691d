import { z } from 'zod/mini';
import { GenerateResultSchema } from '../link/schemas';
import { messageArea } from './area';
import { FillAdjustEncodingToolResponseSchema, TabFailureSchema } from './page-fill';

/**
 * "Fill in Adjust" from any tab: the background opens Adjust's Encoding tool (or uses a tab that
 * already shows it), waits for it, fills it and keeps the result, so it survives the popup closing
 * (utils/adjust-fill-handlers.ts).
 */
export const FillAdjustInTabRequestSchema = z.object({
  type: z.literal('fillAdjustInTab'),
  /** The advertiser's Adjust link as the user gave it (GenerateInput.adjustLink). */
  adjustLink: z.string().check(z.maxLength(16_384)),
  /** What `buildLink` returned for it; its `link` is what Adjust's output is compared with. */
  result: GenerateResultSchema,
});

/** One "Fill in Adjust": what was filled, where, and what came of it. */
export const AdjustFillRecordSchema = z.object({
  at: z.iso.datetime(),
  /** Postbridge's final link that was filled in. */
  link: z.string(),
  /** The Encoding tool's tab, so the popup can bring it to the front. */
  tabId: z.int().check(z.nonnegative()),
  outcome: z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), data: FillAdjustEncodingToolResponseSchema }),
    TabFailureSchema,
  ]),
});
export type AdjustFillRecord = z.infer<typeof AdjustFillRecordSchema>;

export const AdjustFillRequestSchemas = [FillAdjustInTabRequestSchema] as const;

export const AdjustFillResponseSchemas = {
  fillAdjustInTab: AdjustFillRecordSchema,
};

/** What a page sends about this area and what it gets back (./area.ts). */
export const ADJUST_FILL_MESSAGES = messageArea(
  AdjustFillRequestSchemas,
  AdjustFillResponseSchemas,
);
