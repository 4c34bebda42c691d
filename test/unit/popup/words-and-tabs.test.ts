import { describe, expect, it } from 'vitest';
import { fillVerdict, lostMacros } from '@/components/popup/model/fill-verdict';
import { plainFailure } from '@/components/popup/model/plain-failures';
import { PLAIN_MESSAGES, plainMessage } from '@/components/popup/model/plain-messages';
import { nextActions, tabKindOf } from '@/components/popup/model/tab-kind';
import { compareGenerated } from '@/lib/adjust/compare-generated';
import { RULES } from '@/lib/catalog/rules';

describe('plain messages', () => {
  it('every catalogue code has one plain sentence that names no code or path', () => {
    for (const code of Object.keys(RULES)) {
      const text = (PLAIN_MESSAGES as Record<string, string | undefined>)[code];
      expect(text, `add a plain sentence for "${code}" to plain-messages.ts`).toBeTypeOf('string');
      expect(text?.trim().split(/(?<=[.!?])\s+(?=[A-Z])/).length, code).toBe(1);
      expect(text, code).not.toMatch(/events\[\d|adjustLink|postbackUrl/);
    }
    expect(Object.keys(PLAIN_MESSAGES).sort()).toEqual(Object.keys(RULES).sort());
  });

  it.each([
    [
      'adjust-link-invalid',
      { trackingUrl: '', postbackUrl: 'x' },
      /^Paste the offer’s Tracking URL/,
    ],
    ['adjust-link-invalid', { trackingUrl: 'app', postbackUrl: 'x' }, /not a whole link/],
    ['postback-invalid', { trackingUrl: 'x', postbackUrl: '' }, /^Paste the offer’s postback/],
    ['double-encoding', { trackingUrl: 'x', postbackUrl: 'y' }, /encoded twice.*decode it once/],
    ['event-token-length', { trackingUrl: 'x', postbackUrl: 'y' }, /6 characters.*never fire/],
  ] as const)('%s with %j', (code, context, said) => {
    expect(plainMessage({ code, severity: 'error', message: 'engine', path: '' }, context)).toMatch(
      said,
    );
  });

  it('a code the popup does not know keeps the engine’s message', () => {
    expect(
      plainMessage(
        { code: 'fill.output-unchanged', severity: 'info', message: 'engine', path: '' },
        { trackingUrl: '', postbackUrl: '' },
      ),
    ).toBe('engine');
  });

  it.each([
    ['fill', 'field-not-found', 'This tab is not Adjust’s Encoding tool.'],
    [
      'apply',
      'tracking-tab-not-open',
      'Open the offer’s Tracking tab in Affise, then apply again.',
    ],
    [
      'fill',
      'invalid-reply',
      'Postbridge could not fill Adjust’s tool: reload that tab and try again.',
    ],
    [
      'apply',
      'unreachable',
      'Postbridge could not write into the Affise page: reload it and try again.',
    ],
  ] as const)('failure %s/%s is said without internal names', (action, code, said) => {
    expect(plainFailure(action, code)).toBe(said);
    expect(said).not.toMatch(/fillAdjust|applyTracking|tab \d|tabId/);
  });
});

describe('the tab decides the next action', () => {
  const affise = 'https://rocketcompany.affise.com/offer/edit/12';
  it.each([
    [null, false, 'other'],
    ['chrome://extensions', false, 'other'],
    ['https://help.adjust.com/en/partner/encoding-tool', false, 'adjust-tool'],
    ['https://help.adjust.com/ja/partner/encoding-tool?x=1', false, 'adjust-tool'],
    ['https://help.adjust.com/en/article/encoding', false, 'adjust-other'],
    ['https://suite.adjust.com/apps', false, 'adjust-other'],
    [affise, false, 'affise-offer'],
    ['https://example.com/anything', true, 'affise-offer'],
    ['https://rocketcompany.affise.com/offers', false, 'other'],
  ] as const)('%s (offer read: %s) is %s', (url, hasOffer, kind) => {
    expect(tabKindOf(url, hasOffer, [])).toBe(kind);
  });

  it.each([
    ['affise-offer', 'fill-in-adjust'],
    ['affise-tracking', 'apply-to-offer'],
    ['adjust-tool', 'fill-this-page'],
    ['adjust-other', 'fill-in-adjust'],
    ['other', 'read-page'],
  ] as const)('on %s the primary action is %s', (kind, primary) => {
    const actions = nextActions(kind);
    expect(actions.primary).toBe(primary);
    expect(actions.secondary).not.toContain(primary);
    // "Fill this page" is offered only where it can work.
    if (kind !== 'adjust-tool') expect(actions.secondary).not.toContain('fill-this-page');
  });
});

describe('the fill verdict', () => {
  const ours =
    'https://app.adjust.com/abc123?install_callback=https%3A%2F%2Foffers-x.affise.com%2Fpostback%3Fclickid%3D{clickid}';
  it.each([
    ['the same link', ours, 'ok', []],
    [
      'Adjust encoded {clickid}',
      ours.replace('{clickid}', '%7Bclickid%7D'),
      'error',
      ['{clickid}'],
    ],
    [
      'Adjust encoded {clickid} twice',
      ours.replace('{clickid}', '%257Bclickid%257D'),
      'error',
      ['{clickid}'],
    ],
    ['no output', '', 'warning', []],
  ] as const)('%s', (_name, adjust, tone, lost) => {
    const verdict = fillVerdict(compareGenerated(ours, adjust === '' ? [] : [adjust]));
    expect(verdict.tone).toBe(tone);
    expect(verdict.lost).toEqual(lost);
    expect(verdict.link).toBe(ours);
    if (lost.length > 0) expect(verdict.headline).toContain('would lose {clickid}');
  });

  it('an Adjust placeholder Postbridge encodes is not a lost Affise macro', () => {
    expect(lostMacros('a=%7Brevenue%7D', 'a=%7Brevenue%7D')).toEqual([]);
  });
});
