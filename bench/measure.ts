/**
 * Runs `fn` repeatedly for about `ms` milliseconds after a warm-up and returns operations per
 * second and the median time of one operation, so figures are steady on a shared machine.
 */
export function measure(fn: () => unknown, ms = 500): { opsPerSec: number; medianMs: number } {
  for (let i = 0; i < 50; i++) fn();
  const samples: number[] = [];
  const start = performance.now();
  let ops = 0;
  while (performance.now() - start < ms) {
    const t = performance.now();
    fn();
    samples.push(performance.now() - t);
    ops++;
  }
  const elapsed = performance.now() - start;
  samples.sort((a, b) => a - b);
  return {
    opsPerSec: (ops / elapsed) * 1000,
    medianMs: samples[Math.floor(samples.length / 2)] ?? 0,
  };
}

export function report(
  name: string,
  figures: { opsPerSec: number; medianMs: number },
  target?: string,
): void {
  const ops = Math.round(figures.opsPerSec).toLocaleString('en-US');
  console.log(
    `${name.padEnd(44)} ${ops.padStart(10)} ops/s   median ${figures.medianMs.toFixed(4)} ms${target ? `   (target ${target})` : ''}`,
  );
}
