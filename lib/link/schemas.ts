import { z } from 'zod/mini';
import { FindingSchema } from '../core/findings';
import { isWellFormed } from '../url/query';

/** How callback parameters are named: `install_callback` (standard) or `adj_install_callback` (branded). */
export const LinkKindSchema = z.enum(['auto', 'standard', 'branded']);
export type LinkKind = z.infer<typeof LinkKindSchema>;

/** The longest link or postback URL Postbridge reads; generate and inspect share it. */
export const MAX_LINK_CHARS = 16_384;

const text = (what: string) =>
  z
    .string({ error: `${what} must be a string` })
    .check(
      z.maxLength(MAX_LINK_CHARS, `${what} is longer than 16,384 characters`),
      z.refine(
        isWellFormed,
        `${what} contains a broken character (a lone UTF-16 surrogate); paste it again`,
      ),
    );

export const EventMappingSchema = z.object({
  goal: text('goal'),
  token: text('token'),
});
export type EventMapping = z.infer<typeof EventMappingSchema>;

/** Input of `buildLink` and of `postbridge generate`. */
export const GenerateInputSchema = z.object({
  adjustLink: text('adjustLink'),
  postbackUrl: text('postbackUrl'),
  /** Which goal the install reports; null: no install callback. Affise assumes goal "1" when none is sent. */
  install: z._default(z.nullable(z.object({ goal: text('install.goal') })), { goal: '1' }),
  events: z._default(z.array(EventMappingSchema).check(z.maxLength(1000)), []),
  linkKind: z._default(LinkKindSchema, 'auto'),
  /** Write tokens whose callback URLs are identical as one `event_callback_tok1_tok2`. */
  mergeSharedTokens: z._default(z.boolean(), false),
  /** Owner of names both systems fill ({city}, {language}, {referrer}, {os_version}); Adjust by default. */
  sharedMacros: z._default(z.record(z.string(), z.enum(['affise', 'adjust'])), {}),
  /** Custom Affise admin domains the network uses for its postback (besides *.affise.com). */
  adminHosts: z._default(z.array(text('adminHosts[]')), []),
});
export type GenerateInput = z.input<typeof GenerateInputSchema>;
export type GenerateOptions = z.output<typeof GenerateInputSchema>;

export const CallbackActivitySchema = z.enum([
  'install',
  'event',
  'reattribution',
  'conversion',
  'session',
  'click',
  'impression',
  'rejected_install',
  'rejected_reattribution',
]);
export type CallbackActivity = z.infer<typeof CallbackActivitySchema>;

export const GeneratedCallbackSchema = z.object({
  /** The link parameter name: `install_callback`, `event_callback_abc123`, `adj_event_callback_a_b`. */
  param: z.string(),
  activity: CallbackActivitySchema,
  /** The callback URL as Adjust will call it after its one decode (placeholders not yet filled). */
  url: z.string(),
  /** The value as written into the link. */
  encoded: z.string(),
  goal: z.string(),
  tokens: z.optional(z.array(z.string())),
});
export type GeneratedCallback = z.infer<typeof GeneratedCallbackSchema>;

/** One of Adjust's `cbtest` links: a click fires a simulated callback (see lib/link/callback-test-link.ts). */
export const CallbackTestLinkSchema = z.object({
  /** The built callback it tests: `install_callback`, `event_callback_r8oaj2`. */
  param: z.string(),
  goal: z.string(),
  url: z.string(),
});

export const CallbackTestSchema = z.object({
  links: z.array(CallbackTestLinkSchema),
  /** What a click on a test link proves and what it does not, in one plain paragraph. */
  note: z.string(),
  source: z.string(),
});
export type CallbackTest = z.infer<typeof CallbackTestSchema>;

export const GenerateResultSchema = z.object({
  /** The final Adjust link; null when the Adjust link or the postback is unusable. */
  link: z.nullable(z.string()),
  kind: z.nullable(z.enum(['standard', 'branded'])),
  callbacks: z.array(GeneratedCallbackSchema),
  findings: z.array(FindingSchema),
  /** Adjust's test links for the built callbacks; absent when no link was built. */
  callbackTest: z.optional(CallbackTestSchema),
});
export type GenerateResult = z.infer<typeof GenerateResultSchema>;

export const InspectedParamSchema = z.object({
  name: z.string(),
  raw: z.nullable(z.string()),
  value: z.nullable(z.string()),
});

export const InspectedCallbackSchema = z.object({
  param: z.string(),
  activity: CallbackActivitySchema,
  tokens: z.array(z.string()),
  raw: z.string(),
  /** Decoded once, as Adjust decodes it. */
  url: z.string(),
});
export type InspectedCallback = z.infer<typeof InspectedCallbackSchema>;

export const LinkInspectionSchema = z.object({
  base: z.string(),
  kind: z.enum(['standard', 'branded', 'unknown']),
  host: z.string(),
  tokens: z.array(z.string()),
  params: z.array(InspectedParamSchema),
  callbacks: z.array(InspectedCallbackSchema),
  findings: z.array(FindingSchema),
});
export type LinkInspection = z.infer<typeof LinkInspectionSchema>;
