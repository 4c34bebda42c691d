import { z } from 'zod/mini';
import { FieldLocatorSchema, TeachableFieldSchema } from '../teach/taught-locators';
import { READER_FIELDS } from '../teach/teachable-fields';
import { messageArea } from './area';

/**
 * Messages about taught fields ("Show me where it is"), the team setup file and the page report,
 * all answered by the background (utils/teach-handlers.ts). Requests that change the setup are
 * accepted only from the extension's own pages; the ones a content script sends concern its own
 * tab and host, taken from the sender, never from the message.
 */

const tabId = z.int().check(z.nonnegative());
const host = z.string().check(z.minLength(1), z.maxLength(253));

/** Content script → background: the taught locators for the page it runs on. */
export const GetPageTaughtRequestSchema = z.object({ type: z.literal('getPageTaught') });
export const PageTaughtSchema = z.object({
  host: z.string(),
  locators: z.record(z.string(), FieldLocatorSchema),
});

/** Popup or options → background: start pick mode for `field` in tab `tabId`. */
export const StartTeachRequestSchema = z.object({
  type: z.literal('startTeach'),
  tabId,
  field: TeachableFieldSchema,
});
export const TeachOutcomeSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), message: z.string() }),
  z.object({ ok: z.literal(false), message: z.string() }),
]);

/** Pick script → background: which field this tab is picking (null when none was asked for). */
export const GetPickRequestSchema = z.object({ type: z.literal('getPick') });
export const PickSchema = z.nullable(
  z.object({ field: TeachableFieldSchema, name: z.string(), many: z.boolean() }),
);

/** Pick script → background: the locator built from the element the user picked. */
export const SaveTaughtRequestSchema = z.object({
  type: z.literal('saveTaught'),
  field: TeachableFieldSchema,
  locator: FieldLocatorSchema,
});

/** Pick script → background: the user left pick mode without picking. */
export const CancelPickRequestSchema = z.object({ type: z.literal('cancelPick') });

export const TaughtRowSchema = z.object({
  field: TeachableFieldSchema,
  name: z.string(),
  taughtAt: z.string(),
  /** Deployed by company policy (storage.managed): shown, not editable. */
  managed: z.boolean(),
});
export type TaughtRow = z.infer<typeof TaughtRowSchema>;

/** Popup → background: what was taught for the tab's host and how the last read used it. */
export const GetTeachStateRequestSchema = z.object({ type: z.literal('getTeachState'), tabId });
export const TeachStateSchema = z.object({
  host: z.nullable(z.string()),
  site: z.enum(['affise', 'adjust']),
  taught: z.array(TaughtRowSchema),
  found: z.array(z.enum(READER_FIELDS)),
  lost: z.array(z.enum(READER_FIELDS)),
});
export type TeachState = z.infer<typeof TeachStateSchema>;

/** Options → background: everything taught, per host, with problems met reading it. */
export const ListTaughtRequestSchema = z.object({ type: z.literal('listTaught') });
export const TaughtListSchema = z.object({
  hosts: z.array(z.object({ host: z.string(), rows: z.array(TaughtRowSchema) })),
  managedDomains: z.array(z.string()),
  problems: z.array(z.string()),
});
export type TaughtList = z.infer<typeof TaughtListSchema>;

export const ForgetTaughtRequestSchema = z.object({
  type: z.literal('forgetTaught'),
  host,
  field: TeachableFieldSchema,
});

/** Options → background: re-teach a field in an open tab of `host`. */
export const ReteachRequestSchema = z.object({
  type: z.literal('reteach'),
  host,
  field: TeachableFieldSchema,
});

export const ExportSetupRequestSchema = z.object({ type: z.literal('exportSetup') });
export const ExportSetupResponseSchema = z.object({ json: z.string() });

const SetupChangeSchema = z.object({
  area: z.enum(['admin domain', 'taught field', 'event tokens', 'link choices']),
  key: z.string(),
  kind: z.enum(['add', 'replace']),
});

/** Options → background: what importing `json` would change (`apply: false`) or changed. */
export const ImportSetupRequestSchema = z.object({
  type: z.literal('importSetup'),
  json: z.string().check(z.maxLength(5_000_000)),
  apply: z.boolean(),
});
export const ImportSetupResponseSchema = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    changes: z.array(SetupChangeSchema),
    problems: z.array(z.string()),
    applied: z.boolean(),
  }),
  z.object({ ok: z.literal(false), message: z.string() }),
]);
export type ImportSetupResponse = z.infer<typeof ImportSetupResponseSchema>;

/** Popup → background: the page report of tab `tabId` (structure only, see lib/teach/page-report.ts). */
export const PageReportRequestSchema = z.object({
  type: z.literal('pageReport'),
  tabId,
  reason: z.string().check(z.maxLength(300)),
});
export const PageReportResponseSchema = z.object({ report: z.string() });

export const TeachRequestSchemas = [
  GetPageTaughtRequestSchema,
  StartTeachRequestSchema,
  GetPickRequestSchema,
  SaveTaughtRequestSchema,
  CancelPickRequestSchema,
  GetTeachStateRequestSchema,
  ListTaughtRequestSchema,
  ForgetTaughtRequestSchema,
  ReteachRequestSchema,
  ExportSetupRequestSchema,
  ImportSetupRequestSchema,
  PageReportRequestSchema,
] as const;

export const TeachResponseSchemas = {
  getPageTaught: PageTaughtSchema,
  startTeach: TeachOutcomeSchema,
  getPick: PickSchema,
  saveTaught: TeachOutcomeSchema,
  cancelPick: z.object({}),
  getTeachState: TeachStateSchema,
  listTaught: TaughtListSchema,
  forgetTaught: TaughtListSchema,
  reteach: TeachOutcomeSchema,
  exportSetup: ExportSetupResponseSchema,
  importSetup: ImportSetupResponseSchema,
  pageReport: PageReportResponseSchema,
};

/** What a page sends about this area and what it gets back (./area.ts). */
export const TEACH_MESSAGES = messageArea(TeachRequestSchemas, TeachResponseSchemas);
