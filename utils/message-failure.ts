import type { z } from 'zod/mini';
import { describeZodIssues } from '@/lib/core/describe-zod-issues';
import { errorMessage } from '@/lib/core/error-message';
import type { Finding } from '@/lib/core/findings';

/**
 * One failure convention for both messaging layers: utils/messaging.ts (extension pages and
 * content scripts → the background) and utils/tab-messaging.ts (popup or background → a tab's
 * content script).
 * - A sender (`sendRequest`, `sendToTab`) resolves with the validated response or throws a
 *   MessageError, so every caller writes one try/catch (most already await inside one).
 * - A handler returns its response, or throws a MessageError to choose the code the caller sees;
 *   anything else it throws arrives as `handler-failed`.
 * - In between, failures travel as data (`{ ok: false, code, message, … }`): a thrown error does
 *   not survive structured cloning in every browser. The sender turns it back into a MessageError.
 * - `message` is one plain sentence a user can act on. It never names a request type or a tab id
 *   and never quotes a browser's error text: those go in `detail`, shown behind "Details".
 * Kept free of zod at run time (types only): the Affise content script imports it and has a size
 * budget (utils/watch-offer-page.ts).
 */
export class MessageError extends Error {
  /** Request names, schema issues, the browser's own words: for "Details", not for the sentence. */
  readonly detail: string;
  /** What the page noticed (which field was not found where); empty from the background. */
  readonly findings: Finding[];

  constructor(
    readonly code: string,
    message: string,
    more: { detail?: string; findings?: Finding[] } = {},
  ) {
    super(message);
    this.name = 'MessageError';
    this.detail = more.detail ?? '';
    this.findings = more.findings ?? [];
  }
}

/** A failure as data: what crosses the wire from a content script and what a fill record keeps. */
export interface FailureValue {
  ok: false;
  code: string;
  message: string;
  detail?: string;
  findings: Finding[];
}

/** A message's `type` when it has one: listeners use it to pick theirs, failures to say which. */
export function requestTypeOf(message: unknown): string | null {
  if (typeof message !== 'object' || message === null || !('type' in message)) return null;
  return typeof message.type === 'string' ? message.type : null;
}

/** Which side answered: it decides the words of a transport or validation failure. */
export type Side = 'background' | 'page';

const WHO: Record<Side, { name: string; fix: string }> = {
  background: { name: 'Postbridge’s background', fix: 'Reload the extension and try again.' },
  page: { name: 'The page', fix: 'Reload the page and try again.' },
};

/** The failures of the messaging itself, each a plain sentence per side. */
export type ChannelCode = 'invalid-request' | 'invalid-reply' | 'invalid-response' | 'unreachable';

const SAID: Record<ChannelCode, (side: Side) => string> = {
  'invalid-request': (side) =>
    `${WHO[side].name} could not use what Postbridge asked for. ${WHO[side].fix}`,
  'invalid-reply': (side) =>
    `${WHO[side].name} answered in a way Postbridge does not understand. ${WHO[side].fix}`,
  'invalid-response': (side) =>
    `${WHO[side].name} sent back something Postbridge cannot use. ${WHO[side].fix}`,
  unreachable: (side) =>
    side === 'background'
      ? `Postbridge could not reach its background. ${WHO.background.fix}`
      : `Postbridge could not talk to this tab. ${WHO.page.fix}`,
};

/** A failure of the messaging itself: the sentence by code and side, the specifics as detail. */
export function channelError(code: ChannelCode, side: Side, detail: string): MessageError {
  return new MessageError(code, SAID[code](side), { detail });
}

/**
 * `value` checked against `schema`, or a MessageError whose detail names the request and the
 * fields zod objected to. `type` is the request type, for the detail only.
 */
export function checked<T>(
  schema: z.ZodMiniType<T>,
  value: unknown,
  failure: { code: Exclude<ChannelCode, 'unreachable'>; side: Side; type: string },
): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issues = describeZodIssues(parsed.error);
  throw channelError(failure.code, failure.side, `"${failure.type}": ${issues}.`);
}

/** What a sending failure was, in plain words; the browser's words go to the detail. */
export function unreachable(side: Side, type: string, error: unknown): MessageError {
  return channelError('unreachable', side, `"${type}": ${errorMessage(error)}`);
}

/**
 * What a handler's failure becomes on the wire (and what a sender's becomes where it is kept as
 * data, as the background's fill record does). A MessageError keeps its code, sentence, detail and
 * findings; anything else is `handler-failed`, with what it said (and the request) as the detail.
 */
export function failureOf(error: unknown, side: Side, type?: string): FailureValue {
  if (error instanceof MessageError) {
    const { code, message, detail, findings } = error;
    return { ok: false, code, message, ...(detail ? { detail } : {}), findings };
  }
  return {
    ok: false,
    code: 'handler-failed',
    message: `${WHO[side].name} could not finish that. ${WHO[side].fix}`,
    detail: type === undefined ? errorMessage(error) : `"${type}": ${errorMessage(error)}`,
    findings: [],
  };
}

/** A failure received as data, thrown again on the sending side. */
export function errorFrom(
  failure: Omit<FailureValue, 'ok' | 'findings'> & { findings?: Finding[] },
): MessageError {
  return new MessageError(failure.code, failure.message, {
    ...(failure.detail === undefined ? {} : { detail: failure.detail }),
    ...(failure.findings === undefined ? {} : { findings: failure.findings }),
  });
}

/** What goes behind "Details" for a failure: its sentence, then its specifics. */
export function detailText(failure: { message: string; detail?: string | undefined }): string {
  return failure.detail ? `${failure.message} (${failure.detail})` : failure.message;
}

/** `detailText` for anything a sender threw. */
export function detailOf(error: unknown): string {
  return error instanceof MessageError ? detailText(error) : errorMessage(error);
}
