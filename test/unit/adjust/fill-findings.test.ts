import { describe, expect, it } from 'vitest';
import * as fill from '@/lib/adjust/fill-findings';
import { PAGE_RULES } from '@/lib/catalog/page-rules';
import type { Finding } from '@/lib/core/findings';

describe('eventFieldValue', () => {
  it.each([
    { planned: 'purchase', current: '', expected: 'purchase', why: 'a planned row is written' },
    { planned: 'purchase', current: 'old', expected: 'purchase', why: 'and overwrites' },
    { planned: '', current: 'old', expected: '', why: 'a planned empty value clears' },
    {
      planned: undefined,
      current: 'old',
      expected: '',
      why: 'a leftover beyond the plan is cleared',
    },
    {
      planned: undefined,
      current: '',
      expected: null,
      why: 'an empty row beyond the plan is left alone',
    },
  ])('$why', ({ planned, current, expected }) => {
    expect(fill.eventFieldValue(planned, current)).toBe(expected);
  });
});

describe('failureSentence', () => {
  const finding = (severity: Finding['severity'], message: string): Finding => ({
    code: 'fill.field-not-found',
    severity,
    message,
    path: 'install',
  });

  it('joins the errors’ sentences and leaves the rest for Details', () => {
    expect(
      fill.failureSentence([
        finding('error', 'No “Install” field.'),
        finding('info', 'Taught places used.'),
        finding('error', 'No “Event” rows.'),
      ]),
    ).toBe('No “Install” field. No “Event” rows.');
  });
});

describe('the fill findings', () => {
  it.each([
    { finding: fill.fillBusy(), severity: 'error' },
    { finding: fill.addEventFailed('https://help.adjust.com/x', 2, 2000), severity: 'error' },
    { finding: fill.outputUnchanged('https://help.adjust.com/x'), severity: 'info' },
  ])('$finding.code has the catalogue’s severity', ({ finding, severity }) => {
    expect(finding.severity).toBe(severity);
    expect(PAGE_RULES[finding.code as keyof typeof PAGE_RULES]?.severity).toBe(severity);
  });

  it('say where and how many', () => {
    const failed = fill.addEventFailed('https://help.adjust.com/x', 2, 2000);
    expect(failed.message).toContain('on https://help.adjust.com/x');
    expect(failed.message).toContain('within 2 s, so 2 event callback(s)');
    expect(fill.outputUnchanged('https://help.adjust.com/x').message).toContain(
      '“Generated URLs” on https://help.adjust.com/x did not change',
    );
  });
});
