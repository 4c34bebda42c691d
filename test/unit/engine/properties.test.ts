import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SHARED_MACRO_NAMES } from '../../../lib/catalog/macro-names';
import { ADJUST_PLACEHOLDERS, AFFISE_CLICK_MACROS } from '../../../lib/catalog/macros';
import { InputError } from '../../../lib/core/input-error';
import { buildLink } from '../../../lib/link/build-link';
import { inspectLink } from '../../../lib/link/inspect-link';
import { runs } from '../../property-runs';

const affiseNames = AFFISE_CLICK_MACROS.map((m) => m.name).filter(
  (n) => !SHARED_MACRO_NAMES.has(n),
);
const adjustNames = ADJUST_PLACEHOLDERS.map((m) => m.name);

/** Literal text of any kind, braces and percent signs included, but never a well-formed {macro}. */
const literal = fc.string({ unit: 'grapheme', maxLength: 12 }).map((s) => s.replace(/[{}]/g, '()'));
const paramValue = fc
  .array(
    fc.oneof(
      literal,
      fc.constantFrom(...affiseNames).map((n) => `{${n}}`),
      fc.constantFrom(...adjustNames).map((n) => `{${n}}`),
    ),
    { maxLength: 4 },
  )
  .map((parts) => parts.join('').replace(/[&#]/g, '_'));
const paramName = fc.stringMatching(/^[a-z][a-z0-9_]{0,10}$/).filter((n) => n !== 'goal');
const postback = fc
  .record({
    network: fc.stringMatching(/^[a-z][a-z0-9-]{0,12}$/),
    params: fc.array(fc.tuple(paramName, paramValue), { maxLength: 6 }),
  })
  .map(({ network, params }) =>
    [
      `https://offers-${network}.affise.com/postback?clickid={clickid}`,
      ...params.map(([n, v]) => `${n}=${v}`),
    ].join('&'),
  );
const goal = fc.stringMatching(/^[A-Za-z0-9_.-][A-Za-z0-9_ .-]{0,15}$/);
const token = fc.stringMatching(/^[a-z0-9]{6}$/);
const mapping = fc.uniqueArray(fc.record({ goal, token }), {
  selector: (e) => e.token,
  maxLength: 6,
});
const linkKind = fc.constantFrom('standard' as const, 'branded' as const);
const adjustLink = (kind: 'standard' | 'branded') =>
  kind === 'standard'
    ? 'https://app.adjust.com/abc123?campaign={offer_id}&adgroup={pid}&creative={sub1}'
    : 'https://rocket.go.link/promo?adj_t=abc123&adj_campaign={offer_id}';

/** Affise at click time: every raw `{macro}` it knows, anywhere in the link, becomes the click's value. */
function affiseFills(link: string, values: Record<string, string>): string {
  return link.replace(/\{([a-z0-9_]+)\}/g, (whole, name: string) =>
    affiseNames.includes(name) ? encodeURIComponent(values[name] ?? 'v') : whole,
  );
}

describe('link engine properties', () => {
  it('inspecting a generated link returns exactly the callback URLs that went in', () => {
    fc.assert(
      fc.property(postback, mapping, linkKind, fc.boolean(), (pb, events, kind, merge) => {
        const built = buildLink({
          adjustLink: adjustLink(kind),
          postbackUrl: pb,
          events,
          mergeSharedTokens: merge,
        });
        expect(built.link).not.toBeNull();
        const inspected = inspectLink(built.link ?? '');
        expect(inspected.callbacks.map((c) => ({ param: c.param, url: c.url }))).toEqual(
          built.callbacks.map((c) => ({ param: c.param, url: c.url })),
        );
      }),
      { numRuns: runs(300) },
    );
  });

  it('inspect finds no defect in a generated link that generate did not already report', () => {
    fc.assert(
      fc.property(postback, mapping, linkKind, (pb, events, kind) => {
        const built = buildLink({ adjustLink: adjustLink(kind), postbackUrl: pb, events });
        const generated = new Set(built.findings.map((f) => f.code));
        const inspected = inspectLink(built.link ?? '').findings.filter(
          (f) => f.severity !== 'info' && !generated.has(f.code),
        );
        expect(inspected.map((f) => f.code)).toEqual([]);
      }),
      { numRuns: runs(300) },
    );
  });

  it("after Affise's click-time fill and Adjust's single decode, placeholders are intact and no Affise macro is left", () => {
    fc.assert(
      fc.property(
        postback,
        mapping,
        linkKind,
        // Click values are data, never templates: braces in them would read as macros after the decode.
        fc.dictionary(
          fc.constantFrom(...affiseNames),
          fc.string({ maxLength: 10 }).map((v) => v.replace(/[{}]/g, '')),
        ),
        (pb, events, kind, clickValues) => {
          const built = buildLink({ adjustLink: adjustLink(kind), postbackUrl: pb, events });
          const clicked = affiseFills(built.link ?? '', clickValues);
          const fired = inspectLink(clicked).callbacks;
          expect(fired).toHaveLength(built.callbacks.length);
          const placeholdersIn = (text: string) =>
            [...text.matchAll(/\{([a-z0-9_]+)\}/g)].map((m) => m[1]);
          for (const [i, callback] of fired.entries()) {
            const left = placeholdersIn(callback.url);
            expect(left.filter((n) => n !== undefined && affiseNames.includes(n))).toEqual([]);
            const wanted = placeholdersIn(built.callbacks[i]?.url ?? '').filter(
              (n) => n !== undefined && adjustNames.includes(n),
            );
            expect(left).toEqual(wanted);
          }
        },
      ),
      { numRuns: runs(300) },
    );
  });

  it('garbage input never throws anything but a validation error', () => {
    const fields = fc.record(
      {
        adjustLink: fc.oneof(fc.string({ unit: 'binary' }), fc.webUrl(), fc.anything()),
        postbackUrl: fc.oneof(fc.string({ unit: 'binary' }), fc.webUrl(), fc.anything()),
        install: fc.oneof(fc.constant(null), fc.record({ goal: fc.string() }), fc.anything()),
        events: fc.oneof(
          fc.array(fc.record({ goal: fc.string({ unit: 'binary' }), token: fc.string() })),
          fc.anything(),
        ),
        linkKind: fc.oneof(fc.constantFrom('auto', 'standard', 'branded'), fc.anything()),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(fields, fc.anything()), (input) => {
        try {
          const result = buildLink(input);
          expect(Array.isArray(result.findings)).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(InputError);
        }
      }),
      { numRuns: runs(1000) },
    );
  });

  it('any string given to the inspector gives an inspection, never an exception', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary' }),
          fc.webUrl({ withQueryParameters: true, withFragments: true }),
        ),
        (text) => {
          expect(inspectLink(text).findings).toBeInstanceOf(Array);
        },
      ),
      { numRuns: runs(1000) },
    );
  });
});
