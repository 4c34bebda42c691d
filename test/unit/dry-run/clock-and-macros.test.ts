import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateOnly, isoTime, pettyTime, timeOfDay, unixSeconds } from '../../../lib/dry-run/clock';
import { requestParams } from '../../../lib/dry-run/fast/request-params';
import { fillMacros, scanMacroNames } from '../../../lib/dry-run/fill-macros';
import { macroNames, tokenizeTemplate } from '../../../lib/url/macro-tokens';
import { decodeOnce, parseQuery } from '../../../lib/url/query';
import { runs } from '../../property-runs';

describe('the dry-run clock', () => {
  it('formats any instant from year 0 to 9999 exactly as Date#toISOString', () => {
    fc.assert(
      fc.property(fc.integer({ min: -62_167_219_200_000, max: 253_402_300_799_999 }), (at) => {
        expect(isoTime(at)).toBe(new Date(at).toISOString());
      }),
      { numRuns: runs(2000) },
    );
  });

  it.each([
    ['2026-01-15T10:00:00.000Z', '2026-01-15', '10:00:00', '2026-01-15 10:00:00', '1768471200'],
    ['2024-02-29T23:59:59.999Z', '2024-02-29', '23:59:59', '2024-02-29 23:59:59', '1709251199'],
    ['1970-01-01T00:00:00.000Z', '1970-01-01', '00:00:00', '1970-01-01 00:00:00', '0'],
  ])('%s', (iso, date, time, petty, unix) => {
    const at = Date.parse(iso);
    expect([isoTime(at), dateOnly(at), timeOfDay(at), pettyTime(at), unixSeconds(at)]).toEqual([
      iso,
      date,
      time,
      petty,
      unix,
    ]);
  });
});

describe('fillMacros', () => {
  it('finds exactly the macros tokenizeTemplate finds, and copies the rest byte for byte', () => {
    const text = fc.string({
      unit: fc.constantFrom('{', '}', 'a', 'B', '_', '1', '-', '%', ' ', 'é'),
      maxLength: 40,
    });
    fc.assert(
      fc.property(text, (template) => {
        const filled = fillMacros(
          template,
          'adjust',
          (name) => (name.startsWith('a') ? { value: `<${name}>` } : undefined),
          'x',
        );
        const expected = tokenizeTemplate(template)
          .map((part) =>
            part.kind === 'macro' && part.name.startsWith('a')
              ? encodeURIComponent(`<${part.name}>`)
              : part.text,
          )
          .join('');
        expect(filled.text).toBe(expected);
        const names = tokenizeTemplate(template).flatMap((p) =>
          p.kind === 'macro' ? [p.name] : [],
        );
        expect(scanMacroNames(template)).toEqual(macroNames(template));
        expect([...filled.substitutions.map((s) => s.macro), ...filled.unknown].sort()).toEqual(
          names.sort(),
        );
      }),
      { numRuns: runs(1000) },
    );
  });
});

describe('requestParams', () => {
  it('splits a query exactly as parseQuery does, and decodes each value once', () => {
    const query = fc.string({
      unit: fc.constantFrom('a', '=', '&', '%', '2', '0', 'é', '+'),
      maxLength: 30,
    });
    fc.assert(
      fc.property(query, (q) => {
        expect(requestParams(q)).toEqual(
          parseQuery(q).map((p) => ({
            name: p.name,
            raw: p.value,
            value: p.value === null ? null : decodeOnce(p.value),
          })),
        );
      }),
      { numRuns: runs(1000) },
    );
    expect(requestParams(null)).toEqual([]);
  });
});
