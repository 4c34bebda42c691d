import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import type { Finding } from '@/lib/core/findings';
import {
  type ChannelCode,
  channelError,
  checked,
  detailOf,
  detailText,
  errorFrom,
  failureOf,
  MessageError,
  requestTypeOf,
  type Side,
  unreachable,
} from '@/utils/message-failure';

const finding: Finding = {
  code: 'fill.field-not-found',
  severity: 'error',
  message: 'No “Install” callback field on this page.',
  path: 'install',
};

const CHANNEL_CODES: ChannelCode[] = [
  'invalid-request',
  'invalid-reply',
  'invalid-response',
  'unreachable',
];
const SIDES: Side[] = ['background', 'page'];

describe('the failures of the messaging itself', () => {
  it.each(CHANNEL_CODES.flatMap((code) => SIDES.map((side) => ({ code, side }))))(
    '$code from the $side is one plain sentence with a fix; specifics only in the detail',
    ({ code, side }) => {
      const error = channelError(code, side, '"fillAdjustEncodingTool": No tab with id: 99.');
      expect(error).toBeInstanceOf(MessageError);
      expect(error.code).toBe(code);
      expect(error.message).toMatch(
        /^[A-Z].*\. (Reload the extension|Reload the page) and try again\.$/,
      );
      expect(error.message).not.toMatch(/fillAdjustEncodingTool|99|"/);
      expect(error.detail).toBe('"fillAdjustEncodingTool": No tab with id: 99.');
    },
  );

  it('names the side that could not be reached', () => {
    expect(unreachable('background', 'ping', new Error('gone')).message).toContain('background');
    expect(unreachable('page', 'applyTrackingUrl', 'closed').message).toContain('this tab');
    expect(unreachable('page', 'applyTrackingUrl', 'closed').detail).toBe(
      '"applyTrackingUrl": closed',
    );
  });
});

describe('checked', () => {
  const Schema = z.object({ link: z.string() });

  it('returns the parsed value', () => {
    expect(
      checked(Schema, { link: 'x' }, { code: 'invalid-reply', side: 'page', type: 'ping' }),
    ).toEqual({ link: 'x' });
  });

  it('throws the code asked for, with the request and the field zod objected to in the detail', () => {
    let thrown: unknown;
    try {
      checked(Schema, { link: 7 }, { code: 'invalid-response', side: 'background', type: 'ping' });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(MessageError);
    expect(thrown).toMatchObject({
      code: 'invalid-response',
      detail: expect.stringMatching(/^"ping": at "link": /),
    });
    expect(thrown).not.toMatchObject({ message: expect.stringContaining('ping') });
  });
});

describe('failureOf and errorFrom: across the wire and back', () => {
  it('keeps a MessageError’s code, sentence, detail and findings', () => {
    const error = new MessageError('field-not-found', 'This tab is not the tool.', {
      detail: 'looked for “Install”',
      findings: [finding],
    });
    const failure = failureOf(error, 'page', 'fillAdjustEncodingTool');
    expect(failure).toEqual({
      ok: false,
      code: 'field-not-found',
      message: 'This tab is not the tool.',
      detail: 'looked for “Install”',
      findings: [finding],
    });
    const back = errorFrom(failure);
    expect(back).toBeInstanceOf(MessageError);
    expect(back).toMatchObject({
      code: error.code,
      message: error.message,
      detail: error.detail,
      findings: error.findings,
    });
  });

  it('sends no empty detail', () => {
    expect(failureOf(new MessageError('busy', 'Wait.'), 'page')).toEqual({
      ok: false,
      code: 'busy',
      message: 'Wait.',
      findings: [],
    });
  });

  it('turns anything else into handler-failed, its words and the request behind Details', () => {
    const failure = failureOf(new TypeError('storage is gone'), 'background', 'listDryRuns');
    expect(failure).toMatchObject({
      code: 'handler-failed',
      detail: '"listDryRuns": storage is gone',
      findings: [],
    });
    expect(failure.message).not.toMatch(/storage is gone|listDryRuns/);
    expect(failureOf('odd', 'page').detail).toBe('odd');
  });

  it('errorFrom takes a background error without findings', () => {
    expect(errorFrom({ code: 'forbidden', message: 'No.' })).toMatchObject({
      code: 'forbidden',
      message: 'No.',
      detail: '',
      findings: [],
    });
  });
});

describe('what goes behind "Details"', () => {
  it('is the sentence, then the specifics', () => {
    expect(detailText({ message: 'Reload it.', detail: 'No tab with id: 4.' })).toBe(
      'Reload it. (No tab with id: 4.)',
    );
    expect(detailText({ message: 'Reload it.' })).toBe('Reload it.');
    expect(detailOf(new MessageError('x', 'Reload it.', { detail: 'why' }))).toBe(
      'Reload it. (why)',
    );
    expect(detailOf(new Error('plain'))).toBe('plain');
  });
});

describe('requestTypeOf', () => {
  it.each([
    { message: { type: 'ping' }, expected: 'ping' },
    { message: { type: 7 }, expected: null },
    { message: { link: 'x' }, expected: null },
    { message: 'ping', expected: null },
    { message: null, expected: null },
  ])('$message → $expected', ({ message, expected }) => {
    expect(requestTypeOf(message)).toBe(expected);
  });
});
