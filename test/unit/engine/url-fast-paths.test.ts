import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  encodeValue,
  findParam,
  formatQuery,
  isUnreserved,
  isWellFormed,
  parseQuery,
  type RawParam,
} from '../../../lib/url/query';
import { type SplitUrl, splitUrl } from '../../../lib/url/split-url';
import { runs } from '../../property-runs';

/**
 * The URL helpers are hand-written scans for speed (the dry-run benchmark). Each is compared here
 * with the straightforward version it replaced, on random text from an alphabet rich in the
 * characters the scans treat specially.
 */

const URL_PATTERN =
  /^([a-zA-Z][a-zA-Z0-9+.-]*):\/\/([^/?#]*)([^?#]*)(?:\?([^#]*))?(?:#([\s\S]*))?$/;

function splitUrlByPattern(raw: string): SplitUrl | null {
  const match = URL_PATTERN.exec(raw.trim());
  if (!match) return null;
  const [, scheme = '', authority = '', path = '', query, fragment] = match;
  const hostPort = authority.includes('@')
    ? authority.slice(authority.lastIndexOf('@') + 1)
    : authority;
  const portMatch = /^(.*?)(?::(\d*))?$/.exec(hostPort);
  const host = hostPort.startsWith('[')
    ? hostPort.slice(0, hostPort.indexOf(']') + 1)
    : (portMatch?.[1] ?? hostPort);
  const port = hostPort.startsWith('[')
    ? hostPort.slice(hostPort.indexOf(']') + 2)
    : (portMatch?.[2] ?? '');
  return {
    scheme: scheme.toLowerCase(),
    authority,
    host: host.toLowerCase(),
    port,
    path,
    query: query ?? null,
    fragment: fragment ?? null,
  };
}

function parseQueryByChain(query: string | null): RawParam[] {
  if (query === null || query === '') return [];
  return query
    .split('&')
    .filter((part) => part !== '')
    .map((part) => {
      const eq = part.indexOf('=');
      return eq === -1
        ? { name: part, value: null }
        : { name: part.slice(0, eq), value: part.slice(eq + 1) };
    });
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const urlText = fc.string({
  unit: fc.constantFrom(
    ...'hHtTpPs:/?#@[]=&.+-19aZ%{} '.split(''),
    '://',
    'https://',
    '\n',
    '\r',
    '\t',
    '\u2028',
    '\u00a0',
    'é',
  ),
  maxLength: 40,
});

describe('splitUrl', () => {
  it('splits exactly as the URL pattern and the port pattern do', () => {
    fc.assert(
      fc.property(urlText, (text) => {
        expect(splitUrl(text)).toEqual(splitUrlByPattern(text));
      }),
      { numRuns: runs(5000) },
    );
  });

  it('agrees on URL-shaped text', () => {
    const part = fc.string({ unit: fc.constantFrom(...'ab1:@[]/?#&= \n'.split('')), maxLength: 8 });
    fc.assert(
      fc.property(
        fc.constantFrom('https', 'HTTP', 'x+y.z-1', '1http', ''),
        part,
        part,
        part,
        part,
        (scheme, authority, path, query, fragment) => {
          const text = `${scheme}://${authority}${path}?${query}#${fragment}`;
          expect(splitUrl(text)).toEqual(splitUrlByPattern(text));
        },
      ),
      { numRuns: runs(3000) },
    );
  });
});

describe('query helpers', () => {
  const queryText = fc.string({ unit: fc.constantFrom(...'a=&b%2 é'.split('')), maxLength: 30 });

  it('parseQuery splits as split/filter/map did', () => {
    fc.assert(
      fc.property(fc.option(queryText, { nil: null }), (q) => {
        expect(parseQuery(q)).toEqual(parseQueryByChain(q));
      }),
      { numRuns: runs(3000) },
    );
  });

  it('formatQuery joins as map/join did', () => {
    fc.assert(
      fc.property(queryText, (q) => {
        const params = parseQuery(q);
        expect(formatQuery(params)).toBe(
          params.map((p) => (p.value === null ? p.name : `${p.name}=${p.value}`)).join('&'),
        );
      }),
      { numRuns: runs(2000) },
    );
  });

  it('findParam finds what find with toLowerCase found', () => {
    const name = fc.string({
      unit: fc.constantFrom('a', 'A', 'i', 'I', '\u0130', '\u212a', 'k', 'K', '_', 's'),
      maxLength: 5,
    });
    fc.assert(
      fc.property(fc.array(name, { maxLength: 6 }), name, (names, wanted) => {
        const params = names.map((n, i) => ({ name: n, value: String(i) }));
        const lower = wanted.toLowerCase();
        expect(findParam(params, wanted)).toBe(params.find((p) => p.name.toLowerCase() === lower));
      }),
      { numRuns: runs(3000) },
    );
  });

  it('lowercasing never shortens a character, which findParam relies on', () => {
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const char = String.fromCodePoint(cp);
      if (char.toLowerCase().length < char.length) throw new Error(`U+${cp.toString(16)} shrinks`);
    }
    expect('\u0130'.toLowerCase().length).toBe(2);
  });

  it('encodeValue equals encodeURIComponent after replacing lone surrogates', () => {
    const value = fc.string({
      unit: fc.oneof(
        fc.constantFrom(..."aZ09-_.!~*'() %&=/?#{}+é".split('')),
        fc.constantFrom('\ud800', '\udc00', '\ud83d\ude00'),
      ),
      maxLength: 20,
    });
    fc.assert(
      fc.property(value, (v) => {
        expect(encodeValue(v)).toBe(encodeURIComponent(v.replace(LONE_SURROGATE, '\uFFFD')));
        expect(isUnreserved(v)).toBe(encodeURIComponent(isWellFormed(v) ? v : 'x%') === v);
      }),
      { numRuns: runs(3000) },
    );
  });
});
