import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoTime } from '../../../lib/dry-run/clock';
import { endpointOf } from '../../../lib/dry-run/cross-hop';
import { queryOf, requestParams } from '../../../lib/dry-run/fast/request-params';
import { fillPieceDecoding } from '../../../lib/dry-run/fast/template-piece';
import { readTrackingParam } from '../../../lib/dry-run/fast/tracking-url-template';
import { fillUrlTemplate, readUrlTemplate } from '../../../lib/dry-run/fast/url-template';
import { fillMacros, type MacroResolver } from '../../../lib/dry-run/fill-macros';
import { hexWord } from '../../../lib/dry-run/random';
import { decodeOnce } from '../../../lib/url/query';
import { joinUrl, splitUrl } from '../../../lib/url/split-url';
import { runs } from '../../property-runs';

/**
 * The dry-run's hot paths replace library and pattern routines with hand-written ones (for the
 * benchmark). Each is compared here with the straightforward version it replaced.
 */

/** Values a resolver hands out: some need encoding, some break URLs if not encoded. */
const VALUES = ['v', 'A b', 'x&y=z', '?#/', '%41', '{sub1}', '', 'é€', '\ud800', '50% off'];

/**
 * A resolver over a few known names whose values also count the calls, so a different call order
 * gives different output. `null` (no data) for one name, unknown (undefined) for the rest.
 */
function resolverFor(seed: number): MacroResolver {
  let calls = 0;
  return (name) => {
    calls++;
    if (name === 'dropped') return { value: null };
    if (!['sub1', 'goal', 'sum', 'clickid'].includes(name)) return undefined;
    return { value: `${VALUES[(seed + calls) % VALUES.length]}${calls}` };
  };
}

describe('fillUrlTemplate', () => {
  const urlPart = fc.constantFrom(
    'https://',
    'HTTP://',
    'aff.example',
    '/pb',
    '?',
    '#',
    '&',
    '=',
    '{sub1}',
    '{goal}',
    '{dropped}',
    '{unknown}',
    '{',
    '}',
    'a',
    ' ',
    '\n',
    '%20',
    ':8080',
  );
  const template = fc.array(urlPart, { maxLength: 14 }).map((parts) => parts.join(''));

  it('gives what fillMacros, splitUrl/joinUrl and requestParams give on the filled text', () => {
    fc.assert(
      fc.property(template, fc.nat(20), fc.boolean(), (source, seed, post) => {
        const expected = fillMacros(source, 'affise-affiliate', resolverFor(seed), 'rule 1');
        const split = post ? splitUrl(expected.text) : null;
        const compiled = readUrlTemplate(source);
        // Twice: the second fill uses the pieces built by the first.
        for (let round = 0; round < 2; round++) {
          const filled = fillUrlTemplate(
            compiled,
            'affise-affiliate',
            resolverFor(seed),
            'rule 1',
            post,
          );
          expect(filled.text).toBe(expected.text);
          expect(filled.substitutions).toEqual(expected.substitutions);
          expect(filled.unknown).toEqual(expected.unknown);
          expect(filled.params).toEqual(requestParams(queryOf(expected.text)));
          expect(filled.postUrl).toBe(split ? joinUrl({ ...split, query: null }) : null);
          if (split) expect(filled.query ?? '').toBe(split.query ?? '');
        }
      }),
      { numRuns: runs(3000) },
    );
  });
});

describe('fillPieceDecoding (the Tracking URL of a click)', () => {
  const rawPart = fc.constantFrom(
    'https%3A%2F%2Foffers.example%2Fpostback%3Fclickid%3D',
    '{clickid}',
    '{sub1}',
    '{dropped}',
    '{unknown}',
    '%26goal%3D',
    '%C3%A9',
    '%E2%82%AC',
    '%C3',
    '%A9',
    '%',
    '%4',
    '%ZZ',
    '%7Bip_address%7D',
    '{',
    '}',
    'x',
    '+',
  );
  const raw = fc.array(rawPart, { maxLength: 10 }).map((parts) => parts.join(''));

  it('fills and decodes as fillMacros and decodeOnce do, literal by literal', () => {
    fc.assert(
      fc.property(raw, fc.nat(20), (text, seed) => {
        const expected = fillMacros(text, 'affise-click', resolverFor(seed), 'install_callback');
        const param = readTrackingParam('install_callback', text);
        const substitutions: ReturnType<typeof fillMacros>['substitutions'] = [];
        const unknown: string[] = [];
        if (param.value === null) throw new Error('a value was given');
        const filled = fillPieceDecoding(
          param.value,
          param.decodedLiterals,
          'affise-click',
          resolverFor(seed),
          'install_callback',
          substitutions,
          unknown,
        );
        expect(filled.text).toBe(expected.text);
        expect(filled.decoded).toBe(decodeOnce(expected.text));
        expect(substitutions).toEqual(expected.substitutions);
        expect(unknown).toEqual(expected.unknown);
      }),
      { numRuns: runs(4000) },
    );
  });
});

describe('endpointOf', () => {
  function byPattern(url: string) {
    const match = /^(https?):\/\/([^/?#]*)/i.exec(url.trimStart());
    if (!match) return null;
    const authority = match[2] ?? '';
    const hostPort = authority.slice(authority.lastIndexOf('@') + 1);
    const host = hostPort.startsWith('[')
      ? hostPort.slice(0, hostPort.indexOf(']') + 1)
      : hostPort.replace(/:\d*$/, '');
    if (host === '') return null;
    return {
      scheme: (match[1] ?? '').toLowerCase() === 'https' ? 'https' : 'http',
      host: host.toLowerCase(),
    };
  }

  it('reads scheme and host as the pattern did', () => {
    const text = fc
      .array(
        fc.constantFrom(
          'http',
          'HTTPS',
          'hTtPs',
          's',
          'S',
          '://',
          ':',
          '/',
          '?',
          '#',
          '@',
          '[',
          ']',
          '1',
          'Ab.c',
          ' ',
          '\n',
          'ſ',
          ':80',
        ),
        { maxLength: 10 },
      )
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (url) => {
        expect(endpointOf(url)).toEqual(byPattern(url));
      }),
      { numRuns: runs(5000) },
    );
  });
});

describe('small replacements', () => {
  it('hexWord writes a 32-bit word as toString(16) padded to 8 digits does', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffff_ffff }), (word) => {
        expect(hexWord(word)).toBe(word.toString(16).padStart(8, '0'));
      }),
      { numRuns: runs(3000) },
    );
  });

  it('isoTime stays exact for runs of instants on the same day and across days', () => {
    fc.assert(
      fc.property(
        // Years 0 to 9999, as isoTime documents, with room for the steps.
        fc.integer({ min: -62_167_219_200_000, max: 253_398_000_000_000 }),
        fc.array(fc.integer({ min: 0, max: 200_000_000 }), { maxLength: 20 }),
        (start, steps) => {
          let at = start;
          for (const step of steps) {
            at += step;
            expect(isoTime(at)).toBe(new Date(at).toISOString());
          }
        },
      ),
      { numRuns: runs(500) },
    );
  });
});
