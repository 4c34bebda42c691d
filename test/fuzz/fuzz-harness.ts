import { type CliResult, runCli } from '../../lib/cli/run-cli';
import { type SeededRandom, seededRandom } from '../../lib/dry-run/random';
import { exampleScenario, hugeLink, multiplyingScenario } from './attack-scenarios';

/**
 * Seeded fuzzing of the CLI contract (issue 10 §1, §8) over generate, inspect and dry-run: every
 * input ends with exit 0, 1 or 2, never a stack trace, one line on stderr for exit 2, JSON on
 * stdout otherwise, within 5 s, and with output at most linear in the input.
 */

export interface FuzzCase {
  /** What it is, for the report: `dry-run: activities × 40`. */
  label: string;
  args: string[];
  input: string;
}

export interface Violation {
  kind:
    | 'crash'
    | 'exit-code'
    | 'stack-trace'
    | 'stderr-lines'
    | 'not-json'
    | 'slow'
    | 'output-size';
  label: string;
  detail: string;
}

/** The contract's limits. */
export const CONTRACT = {
  /** Any input up to 1 MB finishes within this (issue 10 §1). */
  maxMs: 5000,
  /** Output at most this many characters per input character, plus OUTPUT_SLACK. */
  outputPerInputChar: 100,
  outputSlack: 2_000_000,
} as const;

const GENERATE_BASE = {
  adjustLink: 'https://app.adjust.com/abc123?campaign={offer_id}&adgroup={pid}&creative={sub1}',
  postbackUrl: 'https://offers-rocketcompany.affise.com/postback?clickid={clickid}&secure=8d7a1c',
  install: { goal: '1' },
  events: [
    { goal: 'registration', token: 'r8oaj2' },
    { goal: 'purchase', token: 'k2x9q1' },
  ],
};

const NASTY_STRINGS = [
  '',
  ' ',
  '__proto__',
  'constructor',
  'toString',
  '{clickid}',
  '%7Bclickid%7D',
  '%',
  '%%',
  '%E0%A4%A',
  '\uD800',
  '😀',
  '&&&===',
  '?#?#',
  'https://',
  'javascript:alert(1)',
  'https://app.adjust.com/abc123?install_callback=https%3A%2F%2Fx.affise.com%2Fpostback',
  '{sub1}{sub2}{sub3}{ip}{city}{idfa}{gps_adid}',
  '9999-12-31T23:59:59Z',
  '0000-01-01T00:00:00Z',
];

const NASTY_NUMBERS = [0, -1, 0.1, 1e-7, 1e21, Number.MAX_SAFE_INTEGER, 31_536_000, 2.5];

function pick<T>(random: SeededRandom, items: readonly T[]): T {
  return items[random.int(0, items.length - 1)] as T;
}

function randomText(random: SeededRandom, max: number): string {
  const length = random.int(0, max);
  let text = '';
  for (let i = 0; i < length; i++) {
    text +=
      random.next() < 0.3
        ? pick(random, ['{', '}', '%', '&', '=', '?', '#', '/'])
        : String.fromCharCode(random.int(32, 0x2fff));
  }
  return text;
}

/** Sets an own property, even `__proto__` (as JSON.parse would), without touching the prototype. */
function setOwn(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

function textOf(value: unknown): string {
  return typeof value === 'string' ? value : (JSON.stringify(value) ?? '');
}

function randomValue(random: SeededRandom, depth = 0): unknown {
  const roll = random.next();
  if (roll < 0.3) return pick(random, NASTY_STRINGS);
  if (roll < 0.45) return pick(random, NASTY_NUMBERS);
  if (roll < 0.55) return pick(random, [null, true, false]);
  if (roll < 0.7) return randomText(random, 40);
  if (roll < 0.78) return pick(random, NASTY_STRINGS).repeat(random.int(1, 2000));
  if (depth > 2) return null;
  if (roll < 0.9)
    return Array.from({ length: random.int(0, 4) }, () => randomValue(random, depth + 1));
  const object = {};
  setOwn(object, pick(random, NASTY_STRINGS), randomValue(random, depth + 1));
  return object;
}

type Json = Record<string, unknown> | unknown[];

function isContainer(value: unknown): value is Json {
  return typeof value === 'object' && value !== null;
}

/** Replaces, removes, repeats or adds something somewhere in `value`. */
function mutate(random: SeededRandom, value: unknown): unknown {
  if (!isContainer(value) || random.next() < 0.15) return randomValue(random);
  const copy: Json = Array.isArray(value) ? [...value] : { ...value };
  const keys = Object.keys(copy);
  const key = keys.length > 0 ? pick(random, keys) : '0';
  const target = copy as Record<string, unknown>;
  const roll = random.next();
  if (roll < 0.5) setOwn(target, key, mutate(random, target[key]));
  else if (roll < 0.6) delete target[key];
  else if (roll < 0.75 && Array.isArray(copy) && copy.length > 0) {
    // Multiplying: an array repeated is how a small input asks for a lot of work.
    const times = random.int(2, 60);
    return Array.from(
      { length: Math.min(copy.length * times, 1000) },
      (_, i) => copy[i % copy.length],
    );
  } else setOwn(target, pick(random, [...NASTY_STRINGS, key]), randomValue(random));
  return copy;
}

function dryRunCase(random: SeededRandom): FuzzCase {
  const roll = random.next();
  if (roll < 0.03) {
    const n = random.int(1, 40);
    return {
      label: `dry-run: multiplying scenario, ${n} status changes`,
      args: ['dry-run'],
      input: JSON.stringify(multiplyingScenario(n)),
    };
  }
  let scenario: unknown = exampleScenario();
  const edits = random.int(1, 4);
  for (let i = 0; i < edits; i++) scenario = mutate(random, scenario);
  return {
    label: `dry-run: example with ${edits} mutations`,
    args: ['dry-run'],
    input: JSON.stringify(scenario) ?? 'null',
  };
}

function generateCase(random: SeededRandom): FuzzCase {
  let input: unknown = structuredClone(GENERATE_BASE);
  const edits = random.int(1, 4);
  for (let i = 0; i < edits; i++) input = mutate(random, input);
  const text = random.next() < 0.05 ? randomText(random, 200) : (JSON.stringify(input) ?? '');
  return { label: `generate: ${edits} mutations`, args: ['generate'], input: text };
}

/** encodeURIComponent, which throws on a lone surrogate: those become U+FFFD first. */
function encode(text: string): string {
  return encodeURIComponent(text.replace(/[\uD800-\uDFFF]/g, '\uFFFD'));
}

function inspectCase(random: SeededRandom): FuzzCase {
  const roll = random.next();
  if (roll < 0.02)
    return { label: 'inspect: 10 MB link', args: ['inspect', hugeLink(10)], input: '' };
  const params = Array.from({ length: random.int(0, 30) }, () => {
    const name =
      random.next() < 0.4
        ? pick(random, [
            'install_callback',
            'event_callback_abc123',
            'adj_install_callback',
            '__proto__',
            'toString',
            'constructor',
          ])
        : randomText(random, 12);
    return `${encode(name)}=${random.next() < 0.5 ? encode(textOf(randomValue(random))) : randomText(random, 60)}`;
  });
  const base = pick(random, [
    'https://app.adjust.com/abc123',
    'https://rocket.go.link/x?adj_t=abc123',
    'app.adjust.com/abc',
    '%68ttps://x',
    randomText(random, 30),
  ]);
  const link = `${base}${base.includes('?') ? '&' : '?'}${params.join('&')}`;
  const args = ['inspect', link];
  if (random.next() < 0.2)
    args.push('--link-kind', pick(random, ['auto', 'standard', 'branded', 'wavy']));
  return { label: `inspect: ${params.length} parameters`, args, input: '' };
}

/** The `index`-th case of the run seeded with `seed`: the same pair always gives the same input. */
export function fuzzCase(seed: number, index: number): FuzzCase {
  const random = seededRandom((seed * 1_000_003 + index) >>> 0);
  const roll = random.next();
  return roll < 0.4 ? dryRunCase(random) : roll < 0.7 ? generateCase(random) : inspectCase(random);
}

export interface CaseOutcome {
  result: CliResult | null;
  ms: number;
  inputChars: number;
  violations: Violation[];
}

function inputSize(c: FuzzCase): number {
  return c.input.length + c.args.reduce((n, a) => n + a.length, 0);
}

/** Checks one CLI result against the contract. */
export function checkContract(c: FuzzCase, result: CliResult, ms: number): Violation[] {
  const found: Violation[] = [];
  const add = (kind: Violation['kind'], detail: string) =>
    found.push({ kind, label: c.label, detail });
  if (![0, 1, 2].includes(result.code)) add('exit-code', `exit ${result.code}`);
  if (/\n\s+at .+[:(]/.test(result.stderr)) add('stack-trace', result.stderr.slice(0, 200));
  if (/internal error/.test(result.stderr)) add('crash', result.stderr.slice(0, 200));
  if (
    result.code === 2 &&
    result.stderr.trim().split('\n').length > 1 &&
    !result.stderr.includes('Usage:')
  ) {
    add('stderr-lines', result.stderr.slice(0, 200));
  }
  if (result.code !== 2) {
    try {
      JSON.parse(result.stdout);
    } catch {
      add('not-json', result.stdout.slice(0, 120));
    }
  }
  if (ms > CONTRACT.maxMs) add('slow', `${Math.round(ms)} ms`);
  const limit = CONTRACT.outputPerInputChar * inputSize(c) + CONTRACT.outputSlack;
  if (result.stdout.length > limit)
    add('output-size', `${result.stdout.length} characters out for ${inputSize(c)} in`);
  return found;
}

/** Runs one case in this thread and checks it. */
export async function runCase(c: FuzzCase): Promise<CaseOutcome> {
  const started = performance.now();
  try {
    const result = await runCli(c.args, { readText: async () => c.input });
    const ms = performance.now() - started;
    return { result, ms, inputChars: inputSize(c), violations: checkContract(c, result, ms) };
  } catch (error) {
    const ms = performance.now() - started;
    return {
      result: null,
      ms,
      inputChars: inputSize(c),
      violations: [
        {
          kind: 'crash',
          label: c.label,
          detail: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
        },
      ],
    };
  }
}
