import { z } from 'zod/mini';
import { messageArea } from './area';

/**
 * Popup → background, before "Fill Adjust Encoding tool" sends anything to the tab: may this tab
 * be filled (lib/adjust/encoding-tool-origin.ts)? The background reads the tab's address itself.
 */
export const CheckFillTargetRequestSchema = z.object({
  type: z.literal('checkFillTarget'),
  tabId: z.int().check(z.nonnegative()),
});

export const CheckFillTargetResponseSchema = z.discriminatedUnion('allowed', [
  z.object({ allowed: z.literal(true) }),
  /** `message`: one sentence saying why not and what to do. */
  z.object({ allowed: z.literal(false), message: z.string() }),
]);

/**
 * The fill script → background, before it writes: may this page be filled? The background answers
 * from the address the browser gives for the sender, so the script needs no storage access.
 */
export const MayFillHereRequestSchema = z.object({ type: z.literal('mayFillHere') });

export const FillTargetRequestSchemas = [
  CheckFillTargetRequestSchema,
  MayFillHereRequestSchema,
] as const;
export const FillTargetResponseSchemas = {
  checkFillTarget: CheckFillTargetResponseSchema,
  mayFillHere: CheckFillTargetResponseSchema,
};

/** What a page sends about this area and what it gets back (./area.ts). */
export const FILL_TARGET_MESSAGES = messageArea(
  FillTargetRequestSchemas,
  FillTargetResponseSchemas,
);
