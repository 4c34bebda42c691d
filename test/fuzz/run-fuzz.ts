import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { CONTRACT, type FuzzCase, fuzzCase, runCase, type Violation } from './fuzz-harness';

/**
 * `npm run fuzz` (scripts/fuzz.mjs bundles and starts this file): many seeded inputs, each run in a
 * worker thread with a 512 MB heap, so a hang is stopped and counted and an out-of-memory is a
 * contract violation rather than the end of the run. Prints what the README reports.
 */

interface WorkerData {
  seed: number;
  from: number;
  to: number;
}
type FromWorker =
  | { type: 'start'; index: number }
  | {
      type: 'done';
      index: number;
      ms: number;
      code: number | null;
      inputChars: number;
      outputChars: number;
      violations: Violation[];
    };

const HANG_MS = 10_000;
const HEAP_MB = 512;

async function workerMain({ seed, from, to }: WorkerData): Promise<void> {
  for (let index = from; index < to; index++) {
    parentPort?.postMessage({ type: 'start', index } satisfies FromWorker);
    const outcome = await runCase(fuzzCase(seed, index));
    parentPort?.postMessage({
      type: 'done',
      index,
      ms: outcome.ms,
      code: outcome.result?.code ?? null,
      inputChars: outcome.inputChars,
      outputChars: outcome.result?.stdout.length ?? 0,
      violations: outcome.violations,
    } satisfies FromWorker);
  }
}

interface Totals {
  tried: number;
  codes: Map<string, number>;
  crashes: number;
  hangs: number;
  violations: Violation[];
  slowest: { ms: number; label: string };
  largestRatio: { ratio: number; label: string };
  largestInput: number;
}

/** Runs cases [from, to) in one worker; resolves with the index to continue from. */
function runWorker(
  file: string,
  seed: number,
  from: number,
  to: number,
  totals: Totals,
): Promise<number> {
  return new Promise((resolve) => {
    const worker = new Worker(file, {
      workerData: { seed, from, to } satisfies WorkerData,
      resourceLimits: { maxOldGenerationSizeMb: HEAP_MB },
    });
    let current = from;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const fail = (kind: Violation['kind'], detail: string) => {
      const c: FuzzCase = fuzzCase(seed, current);
      totals.violations.push({ kind, label: c.label, detail });
      totals.tried++;
    };
    worker.on('message', (message: FromWorker) => {
      if (message.type === 'start') {
        current = message.index;
        timer = setTimeout(() => {
          totals.hangs++;
          fail('slow', `no answer within ${HANG_MS / 1000} s (hang)`);
          void worker.terminate().then(() => resolve(current + 1));
        }, HANG_MS);
        return;
      }
      clearTimeout(timer);
      totals.tried++;
      const code = message.code === null ? 'threw' : String(message.code);
      totals.codes.set(code, (totals.codes.get(code) ?? 0) + 1);
      totals.crashes += message.violations.filter((v) => v.kind === 'crash').length;
      totals.violations.push(...message.violations);
      const label = fuzzCase(seed, message.index).label;
      if (message.ms > totals.slowest.ms) totals.slowest = { ms: message.ms, label };
      const ratio = message.outputChars / Math.max(message.inputChars, 1);
      if (message.inputChars > 10_000 && ratio > totals.largestRatio.ratio) {
        totals.largestRatio = { ratio, label };
      }
      totals.largestInput = Math.max(totals.largestInput, message.inputChars);
    });
    worker.on('error', (error) => {
      clearTimeout(timer);
      totals.crashes++;
      fail('crash', `${error.name}: ${error.message} (heap limit ${HEAP_MB} MB)`);
    });
    worker.on('exit', () => {
      clearTimeout(timer);
      resolve(current + 1);
    });
  });
}

async function main(): Promise<void> {
  const seed = Number(process.env.FUZZ_SEED ?? 20_261_130);
  const count = Number(process.env.FUZZ_CASES ?? 10_000);
  const file = process.argv[1] ?? '';
  const totals: Totals = {
    tried: 0,
    codes: new Map(),
    crashes: 0,
    hangs: 0,
    violations: [],
    slowest: { ms: 0, label: '' },
    largestRatio: { ratio: 0, label: '' },
    largestInput: 0,
  };
  const started = performance.now();
  let next = 0;
  while (next < count) next = await runWorker(file, seed, next, count, totals);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const byKind = new Map<string, number>();
  for (const v of totals.violations) byKind.set(v.kind, (byKind.get(v.kind) ?? 0) + 1);
  const lines = [
    `postbridge fuzz: seed ${seed}, ${count} cases over generate, inspect and dry-run, ${seconds} s`,
    `inputs tried: ${totals.tried} (exit codes: ${[...totals.codes]
      .sort()
      .map(([c, n]) => `${c} × ${n}`)
      .join(', ')})`,
    `crashes: ${totals.crashes}`,
    `hangs (no answer within ${HANG_MS / 1000} s): ${totals.hangs}`,
    `contract violations: ${totals.violations.length}${byKind.size ? ` (${[...byKind].map(([k, n]) => `${k} × ${n}`).join(', ')})` : ''}`,
    `slowest input: ${Math.round(totals.slowest.ms)} ms (${totals.slowest.label}); limit ${CONTRACT.maxMs} ms`,
    `largest input: ${totals.largestInput.toLocaleString('en')} characters; largest output/input ratio above 10 kB: ${totals.largestRatio.ratio.toFixed(1)} (${totals.largestRatio.label})`,
  ];
  for (const v of totals.violations.slice(0, 20))
    lines.push(`  ${v.kind}: ${v.label}: ${v.detail}`);
  process.stdout.write(`${lines.join('\n')}\n`);
  process.exitCode = totals.violations.length === 0 ? 0 : 1;
}

if (isMainThread) await main();
else await workerMain(workerData as WorkerData);
