import { z } from 'zod/mini';

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

export const FillTargetRequestSchemas = [CheckFillTargetRequestSchema] as const;
export const FillTargetResponseSchemas = { checkFillTarget: CheckFillTargetResponseSchema };
