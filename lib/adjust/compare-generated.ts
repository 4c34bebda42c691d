import { z } from 'zod/mini';
import { parseCallbackParam } from '../link/callback-param';
import { decodeOnce, parseQuery, type RawParam } from '../url/query';
import { type SplitUrl, splitUrl } from '../url/split-url';

const ParamValueSchema = z.object({
  /** As written in the link; null for a bare name without `=`. */
  raw: z.nullable(z.string()),
  /** Decoded once, as Adjust decodes it. */
  decoded: z.nullable(z.string()),
});
export type ParamValue = z.infer<typeof ParamValueSchema>;

export const ParamDifferenceSchema = z.object({
  /**
   * base: the links differ before `?` (or after `#`); missing: only in Postbridge's link; extra:
   * only in Adjust's; value: different decoded values; encoding: same decoded value, other bytes.
   */
  kind: z.enum(['base', 'missing', 'extra', 'value', 'encoding']),
  /** The parameter name; `(link)` for a difference before the query. */
  param: z.string(),
  ours: z.nullable(ParamValueSchema),
  adjust: z.nullable(ParamValueSchema),
  message: z.string(),
});
export type ParamDifference = z.infer<typeof ParamDifferenceSchema>;

export const GeneratedComparisonSchema = z.object({
  /**
   * identical: byte for byte; equivalent: the same parameters with the same values after Adjust's
   * one decode (order, percent-encoding or one-parameter-per-token may differ, see `notes`);
   * different: anything else; no-output: "Generated URLs" was empty.
   */
  verdict: z.enum(['identical', 'equivalent', 'different', 'no-output']),
  ours: z.string(),
  adjust: z.nullable(z.string()),
  differences: z.array(ParamDifferenceSchema),
  notes: z.array(z.string()),
  summary: z.string(),
});
export type GeneratedComparison = z.infer<typeof GeneratedComparisonSchema>;

function paramValue(param: RawParam): ParamValue {
  return { raw: param.value, decoded: param.value === null ? null : decodeOnce(param.value) };
}

function show(value: string | null): string {
  return value === null ? '(no value)' : `“${value}”`;
}

const MACRO = /\{([A-Za-z0-9_]+)\}/g;

/** Macros written raw in one value and percent-encoded (`%7Bname%7D`) in the other. */
function macrosEncodedDifferently(
  ours: string,
  adjust: string,
): { inAdjust: string[]; inOurs: string[] } {
  const encoded = (raw: string, name: string) => new RegExp(`%7B${name}%7D`, 'i').test(raw);
  const raw = (value: string, name: string) => value.includes(`{${name}}`);
  const names = new Set([...decodeOnce(ours).matchAll(MACRO)].map((m) => m[1] ?? ''));
  const inAdjust: string[] = [];
  const inOurs: string[] = [];
  for (const name of names) {
    if (raw(ours, name) && encoded(adjust, name)) inAdjust.push(name);
    if (raw(adjust, name) && encoded(ours, name)) inOurs.push(name);
  }
  return { inAdjust, inOurs };
}

function encodingMessage(param: string, ours: string, adjust: string): string {
  const { inAdjust, inOurs } = macrosEncodedDifferently(ours, adjust);
  const base = `${param}: the same callback after Adjust’s one decode, percent-encoded differently.`;
  if (inAdjust.length > 0) {
    const list = inAdjust.map((name) => `{${name}}`).join(', ');
    return `${base} Adjust’s tool encoded ${list}; Postbridge leaves Affise macros raw so that Affise fills them at click time (Adjust: “do not encode dynamic partner macros”).`;
  }
  if (inOurs.length > 0) {
    const list = inOurs.map((name) => `{${name}}`).join(', ');
    return `${base} Postbridge encoded ${list}, which Adjust’s tool left raw: Adjust fills its own placeholders after decoding, so both work for Adjust placeholders.`;
  }
  return base;
}

function valueMessage(param: string, ours: ParamValue, adjust: ParamValue): string {
  if (ours.decoded !== null && adjust.decoded !== null) {
    if (decodeOnce(adjust.decoded) === ours.decoded && adjust.decoded !== ours.decoded) {
      return `${param}: Adjust’s value is encoded twice (it still decodes to ${show(adjust.decoded)}); Adjust decodes once, so that callback would break.`;
    }
    if (decodeOnce(ours.decoded) === adjust.decoded && adjust.decoded !== ours.decoded) {
      return `${param}: Postbridge’s value is encoded twice (it decodes to ${show(ours.decoded)}, Adjust’s to ${show(adjust.decoded)}).`;
    }
  }
  return `${param}: Postbridge has ${show(ours.decoded)}, Adjust has ${show(adjust.decoded)} (decoded once).`;
}

function groupByName(params: readonly RawParam[]): Map<string, RawParam[]> {
  const groups = new Map<string, RawParam[]>();
  for (const param of params) {
    const group = groups.get(param.name);
    if (group) group.push(param);
    else groups.set(param.name, [param]);
  }
  return groups;
}

/**
 * A merged `event_callback_a_b` in Postbridge's link against `event_callback_a` and
 * `event_callback_b` with the same decoded callback in Adjust's: the Encoding tool has one token
 * per row (see planEncodingFill), and Adjust accepts both forms. Consumes the matched parameters.
 */
function matchMergedTokens(
  ours: Map<string, RawParam[]>,
  adjust: Map<string, RawParam[]>,
): string[] {
  const notes: string[] = [];
  for (const [name, group] of ours) {
    const parsed = parseCallbackParam(name);
    if (parsed?.activity !== 'event' || parsed.tokens.length < 2 || adjust.has(name)) continue;
    if (group.length !== 1) continue;
    const value = group[0]?.value ?? null;
    const decoded = value === null ? null : decodeOnce(value);
    const prefix = name.slice(0, name.length - parsed.tokens.join('_').length);
    const perToken = parsed.tokens.map((token) => `${prefix}${token}`);
    const matches = perToken.every((single) => {
      const candidates = adjust.get(single);
      const first = candidates?.[0];
      return (
        candidates?.length === 1 &&
        first &&
        (first.value === null ? null : decodeOnce(first.value)) === decoded
      );
    });
    if (!matches) continue;
    ours.delete(name);
    for (const single of perToken) adjust.delete(single);
    notes.push(
      `Postbridge wrote ${name} once; the Encoding tool has one token per row and wrote ${perToken.join(' and ')} with the same callback. Adjust accepts both; the merged form is reported as one event.`,
    );
  }
  return notes;
}

function baseOf(url: { scheme: string; authority: string; path: string }): string {
  return `${url.scheme}://${url.authority}${url.path}`;
}

function summarize(
  verdict: GeneratedComparison['verdict'],
  differences: readonly ParamDifference[],
): string {
  switch (verdict) {
    case 'identical':
      return 'Adjust’s Encoding tool generated exactly Postbridge’s link.';
    case 'no-output':
      return 'Adjust’s “Generated URLs” stayed empty: check that the page accepted the link in “Enter your links”, then fill again.';
    case 'equivalent': {
      const encoded = differences.filter((d) => d.kind === 'encoding');
      const macro = encoded.some((d) => d.message.includes('Adjust’s tool encoded'));
      if (macro) {
        return 'Adjust’s output carries the same callbacks once decoded, but the tool encoded Affise macros that Affise must see raw: use Postbridge’s link.';
      }
      return 'Adjust’s output carries the same callbacks as Postbridge’s link once decoded; only how it is written differs (see the notes).';
    }
    case 'different': {
      const names = [
        ...new Set(differences.filter((d) => d.kind !== 'encoding').map((d) => d.param)),
      ];
      return `Adjust’s output differs from Postbridge’s link in ${names.length} place${names.length === 1 ? '' : 's'}: ${names.join(', ')}.`;
    }
  }
}

/** The difference before the query (scheme, host, path) and after `#`. */
function baseDifferences(ours: SplitUrl, adjust: SplitUrl): ParamDifference[] {
  const differences: ParamDifference[] = [];
  const baseOurs = baseOf(ours);
  const baseAdjust = baseOf(adjust);
  if (baseOurs !== baseAdjust) {
    differences.push({
      kind: 'base',
      param: '(link)',
      ours: { raw: baseOurs, decoded: baseOurs },
      adjust: { raw: baseAdjust, decoded: baseAdjust },
      message: `The links differ before the “?”: Postbridge has ${show(baseOurs)}, Adjust has ${show(baseAdjust)}.`,
    });
  }
  if (ours.fragment !== adjust.fragment) {
    differences.push({
      kind: 'base',
      param: '(fragment)',
      ours: { raw: ours.fragment, decoded: ours.fragment },
      adjust: { raw: adjust.fragment, decoded: adjust.fragment },
      message: `The parts after “#” differ: Postbridge has ${show(ours.fragment)}, Adjust has ${show(adjust.fragment)}.`,
    });
  }
  return differences;
}

/** Two occurrences of one parameter with different bytes: an encoding or a value difference. */
function pairDifference(name: string, o: RawParam, a: RawParam): ParamDifference {
  const ov = paramValue(o);
  const av = paramValue(a);
  if (ov.decoded === av.decoded) {
    return {
      kind: 'encoding',
      param: name,
      ours: ov,
      adjust: av,
      message: encodingMessage(name, o.value ?? '', a.value ?? ''),
    };
  }
  return { kind: 'value', param: name, ours: ov, adjust: av, message: valueMessage(name, ov, av) };
}

function missingDifference(name: string, o: RawParam): ParamDifference {
  const ov = paramValue(o);
  return {
    kind: 'missing',
    param: name,
    ours: ov,
    adjust: null,
    message: `${name} is in Postbridge’s link (${show(ov.decoded)}) but not in Adjust’s output.`,
  };
}

/** `asOften`: the name is in Postbridge's link, only fewer times. */
function extraDifference(name: string, a: RawParam, asOften: boolean): ParamDifference {
  const av = paramValue(a);
  return {
    kind: 'extra',
    param: name,
    ours: null,
    adjust: av,
    message: `${name} is in Adjust’s output (${show(av.decoded)}) but not in Postbridge’s link${asOften ? ' as often' : ''}.`,
  };
}

/** Compares the n-th occurrence of each name in Postbridge's link with Adjust's n-th. */
function paramDifferences(
  groupsOurs: Map<string, RawParam[]>,
  groupsAdjust: Map<string, RawParam[]>,
): ParamDifference[] {
  const differences: ParamDifference[] = [];
  for (const [name, group] of groupsOurs) {
    const other = groupsAdjust.get(name) ?? [];
    for (let i = 0; i < Math.max(group.length, other.length); i += 1) {
      const o = group[i];
      const a = other[i];
      if (o && a) {
        if (o.value !== a.value) differences.push(pairDifference(name, o, a));
      } else if (o) differences.push(missingDifference(name, o));
      else if (a) differences.push(extraDifference(name, a, group.length > 0));
    }
  }
  for (const [name, group] of groupsAdjust) {
    if (groupsOurs.has(name)) continue;
    for (const a of group) differences.push(extraDifference(name, a, false));
  }
  return differences;
}

/** A missing `adj_x` matched by an extra bare `x` with the same value: the branded-link prefix. */
function adjPrefixNotes(differences: readonly ParamDifference[]): string[] {
  const notes: string[] = [];
  for (const missing of differences.filter(
    (d) => d.kind === 'missing' && d.param.startsWith('adj_'),
  )) {
    const bare = missing.param.slice(4);
    const extra = differences.find((d) => d.kind === 'extra' && d.param === bare);
    if (extra && extra.adjust?.decoded === missing.ours?.decoded) {
      notes.push(
        `Adjust’s tool wrote ${bare} where this branded link needs ${missing.param}: Adjust requires the adj_ prefix on branded and universal links.`,
      );
    }
  }
  return notes;
}

/** Whether the parameters both links share come in a different order. */
function orderDiffers(
  paramsOurs: readonly RawParam[],
  paramsAdjust: readonly RawParam[],
  groupsOurs: Map<string, RawParam[]>,
  groupsAdjust: Map<string, RawParam[]>,
): boolean {
  const common = (list: readonly RawParam[], other: Map<string, RawParam[]>) =>
    list.filter((p) => other.has(p.name)).map((p) => p.name);
  return common(paramsOurs, groupsAdjust).join('&') !== common(paramsAdjust, groupsOurs).join('&');
}

function notAbsoluteDifference(
  expected: string,
  actual: string,
  adjustSplits: boolean,
): ParamDifference {
  return {
    kind: 'base',
    param: '(link)',
    ours: { raw: expected, decoded: expected },
    adjust: { raw: actual, decoded: actual },
    message: `${adjustSplits ? 'Postbridge’s link' : 'Adjust’s output'} is not an absolute URL, so the two cannot be compared parameter by parameter.`,
  };
}

/** Both links parsed: base, parameters, then notes on what differs only in form. */
function compareSplit(
  splitOurs: SplitUrl,
  splitAdjust: SplitUrl,
  notes: string[],
): { verdict: 'equivalent' | 'different'; differences: ParamDifference[] } {
  const paramsOurs = parseQuery(splitOurs.query);
  const paramsAdjust = parseQuery(splitAdjust.query);
  const groupsOurs = groupByName(paramsOurs);
  const groupsAdjust = groupByName(paramsAdjust);
  const mergedNotes = matchMergedTokens(groupsOurs, groupsAdjust);
  const differences = [
    ...baseDifferences(splitOurs, splitAdjust),
    ...paramDifferences(groupsOurs, groupsAdjust),
  ];
  notes.push(...mergedNotes, ...adjPrefixNotes(differences));
  const real = differences.filter((d) => d.kind !== 'encoding');
  if (real.length === 0 && orderDiffers(paramsOurs, paramsAdjust, groupsOurs, groupsAdjust)) {
    notes.push(
      'The parameters come in a different order; Adjust reads them by name, so order does not matter.',
    );
  }
  return { verdict: real.length === 0 ? 'equivalent' : 'different', differences };
}

/**
 * Compares what Adjust's Encoding tool generated (its "Generated URLs", one link per line) with
 * the link Postbridge built. Postbridge fills one link, so the first line is compared.
 */
export function compareGenerated(ours: string, generated: readonly string[]): GeneratedComparison {
  const expected = ours.trim();
  const lines = generated.map((line) => line.trim()).filter((line) => line !== '');
  const notes: string[] = [];
  const actual = lines[0];
  if (actual === undefined) {
    return {
      verdict: 'no-output',
      ours: expected,
      adjust: null,
      differences: [],
      notes,
      summary: summarize('no-output', []),
    };
  }
  if (lines.length > 1) {
    notes.push(
      `Adjust generated ${lines.length} links; the first was compared (Postbridge fills one link).`,
    );
  }
  const done = (
    verdict: GeneratedComparison['verdict'],
    differences: ParamDifference[],
  ): GeneratedComparison => ({
    verdict,
    ours: expected,
    adjust: actual,
    differences,
    notes,
    summary: summarize(verdict, differences),
  });
  if (expected === actual) return done('identical', []);
  const splitOurs = splitUrl(expected);
  const splitAdjust = splitUrl(actual);
  if (!splitOurs || !splitAdjust) {
    return done('different', [notAbsoluteDifference(expected, actual, splitAdjust !== null)]);
  }
  const { verdict, differences } = compareSplit(splitOurs, splitAdjust, notes);
  return done(verdict, differences);
}
